import FoundationEssentials

/// Finds Parallax's trained resources (the `Models/` folder of the project).
///
/// Looked up in order: the `PARALLAX_MODELS` environment variable; a `Models/` folder beside
/// or above the running executable (so `.build/release/parallax` finds the checkout's
/// `Models/`); a `Models/` folder in or above the current directory.
public enum ModelStore {
    /// The resolved `Models/` directory, or nil when none was found.
    public static let directory: URL? = locate()

    /// The URL of `relativePath` inside `Models/`.
    /// - Throws: `ModelError.notFound` naming every place that was searched.
    public static func url(_ relativePath: String) throws -> URL {
        guard let dir = directory else {
            throw ModelError.notFound(relativePath, searched: searchRoots().map(\.path))
        }
        let u = dir.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: u.path) else {
            throw ModelError.notFound(relativePath, searched: [dir.path])
        }
        return u
    }

    /// The lines of a one-entry-a-line model file, without blank lines and `#` comments (see
    /// `entryLines`).
    public static func lines(_ relativePath: String) throws -> [String] {
        let u = try url(relativePath)
        return entryLines(try String(contentsOf: u, encoding: .utf8)).map(\.text)
    }

    /// The lines of a model file's `text` that hold entries, each with its 1-based line number:
    /// lines end at "\n" (a "\r" before it is dropped), lose leading and trailing spaces and
    /// tabs, and blank lines and `#` comments are left out. Read byte by byte: splitting the
    /// text into `Character`s cost more than the rest of `summarize`'s start-up.
    static func entryLines(_ text: String) -> [(number: Int, text: String)] {
        var out: [(number: Int, text: String)] = []
        for (k, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = raw
            if line.last == 0x0D { line = line.dropLast() }
            func printable(_ b: UInt8?) -> Bool { b.map { $0 > 0x20 && $0 < 0x80 } ?? true }
            // Only a line that starts or ends with a space, a tab or a non-ASCII scalar needs trimming.
            let l = printable(line.first) && printable(line.last) ? String(Substring(line)) : Substring(line).trimmingWhitespace()
            if l.isEmpty || l.utf8.first == 0x23 { continue }  // blank or '#'
            out.append((k + 1, l))
        }
        return out
    }

    /// Checks that the models the text pipeline reads — the abbreviation lists
    /// (`AbbreviationList.englishModel`) and the stop words (`StopWords.englishModel`) — can be
    /// loaded. `AbbreviationList.english` and `StopWords.english` fall back to empty lists when
    /// `Models/` is missing, which silently degrades segmentation and analysis; every command
    /// that relies on them calls this first, so a missing folder is a one-line error instead.
    /// - Throws: `ModelError.notFound` (or `.malformed`) for the first model that cannot be read.
    public static func requireTextModels() throws {
        _ = try AbbreviationList.loadEnglish()
        _ = try StopWords.loadEnglish()
    }

    static func searchRoots() -> [URL] {
        var roots: [URL] = []
        if let env = ProcessInfo.processInfo.environment["PARALLAX_MODELS"], !env.isEmpty {
            roots.append(URL(fileURLWithPath: env))
        }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        roots.append(exe.deletingLastPathComponent())
        roots.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return roots
    }

    private static func locate() -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["PARALLAX_MODELS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        for root in searchRoots().dropFirst(0) {
            var dir = root
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Models")
                if fm.fileExists(atPath: candidate.appendingPathComponent("README.md").path) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}

/// A model file could not be found or read.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    case notFound(String, searched: [String])
    case malformed(file: String, line: Int, expected: String, found: String)

    public var description: String {
        switch self {
        case let .notFound(path, searched):
            return "model file '\(path)' not found (searched: \(searched.joined(separator: ", ")); set PARALLAX_MODELS to the Models/ folder)"
        case let .malformed(file, line, expected, found):
            return "\(file):\(line): expected \(expected), found '\(found)'"
        }
    }
}
