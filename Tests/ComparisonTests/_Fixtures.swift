import Foundation
import XCTest
@testable import Comparison
import TextProcessing

/// Shared test helpers: the bundled comparer and small versions written for these tests.
enum Fixtures {
    static let comparer: StoryComparer = try! StoryComparer.bundled()
    static var lexicons: FramingLexicons { comparer.lexicons }

    static func version(_ name: String, _ paragraphs: [String], title: String? = nil) -> OutletVersion {
        OutletVersion(name: name, article: Article(title: title, paragraphs: paragraphs))
    }

    /// The demo story of Examples/story, read from the repository (our own text).
    static func demo() throws -> [OutletVersion] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try ["harbour-ledger", "calder-star", "northgate-courier"].map { name in
            let text = try String(contentsOf: root.appendingPathComponent("Examples/story/\(name).txt"), encoding: .utf8)
            return OutletVersion(name: name, plainText: text)
        }
    }
}

/// Compares `text` with the golden file `Snapshots/<name>` beside these tests. With
/// `RECORD_SNAPSHOTS=1` (or when the file is missing) the file is (re-)written and the test fails,
/// so a recording is always a deliberate, reviewed change.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let golden = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        XCTFail("recorded snapshot \(name); check it and run again", file: file, line: line)
        return
    }
    XCTAssertEqual(text, golden, "snapshot \(name) differs (RECORD_SNAPSHOTS=1 to re-record)", file: file, line: line)
}
