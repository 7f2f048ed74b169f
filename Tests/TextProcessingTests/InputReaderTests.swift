import Foundation
import XCTest
@testable import TextProcessing

final class InputReaderTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    private func error(_ body: () throws -> Void) -> InputError? {
        do { try body(); return nil } catch let e as InputError { return e } catch { return nil }
    }

    func testReadsPlainTextAndKeepsItExactly() throws {
        let p = try file("a.txt", "Tide tables\n\nThe ferry left at 6 a.m. on Friday.\n")
        let input = try InputReader().read(p)
        XCTAssertEqual(input.text, "Tide tables\n\nThe ferry left at 6 a.m. on Friday.\n")
        XCTAssertEqual(input.name, p)
        XCTAssertFalse(input.isHTML)
        XCTAssertEqual(input.warnings, [])
    }

    func testStripsUTF8ByteOrderMark() throws {
        let p = try file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Harbor".utf8))
        XCTAssertEqual(try InputReader().read(p).text, "Harbor")
    }

    func testDecodesUTF16WithByteOrderMark() throws {
        // "Hi" in UTF-16LE with BOM: FF FE 48 00 69 00 (the NUL bytes must not count as binary).
        let p = try file("u16.txt", [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00])
        XCTAssertEqual(try InputReader().read(p).text, "Hi")
    }

    func testHTMLDetectedByExtensionAndByLeadingAngleBracket() throws {
        let byExt = try file("page.HTM", "Plain words only")
        XCTAssertTrue(try InputReader().read(byExt).isHTML)
        let byContent = try file("page.txt", "  \n <!doctype html><p>Hi</p>")
        XCTAssertTrue(try InputReader().read(byContent).isHTML)
        let notHTML = try file("lt.txt", "Prices fell < 3% today")
        XCTAssertFalse(try InputReader().read(notHTML).isHTML)
    }

    func testMissingFile() {
        let p = dir.appendingPathComponent("nope.txt").path
        XCTAssertEqual(error { _ = try InputReader().read(p) }?.description, "\(p): no such file")
    }

    func testDirectory() {
        XCTAssertEqual(error { _ = try InputReader().read(dir.path) }?.description, "\(dir.path): is a directory, not a file")
    }

    func testEmptyAndWhitespaceOnlyFiles() throws {
        let empty = try file("empty.txt", "")
        XCTAssertEqual(error { _ = try InputReader().read(empty) }?.description, "\(empty): is empty (no text to read)")
        let blank = try file("blank.txt", " \n\t\n")
        XCTAssertEqual(error { _ = try InputReader().read(blank) }, .empty(blank))
    }

    func testBinaryWithNULBytes() throws {
        let p = try file("img.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        XCTAssertEqual(error { _ = try InputReader().read(p) }?.description,
                       "\(p): looks like a binary file (contains NUL bytes), not text")
    }

    func testBinaryWithMostlyControlCharacters() throws {
        // 8 bytes, 3 of them control (0x01, 0x02, 0x1B): 3/8 > 10%.
        let p = try file("ctl.bin", [0x41, 0x01, 0x42, 0x02, 0x43, 0x1B, 0x44, 0x45])
        XCTAssertEqual(error { _ = try InputReader().read(p) }, .binary(p, reason: "mostly control characters"))
    }

    func testInvalidUTF8IsDecodedLenientlyWithAWarning() throws {
        // "caf" + 0xE9 (Latin-1 é, invalid in UTF-8) + " open": one bad byte at offset 3;
        // 1 × 4 ≤ 9 bytes, so it is decoded, not refused.
        let p = try file("latin1.txt", Array("caf".utf8) + [0xE9] + Array(" open".utf8))
        let input = try InputReader().read(p)
        XCTAssertEqual(input.text, "caf\u{FFFD} open")
        XCTAssertEqual(input.warnings,
                       ["warning: \(p): invalid UTF-8 (1 sequence replaced with U+FFFD, first at byte 3)"])
    }

    func testHTMLKeepsItsBytesAndNeedsNoUTF8Warning() throws {
        // A Latin-1 page: 0xE9 is "é" under its declared charset, invalid as UTF-8. The bytes are
        // kept for HTML extraction, which decodes them by the charset, so no warning is given.
        let bytes = Array("<p>caf".utf8) + [0xE9] + Array(" open</p>".utf8)
        let p = try file("page.html", bytes)
        let input = try InputReader().read(p)
        XCTAssertTrue(input.isHTML)
        XCTAssertEqual(input.bytes, bytes)
        XCTAssertEqual(input.warnings, [])
        // Plain text keeps no bytes.
        XCTAssertNil(try InputReader().read(try file("plain.txt", "The ferry left.")).bytes)
        // A UTF-8 byte-order mark is not passed on.
        XCTAssertEqual(try InputReader().read(try file("bom.html", [0xEF, 0xBB, 0xBF] + Array("<p>Hi</p>".utf8))).bytes,
                       Array("<p>Hi</p>".utf8))
    }

    func testMostlyInvalidUTF8IsRefusedAsBinary() throws {
        // Four 0xFF bytes and one "a": 4 replacements, 4 × 4 > 5 bytes (over a quarter).
        let p = try file("junk.dat", [0xFF, 0xFF, 0x61, 0xFF, 0xFF])
        XCTAssertEqual(error { _ = try InputReader().read(p) }, .binary(p, reason: "mostly invalid UTF-8"))
    }

    func testOversizeFileRefusedFromItsSizeBeforeReading() throws {
        // A 3,000-byte file against a 2,048-byte limit: 3,000 / 1,048,576 MiB = 0.0029 → "0.0 MB".
        let p = try file("big.txt", String(repeating: "a", count: 3000))
        XCTAssertEqual(error { _ = try InputReader(limit: 2048).read(p) },
                       .tooLarge(p, bytes: 3000, limit: 2048))
    }

    func testOversizeMessageNamesTheLimitAndTheFlag() {
        // 50 MiB = 52,428,800 bytes; the default limit is 20 MiB.
        XCTAssertEqual(InputError.tooLarge("big.txt", bytes: 52_428_800, limit: InputReader.defaultLimit).description,
                       "big.txt: is 50 MB, over the 20 MB input limit (raise it with --max-input-mb)")
        XCTAssertEqual(InputError.tooLarge("<stdin>", bytes: nil, limit: 5 * 1_048_576 / 2).description,
                       "<stdin>: is over the 2.5 MB input limit (raise it with --max-input-mb)")
    }

    func testBoundedReadStopsPastTheLimit() throws {
        // A pipe-like source is read in chunks; 200 KB against a 100 KB limit stops early.
        let p = try file("stream.txt", String(repeating: "b", count: 200_000))
        let handle = try XCTUnwrap(FileHandle(forReadingAtPath: p))
        defer { try? handle.close() }
        XCTAssertThrowsError(try InputReader(limit: 100_000).readBounded(fd: handle.fileDescriptor, name: "<stdin>")) {
            XCTAssertEqual($0 as? InputError, .tooLarge("<stdin>", bytes: nil, limit: 100_000))
        }
    }
}
