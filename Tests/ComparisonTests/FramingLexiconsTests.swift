import XCTest
@testable import Comparison

final class FramingLexiconsTests: XCTestCase {
    func testBundledListsSeparateNeutralFromLoadedVerbs() {
        let l = Fixtures.lexicons
        XCTAssertTrue(l.neutralReportVerbs.contains("said"))
        XCTAssertTrue(l.loadedReportVerbs.contains("claimed"))
        XCTAssertFalse(l.neutralReportVerbs.contains("claimed"))
        XCTAssertTrue(l.loaded.contains("rioters"))
        XCTAssertFalse(l.loaded.contains("protesters"))
        XCTAssertEqual(l.valence["good"], 1.9)  // VADER 3.3.2's mean rating for "good"
        XCTAssertTrue(l.arousal.isEmpty)
    }

    func testUserVADLexiconWithHeader() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vad-\(UUID().uuidString).tsv")
        try "Word\tValence\tArousal\tDominance\ncalm\t0.8\t0.1\t0.5\nriot\t0.1\t0.9\t0.4\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var l = Fixtures.lexicons
        try l.loadVAD(from: url)
        XCTAssertEqual(l.valence, ["calm": 0.8, "riot": 0.1])
        XCTAssertEqual(l.arousal["riot"], 0.9)
        XCTAssertEqual(l.sentimentSource, "user lexicon \(url.lastPathComponent)")
    }

    func testMalformedUserLexiconNamesFileAndLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        try "calm\t0.8\nriot\thigh\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var l = Fixtures.lexicons
        XCTAssertThrowsError(try l.loadVAD(from: url)) { e in
            XCTAssertEqual("\(e)", "\(url.path):2: expected word<TAB>valence[<TAB>arousal…], found 'riot\thigh'")
        }
    }
}
