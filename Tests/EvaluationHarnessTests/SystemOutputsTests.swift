import XCTest
@testable import EvaluationHarness

final class SystemOutputsTests: XCTestCase {
    func testWritesOneLinePerIdInOrderWithNewlineSeparatedSentences() {
        let o = SystemOutputs(name: "lead", summaries: ["b": ["B one.", "B two."], "a": ["A/one."]])
        XCTAssertEqual(o.jsonl(order: ["a", "b", "c"]), """
            {"id":"a","summary":"A/one."}
            {"id":"b","summary":"B one.\\nB two."}
            {"id":"c","summary":""}

            """)
    }

    func testReadsStringsArraysAndNumericIds() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "peer_x.jsonl", [
            #"{"id": "a", "summary": "One.\nTwo."}"#,
            #"{"id": 3, "summary": ["Three.", "Four."]}"#,
        ])
        let o = try SystemOutputs.read(url)
        XCTAssertEqual(o, SystemOutputs(name: "peer_x", summaries: ["a": ["One.", "Two."], "3": ["Three.", "Four."]]))
    }

    func testBadLinesNameFileAndLine() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "p.jsonl", [#"{"id": "a", "summary": "x"}"#, #"{"id": "a", "summary": "y"}"#])
        XCTAssertThrowsError(try SystemOutputs.read(url)) { XCTAssertEqual("\($0)", "\(url.path): line 2: repeated id 'a'") }
        let url2 = try writeFile(dir, "q.jsonl", [#"{"id": "a"}"#])
        XCTAssertThrowsError(try SystemOutputs.read(url2)) {
            XCTAssertEqual("\($0)", "\(url2.path): line 1: missing 'summary' (a string or an array of sentences)")
        }
    }

    func testCoverageCheckNamesTheFirstMissingId() {
        let o = SystemOutputs(name: "p", summaries: ["a": ["x"]])
        XCTAssertThrowsError(try o.checkCovers(["a", "b", "c"], file: "p.jsonl")) {
            XCTAssertEqual("\($0)", "p.jsonl: no summary for 2 of the dataset's 3 records (first: id 'b')")
        }
    }

    func testReadDirectoryTakesOnlyJSONLFilesSortedByName() throws {
        let dir = try temporaryDirectory(self)
        try writeFile(dir, "z.jsonl", [#"{"id": "a", "summary": "x"}"#])
        try writeFile(dir, "b.jsonl", [#"{"id": "a", "summary": "y"}"#])
        try writeFile(dir, "timing_b.json", ["{}"])
        XCTAssertEqual(try SystemOutputs.readDirectory(dir).map(\.name), ["b", "z"])
    }
}
