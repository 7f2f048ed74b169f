import XCTest
import Glibc
import TextProcessing

final class StandardStreamsTests: XCTestCase {
    /// A pipe's two ends; the write end is closed after `write` so reads see end of file.
    private func pipeWith(_ write: (Int32) -> Void) throws -> Int32 {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        write(fds[1])
        close(fds[1])
        return fds[0]
    }

    func testWrittenBytesReadBackWhole() throws {
        // "é" is 2 bytes of UTF-8: "a\né" is 4.
        let fd = try pipeWith { StandardStreams.write("a\né", to: $0) }
        defer { close(fd) }
        XCTAssertEqual(StandardStreams.readAll(from: fd), [0x61, 0x0A, 0xC3, 0xA9])
    }

    func testReadInChunksAndStopWhenTheCallbackThrows() throws {
        // 10 bytes read 4 at a time: the callback sees 4, 8, 10 bytes; it refuses past 6.
        struct TooMany: Error {}
        let fd = try pipeWith { StandardStreams.write([UInt8](repeating: 7, count: 10), to: $0) }
        defer { close(fd) }
        var seen: [Int] = []
        XCTAssertThrowsError(try StandardStreams.readAll(from: fd, chunk: 4) { read in
            seen.append(read.count)
            if read.count > 6 { throw TooMany() }
        })
        XCTAssertEqual(seen, [4, 8])
    }

    func testEmptyInputAndAClosedDescriptor() throws {
        let fd = try pipeWith { _ in }
        defer { close(fd) }
        XCTAssertEqual(StandardStreams.readAll(from: fd), [])
        XCTAssertNil(StandardStreams.readAll(from: -1), "read(2) fails on a bad descriptor")
    }
}
