import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Text read from a file or standard input, ready for a Parallax command.
public struct InputText: Sendable, Equatable {
    /// The decoded text (NFC is *not* applied here; see `TextNormalizer`). A leading byte-order
    /// mark is removed.
    public var text: String
    /// How the input is named in messages: the path as given, or `<stdin>` for `-`.
    public var name: String
    /// True when the input looks like a web page: a `.html`/`.htm`/`.xhtml` file name, or text
    /// whose first non-blank character is `<`. Commands route such input to `HTMLExtraction`.
    public var isHTML: Bool
    /// One-line warnings for the person at the terminal (e.g. invalid UTF-8 that was replaced).
    public var warnings: [String]
    /// The undecoded bytes, kept for HTML input only (nil for plain text), so that HTML
    /// extraction can decode a page by its declared charset (`<meta charset="windows-1252">`)
    /// rather than use `text`, which is always read as UTF-8.
    public var bytes: [UInt8]?

    public init(text: String, name: String, isHTML: Bool, warnings: [String] = [], bytes: [UInt8]? = nil) {
        self.text = text
        self.name = name
        self.isHTML = isHTML
        self.warnings = warnings
        self.bytes = bytes
    }
}

/// Reads a command's input — a file path, or `-` for standard input — into a `String`.
///
/// Every refusal is an `InputError` whose description is one line naming the input and the
/// problem. The reader never loads more than `limit + 1` bytes: a file's size is checked from
/// its attributes before it is opened, and standard input (or a file whose size the file system
/// does not report, such as a pipe) is read in 64 KiB chunks that stop as soon as the limit is
/// passed.
///
/// Decoding policy:
/// - UTF-8, with a leading byte-order mark removed; UTF-16 with a byte-order mark is decoded too.
/// - **Invalid UTF-8 is decoded leniently**: each malformed sequence becomes U+FFFD and the
///   result carries a warning naming the file, the number of replacements and the first bad
///   byte offset. News text scraped from the web is often mis-encoded in one or two places;
///   refusing the whole article would help nobody. Input where malformed sequences outnumber a
///   quarter of the bytes is refused as binary instead.
/// - **HTML input** keeps its undecoded bytes (`InputText.bytes`) and carries no invalid-UTF-8
///   warning: a page that is not UTF-8 is decoded by HTML extraction from its declared charset
///   (or as ISO-8859-1 when it declares none), so nothing is lost. `text` is still the lenient
///   UTF-8 reading.
/// - Binary input is refused: a NUL byte in the first 8 KiB, or more than 10% of those bytes
///   being control characters other than tab, line feed, carriage return and form feed (the
///   same sniffing window `git` and `grep` use).
///
/// Example:
/// ```swift
/// let input = try InputReader().read("Examples/harbor-bridge-scraped.txt")
/// input.isHTML   // false
/// ```
public struct InputReader: Sendable {
    /// The default limit, 20 MiB: ten times the longest news article we have seen as HTML.
    public static let defaultLimit = 20 * 1024 * 1024
    /// The flag that raises the limit, named in the error message.
    public static let limitFlag = "--max-input-mb"

    /// Inputs larger than this many bytes are refused.
    public var limit: Int

    public init(limit: Int = InputReader.defaultLimit) {
        self.limit = limit
    }

    /// Reads `path` (`-` means standard input).
    /// - Throws: `InputError` naming the input and the problem.
    public func read(_ path: String) throws -> InputText {
        if path == "-" {
            let bytes = try readBounded(fd: 0, name: InputError.stdinName)
            return try decode(bytes, name: InputError.stdinName, extensionSaysHTML: false)
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw InputError.notFound(path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw InputError.isDirectory(path) }
        // The size is the path's own (a symbolic link is not followed; its target is then read
        // in chunks against the limit), as from FileManager's attributesOfItem(atPath:) before.
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
            throw InputError.tooLarge(path, bytes: Int(info.st_size), limit: limit)
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw InputError.unreadable(path, reason: access(path, R_OK) == 0 ? "cannot open" : "permission denied")
        }
        defer { close(fd) }
        let bytes = try readBounded(fd: fd, name: path)
        let ext = PathName.pathExtension(path).lowercased()
        return try decode(bytes, name: path, extensionSaysHTML: ["html", "htm", "xhtml"].contains(ext))
    }

