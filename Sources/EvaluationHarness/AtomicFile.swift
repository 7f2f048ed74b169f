import FoundationEssentials
import Dispatch
import TextProcessing
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees a half-written one.
///
/// The bytes go to a hidden temporary file in the destination's folder
/// (`.<name>.partial-<pid>`), which is flushed and then renamed over the destination with
/// `rename(2)` — atomic on POSIX file systems. A run interrupted before the rename leaves the
/// previous file (or none) in place; a failed write removes its temporary file, and after
/// `removePartialFilesOnInterrupt()` so does Ctrl-C (SIGINT) or SIGTERM in mid-write.
public enum AtomicFile {
    /// Installs handlers for SIGINT and SIGTERM that remove every temporary file still being
    /// written and exit with 128 + the signal number, as the shell expects. Call once, early.
    public static func removePartialFilesOnInterrupt() {
        _interruptSources.install()
    }

    /// Removes the temporary files of writes in progress (what the interrupt handler does).
    public static func removePartialFiles() {
        for path in _partialFiles.snapshot() { unlink(path) }
    }

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
        _partialFiles.insert(temp.path)
        defer { _partialFiles.remove(temp.path) }
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)  // the umask decides, as for FileManager.createFile
        guard fd >= 0 else {
            throw EvaluationError.io(path: url.path, reason: "cannot write (folder not writable?)")
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            var p = raw.baseAddress, left = raw.count
            while left > 0, let q = p {
                let n = Glibc.write(fd, q, left)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                p = q + n; left -= n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            try? fm.removeItem(at: temp)
            throw EvaluationError.io(path: url.path, reason: "write failed: \(String(cString: strerror(failure)))")
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

/// The temporary files of writes in progress.
private final class _PartialFileSet: @unchecked Sendable {
    private var paths: Set<String> = []
    private let lock = Lock()
    func insert(_ p: String) { lock.lock(); paths.insert(p); lock.unlock() }
    func remove(_ p: String) { lock.lock(); paths.remove(p); lock.unlock() }
    func snapshot() -> [String] { lock.lock(); defer { lock.unlock() }; return paths.sorted() }
}

private let _partialFiles = _PartialFileSet()

/// SIGINT/SIGTERM handled on a dispatch queue (ordinary Swift code may run there, unlike in a
/// C signal handler): remove partial files, then exit 128 + signal.
private final class _InterruptSources: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = Lock()
    func install() {
        lock.lock(); defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                AtomicFile.removePartialFiles()
                exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}

private let _interruptSources = _InterruptSources()
