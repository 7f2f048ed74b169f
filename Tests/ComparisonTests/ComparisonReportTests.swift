import XCTest
@testable import Comparison

final class ComparisonReportTests: XCTestCase {
    func demo() throws -> StoryComparison { try Fixtures.comparer.compare(try Fixtures.demo()) }

    func testJSONHasTheStableSchema() throws {
        let text = ComparisonReport.json(try demo()).serialized()
        let obj = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let outlets = obj["outlets"] as! [[String: Any]]
        XCTAssertEqual(outlets.map { $0["name"] as! String }, ["harbour-ledger", "calder-star", "northgate-courier"])
        let s = (outlets[2]["sentences"] as! [[String: Any]])[0]
        XCTAssertEqual(Set(s.keys), ["text", "fact", "unique", "loaded", "framing", "framed"])
        XCTAssertEqual(s["loaded"] as! [String], ["seized", "unlawful", "violent", "clashes"])
        // Four loaded terms put the framing score above any threshold the fit can reach.
        XCTAssertEqual(s["framed"] as! Bool, true)
        XCTAssertTrue((0...1).contains(s["framing"] as! Double))
        let withFeatures = ComparisonReport.json(try demo(), framingFeatures: true).serialized()
        let o2 = try JSONSerialization.jsonObject(with: Data(withFeatures.utf8)) as! [String: Any]
        let s2 = (((o2["outlets"] as! [[String: Any]])[2])["sentences"] as! [[String: Any]])[0]
        XCTAssertEqual(Set((s2["framing_features"] as! [String: Any]).keys), Set(FramingModel.featureNames))
        XCTAssertEqual((s2["framing_features"] as! [String: Any])["loaded"] as! Int, 4)
        let facts = obj["facts"] as! [[String: Any]]
        XCTAssertTrue(facts.allSatisfy { $0["id"] is Int && ($0["outlets"] as! [String]).count >= 2 })
        XCTAssertTrue((obj["consensus"] as! [[String: Any]]).allSatisfy { $0["text"] is String && $0["outlets"] is [String] })
        // A unique sentence has fact null.
        let unique = (outlets[2]["sentences"] as! [[String: Any]]).first { $0["unique"] as! Bool }!
        XCTAssertTrue(unique["fact"] is NSNull)
    }

    func testHTMLIsSelfContained() throws {
        let h = ComparisonReport.html(try demo())
        XCTAssertTrue(h.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["<script", "src=", "href=", "http://", "https://", "@import", "url("] {
            XCTAssertFalse(h.contains(forbidden), forbidden)
        }
        XCTAssertTrue(h.contains("<mark class=\"ld\">seized</mark>"))
        // Differences are marked by position: the Star's added clause, not every "the" or "have".
        XCTAssertTrue(h.contains("<mark class=\"df\">while</mark>"))
        XCTAssertFalse(h.contains("<mark class=\"df\">The</mark>"))
        XCTAssertTrue(h.contains("class=\"heat\""))
        XCTAssertTrue(h.contains("class=\"chart\""))
    }

    func testTerminalPlainWhenNotColouredAndWithinWidth() throws {
        let t = ComparisonReport.terminal(try demo(), width: 90, color: false)
        XCTAssertFalse(t.contains("\u{1B}["))
        let columns = t.split(separator: "\n").prefix(40)
        XCTAssertTrue(columns.allSatisfy { $0.count <= 90 }, "a line is wider than 90")
        XCTAssertTrue(t.hasPrefix("harbour-ledger"))
        let coloured = ComparisonReport.terminal(try demo(), width: 90, color: true)
        XCTAssertTrue(coloured.contains("\u{1B}[31mseized\u{1B}[0m"))
    }

    func testMarkdownListsWordingDifferences() throws {
        let md = ComparisonReport.markdown(try demo())
        XCTAssertTrue(md.contains("- northgate-courier: \"detained\" → \"seized\" [loaded]"))
        XCTAssertTrue(md.contains("## Who is quoted"))
    }

    func testDemoMarkdownAndTerminalSnapshots() throws {
        let r = try demo()
        assertSnapshot(ComparisonReport.markdown(r), named: "demo.md")
        assertSnapshot(ComparisonReport.terminal(r, width: 100, color: false), named: "demo-terminal.txt")
    }
}
