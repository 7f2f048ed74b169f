import Foundation
import XCTest
@testable import Summarization

final class IDFTableTests: XCTestCase {
    func testSmoothedFormulaAndUnseenDefault() {
        let t = IDFTable(documentCount: 9, documentFrequencies: ["bridg": 4, "the": 9])
        // ln((1+9)/(1+4)) + 1 = ln 2 + 1 = 1.693147; ln(10/10) + 1 = 1; unseen: ln(10) + 1 = 3.302585
        XCTAssertEqual(t.idf("bridg"), 1.693147, accuracy: 1e-6)
        XCTAssertEqual(t.idf("the"), 1, accuracy: 1e-12)
        XCTAssertEqual(t.idf("zeppelin"), 3.302585, accuracy: 1e-6)
        XCTAssertEqual(t.unseenIDF, t.idf("zeppelin"))
        XCTAssertEqual(IDFTable.uniform.idf("anything"), 1)
    }

    func testCountAndSerializeRoundTrip() throws {
        let analyzer = TermAnalyzer(options: .init(removeStopWords: false))
        let t = IDFTable.count(["rain in paris", "rain again", "sun"], analyzer: analyzer)
        XCTAssertEqual(t.documentCount, 3)
        XCTAssertEqual(t.documentFrequencies["rain"], 2)
        XCTAssertEqual(t.documentFrequencies["sun"], 1)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("idf-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = t.serialized(comment: "test table")
        XCTAssertTrue(text.hasPrefix("# test table\n__documents__\t3\nrain\t2\n"), text)
        try text.write(to: url, atomically: true, encoding: .utf8)
        let back = try IDFTable(contentsOf: url)
        XCTAssertEqual(back.documentCount, 3)
        XCTAssertEqual(back.documentFrequencies, t.documentFrequencies)
    }

    func testRepeatedTermInAFileKeepsTheLastLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dup-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "__documents__\t10\nrain\t2\nsnow\t1\nrain\t4\n".write(to: url, atomically: true, encoding: .utf8)
        let t = try IDFTable(contentsOf: url)
        // df(rain) = 4, the later line: ln(11/5) + 1 = 1.788457
        XCTAssertEqual(t.df("rain"), 4)
        XCTAssertEqual(t.idf("rain"), 1.788457, accuracy: 1e-6)
        XCTAssertEqual(t.documentFrequencies, ["rain": 4, "snow": 1])
    }

    func testMalformedLineIsReportedWithFileAndLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "# comment\n__documents__\t10\nrain\t2\nsnow 3\n".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try IDFTable(contentsOf: url)) { error in
            XCTAssertEqual("\(error)", "\(url.path):4: expected 'term<TAB>document-count', found 'snow 3'")
        }
    }

    func testShippedTableLoads() throws {
        let t = try IDFTable.newsDefault()
        XCTAssertGreaterThan(t.documentCount, 1000)
        // A function word is in nearly every article; a stem like "bridg" in few.
        XCTAssertLessThan(t.idf("the"), 1.1)
        XCTAssertGreaterThan(t.idf("bridg"), 3)
    }
}
