import XCTest
@testable import EvaluationHarness

final class AtomicFileTests: XCTestCase {
    func testWritesCreatesFoldersAndLeavesNoTemporaryFile() throws {
        let dir = try temporaryDirectory(self)
        let url = dir.appendingPathComponent("results/x.md")
        try AtomicFile.write("first\n", to: url)
        try AtomicFile.write("second\n", to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "second\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("results").path), ["x.md"])
    }

    /// A write that cannot complete leaves the old file untouched and no temporary file behind.
    func testAFailedWriteKeepsThePreviousFileAndCleansUp() throws {
        let dir = try temporaryDirectory(self)
        let url = dir.appendingPathComponent("x.md")
        try AtomicFile.write("kept\n", to: url)
        // The folder cannot be created: "x.md" is a file.
        XCTAssertThrowsError(try AtomicFile.write("lost\n", to: dir.appendingPathComponent("x.md/inner.md")))
        // rename(2) fails: the destination is a non-empty folder.
        try writeFile(dir, "busy/keep.txt", ["x"])
        XCTAssertThrowsError(try AtomicFile.write("lost\n", to: dir.appendingPathComponent("busy"))) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(dir.path)/busy: cannot replace the file: "), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "kept\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["busy", "x.md"])
    }

    /// While a write is in flight, readers of the destination see the old content: the new bytes
    /// live only in the hidden temporary file until the rename.
    func testTheDestinationIsReplacedOnlyByRename() throws {
        let dir = try temporaryDirectory(self)
        let url = dir.appendingPathComponent("r.md")
        try AtomicFile.write(String(repeating: "a", count: 100_000), to: url)
        try AtomicFile.write("b", to: url)
        XCTAssertEqual(try Data(contentsOf: url).count, 1)
    }

    /// What the interrupt handler does: partial files of writes in progress are removed; files
    /// that are not being written are left alone.
    func testRemovePartialFilesRemovesOnlyWritesInProgress() throws {
        let dir = try temporaryDirectory(self)
        try AtomicFile.write("done\n", to: dir.appendingPathComponent("done.md"))
        AtomicFile.removePartialFiles()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["done.md"])
    }
}
