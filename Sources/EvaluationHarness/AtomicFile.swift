import Foundation

/// Writes files so that a reader never sees a half-written one.
///
/// The bytes go to a hidden temporary file in the destination's folder
/// (`.<name>.partial-<pid>`), which is flushed and then renamed over the destination with
/// `rename(2)` — atomic on POSIX file systems. A run interrupted before the rename leaves the
/// previous file (or none) in place; a failed write removes its temporary file.
public enum AtomicFile {
    /// Writes `data` to `url`, creating missing parent folders.
    /// - Throws: `EvaluationError.io` naming `url`.
    public static func write(_ data: Data, to url: URL) throws {
        let fm = FileManager.default
        let dir = url.deletingLastPathComponent()
        do {
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw EvaluationError.io(path: dir.path, reason: "cannot create the folder")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        guard fm.createFile(atPath: temp.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temp) else {
            throw EvaluationError.io(path: url.path, reason: "cannot write (folder not writable?)")
        }
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? fm.removeItem(at: temp)
            throw EvaluationError.io(path: url.path, reason: "write failed: \(error.localizedDescription)")
        }
        if rename(temp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: temp)
            throw EvaluationError.io(path: url.path, reason: "cannot replace the file: \(reason)")
        }
    }

    /// Writes `text` as UTF-8 to `url`; see `write(_:to:)`.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
