import XCTest
@testable import EvaluationHarness

final class DatasetLoaderTests: XCTestCase {
    func testReadsStandardSingleAndMultiDocumentRecords() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "mixed.jsonl", [
            #"{"id": "s1", "article": "One. Two.", "reference": "One."}"#,
            "",
            #"{"id": 7, "sources": ["Left text.", {"text": "Right text."}, {"html": "<p>Centre.</p>"}], "references": ["R1.", "R2."]}"#,
        ])
        let d = try DatasetLoader().load(url, name: "mixed")
        XCTAssertEqual(d.issues, [])
        XCTAssertEqual(d.records, [
            EvaluationRecord(id: "s1", sources: [.text("One. Two.")], references: ["One."], line: 1),
            EvaluationRecord(id: "7", sources: [.text("Left text."), .text("Right text."), .html("<p>Centre.</p>")], references: ["R1.", "R2."], line: 3),
        ])
    }

    /// A malformed line, a missing field, an empty reference and a repeated id are each reported
    /// with their line, and the good records around them are kept.
    func testBadRecordsAreReportedWithTheirLineAndSkipped() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "bad.jsonl", [
            #"{"id": "ok1", "article": "Fine text.", "reference": "Fine."}"#,
            #"{"id": "broken", "article": "no closing brace""#,
            #"{"id": "noref", "article": "Text without a reference."}"#,
            #"{"id": "blank", "article": "Text.", "reference": "   "}"#,
            #"{"id": "ok1", "article": "Again.", "reference": "Again."}"#,
            #"{"article": "No id.", "reference": "x"}"#,
            #"{"id": "ok2", "article": "Also fine.", "reference": "Also."}"#,
        ])
        let d = try DatasetLoader().load(url, name: "bad")
        XCTAssertEqual(d.records.map(\.id), ["ok1", "ok2"])
        XCTAssertEqual(d.issues.map(\.description), [
            "\(url.path):2: not a JSON object",
            "\(url.path):3: id 'noref': missing field 'reference' (or 'references')",
            "\(url.path):4: id 'blank': empty reference in 'reference'",
            "\(url.path):5: duplicate id 'ok1' (first on line 1)",
            "\(url.path):6: missing field 'id'",
        ])
    }

    func testStrictStopsAtTheFirstBadLine() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "bad.jsonl", [
            #"{"id": "ok1", "article": "Fine text.", "reference": "Fine."}"#,
            #"{"id": "x", "reference": "Where is the text?"}"#,
        ])
        XCTAssertThrowsError(try DatasetLoader(strict: true).load(url, name: "bad")) { error in
            XCTAssertEqual("\(error)", "\(url.path):2: id 'x': missing field 'article' (or 'html' or 'sources')")
        }
    }

    func testAFileWithNoUsableRecordIsAnError() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "none.jsonl", ["not json", #"{"id": "a"}"#])
        XCTAssertThrowsError(try DatasetLoader().load(url, name: "none")) { error in
            XCTAssertEqual("\(error)", "\(url.path): no usable record (2 skipped)")
        }
    }

    /// The manifest's mappings read a raw file directly (the shape of the shared multi-outlet files).
    func testFieldMapReadsRawRecords() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "raw.jsonl", [
            #"{"id": 5, "issue": "Port strike ends", "roundup": ["Dock workers returned on Monday."], "sources": [{"title": "Strike over.", "text": "Workers went back."}, {"title": "Deal reached", "text": ""}]}"#,
            #"{"id": 6, "issue": "Empty story", "roundup": ["Nothing."], "sources": []}"#,
        ])
        let map = FieldMap(id: .path("id"), reference: .sentences(["issue", "roundup[0]"]),
                           sources: SourcesMap(each: "sources", text: .sentences(["title", "text"])))
        let d = try DatasetLoader(fields: map).load(url, name: "raw")
        XCTAssertEqual(d.records, [EvaluationRecord(id: "5", sources: [.text("Strike over. Workers went back."), .text("Deal reached.")],
                                                    references: ["Port strike ends. Dock workers returned on Monday."], line: 1)])
        XCTAssertEqual(d.issues.map(\.reason), ["id '6': no non-empty source in 'sources'"])
    }
}