    /// Reads the open descriptor `fd` to its end; throws `tooLarge` once past the limit.
    func readBounded(fd: Int32, name: String) throws -> [UInt8] {
        let limit = self.limit
        let bytes = try StandardStreams.readAll(from: fd) { read in
            if read.count > limit { throw InputError.tooLarge(name, bytes: nil, limit: limit) }
        }
        guard let bytes else { throw InputError.unreadable(name, reason: "read failed") }
        return bytes
    }

    /// Decodes `data` under the policy in the type's documentation.
    func decode(_ bytes: [UInt8], name: String, extensionSaysHTML: Bool) throws -> InputText {
        if bytes.isEmpty { throw InputError.empty(name) }
        var warnings: [String] = []
        var text: String
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            // UTF-16 with a byte-order mark: the only non-UTF-8 encoding we accept (its NUL bytes are not binary).
            guard let s = String(data: Data(bytes), encoding: .utf16) else { throw InputError.binary(name, reason: "invalid UTF-16") }
            text = s
        } else {
            if let reason = Self.binaryReason(bytes) { throw InputError.binary(name, reason: reason) }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let (decoded, replaced, firstBad) = Self.decodeUTF8(body)
            if replaced > 0 {
                if replaced * 4 > body.count {
                    throw InputError.binary(name, reason: "mostly invalid UTF-8")
                }
                let offset = firstBad + (body.count < bytes.count ? 3 : 0)
                warnings.append(InputError.invalidUTF8Warning(name, replaced: replaced, firstOffset: offset))
            }
            text = decoded
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) { throw InputError.empty(name) }
        let firstVisible = text.first(where: { !$0.isWhitespace })
        let isHTML = extensionSaysHTML || firstVisible == "<"
        // HTML extraction decodes the bytes itself (declared charset), so the warning does not apply.
        return InputText(text: text, name: name, isHTML: isHTML, warnings: isHTML ? [] : warnings,
                         bytes: isHTML ? (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes) : nil)
    }

    /// Why `bytes` look binary, judged on the first 8 KiB, or nil when they look like text.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(8192)
        if head.contains(0) { return "contains NUL bytes" }
        let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        if controls * 10 > head.count { return "mostly control characters" }
        return nil
    }

    /// UTF-8 decoding that replaces each malformed sequence with U+FFFD, counting them.
    static func decodeUTF8(_ bytes: [UInt8]) -> (String, replaced: Int, firstBadOffset: Int) {
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var replaced = 0, firstBad = -1, offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                if firstBad < 0 { firstBad = offset }
                replaced += 1
                offset += length
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        return (String(scalars), replaced, firstBad)
    }
}

/// Why an input could not be read. Each description is one line: `<input>: <problem>`.
public enum InputError: Error, CustomStringConvertible, Equatable {
    case notFound(String)
    case isDirectory(String)
    case empty(String)
    case binary(String, reason: String)
    /// Larger than `limit` bytes; `bytes` is the size when the file system reported it.
    case tooLarge(String, bytes: Int?, limit: Int)
    case unreadable(String, reason: String)

    /// How standard input is named in messages.
    public static let stdinName = "<stdin>"

    public var description: String {
        switch self {
        case .notFound(let n): return "\(n): no such file"
        case .isDirectory(let n): return "\(n): is a directory, not a file"
        case .empty(let n): return "\(n): is empty (no text to read)"
        case let .binary(n, reason): return "\(n): looks like a binary file (\(reason)), not text"
        case let .tooLarge(n, bytes, limit):
            let size = bytes.map { "is \(Self.megabytes($0)), " } ?? "is "
            return "\(n): \(size)over the \(Self.megabytes(limit)) input limit (raise it with \(InputReader.limitFlag))"
        case let .unreadable(n, reason): return "\(n): cannot read (\(reason))"
        }
    }

    /// The warning for leniently decoded invalid UTF-8.
    public static func invalidUTF8Warning(_ name: String, replaced: Int, firstOffset: Int) -> String {
        let seq = replaced == 1 ? "sequence" : "sequences"
        return "warning: \(name): invalid UTF-8 (\(replaced) \(seq) replaced with U+FFFD, first at byte \(firstOffset))"
    }

    /// `20 MB`, `50.5 MB`: binary megabytes (MiB), one decimal when not whole.
    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        if mb == mb.rounded() { return "\(Int(mb)) MB" }
        return String(cFormat: "%.1f MB", mb)
    }
}
