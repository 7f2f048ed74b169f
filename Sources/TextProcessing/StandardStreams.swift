#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered reads and writes of the standard file descriptors, as Foundation's
/// `FileHandle.standardInput/Output/Error` did, without Foundation.
///
/// Writes go straight to the descriptor (`write(2)`, retried until every byte is out), so a
/// diagnostic on standard error is never held back behind buffered output; `print` output to
/// standard output stays buffered by the Swift runtime as before.
public enum StandardStreams {
    /// Writes `text`'s UTF-8 to standard error.
    public static func writeError(_ text: String) { write(text, to: 2) }

    /// Writes `text`'s UTF-8 to standard output, unbuffered.
    public static func writeOutput(_ text: String) { write(text, to: 1) }

    /// Writes `bytes` to standard output, unbuffered.
    public static func writeOutput(_ bytes: [UInt8]) { write(bytes, to: 1) }

    /// Writes `text`'s UTF-8 to the open descriptor `fd`; stops silently when the descriptor
    /// refuses (a closed pipe), as `FileHandle.write` on Linux did not report either.
    public static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { _writeAll($0, to: fd) }
    }

    /// Writes `bytes` to the open descriptor `fd`, as ``write(_:to:)-(String,_)`` does.
    public static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBufferPointer { _writeAll($0, to: fd) }
    }

    /// Reads `fd` (standard input by default) to its end; nil when `read(2)` failed.
    public static func readAll(from fd: Int32 = 0) -> [UInt8]? {
        readAll(from: fd, accept: { _ in })
    }

    /// Reads from `fd` until end of file in chunks of `chunk` bytes, calling `accept` after each
    /// chunk with everything read so far; `accept` may throw to stop early (an input limit).
    /// - Returns: the bytes read, or nil when `read(2)` failed.
    public static func readAll(from fd: Int32 = 0, chunk: Int = 64 * 1024,
                               accept: ([UInt8]) throws -> Void) rethrows -> [UInt8]? {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { _read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
            try accept(out)
        }
    }
}

/// `write(2)` until every byte of `buffer` is out; gives up silently on an error other than EINTR.
private func _writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) {
    guard var p = buffer.baseAddress else { return }
    var left = buffer.count
    while left > 0 {
        let n = write(fd, p, left)
        if n < 0 {
            if errno == EINTR { continue }
            return
        }
        p += n
        left -= n
    }
}

/// `read(2)`, named apart from the static methods that would shadow it.
private func _read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
