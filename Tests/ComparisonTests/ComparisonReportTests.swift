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

    func testDemoTerminalPutsEveryFactSentenceInItsOutletsColumn() throws {
        let r = try demo()
        let lines = ComparisonReport.terminal(r, width: 100, color: false).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Three columns of (100 − 2 gaps × 3) / 3 = 31 characters: outlet k's starts at 34k.
        func column(_ line: String, _ k: Int) -> String {
            let chars = Array(line)
            guard chars.count > 34 * k else { return "" }
            return String(chars[(34 * k)..<min(chars.count, 34 * k + 31)]).trimmingCharacters(in: .whitespaces)
        }
        XCTAssertEqual((0..<3).map { column(lines[0], $0) }, r.outlets.map(\.name))
        XCTAssertEqual(r.facts.count, 9)
        for f in r.facts {
            let start = try XCTUnwrap(lines.firstIndex(of: "fact \(f.id) · \(f.members.count)/3 outlets"), "fact \(f.id)")
            let rows = lines[(start + 1)...].prefix { !$0.hasPrefix("fact ") && !$0.hasPrefix("─") }
            for k in 0..<3 {
                // The column's lines, joined, give back the outlet's sentence (or a dash where it is absent).
                let text = rows.map { column($0, k) }.filter { !$0.isEmpty }.joined(separator: " ")
                let expected = f.members.first { $0.outlet == k }.map { r.outlets[k].sentences[$0.sentence].text } ?? "—"
                XCTAssertEqual(text, expected, "fact \(f.id), column \(k)")
            }
        }
    }

    func testDemoMarkdownSectionsAndCoverageFollowTheComparison() throws {
        let r = try demo()
        let lines = ComparisonReport.markdown(r).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.hasPrefix("## ") }, [
            "## Consensus summary", "## Coverage", "## Wording of shared facts", "## Only in one outlet",
            "## Omissions (facts most other outlets report)", "## Framing profile (per 100 words; triggering words)",
            "## Who is quoted", "## Entities (mentions; first sentence; headline)",
        ])
        // One coverage row per fact: a tick naming the sentence for each outlet that reports it.
        for (f, row) in zip(r.facts, r.coverage) {
            let cells = row.map { $0.map { "✓ s\($0 + 1)" } ?? "—" }
            XCTAssertTrue(lines.contains("| \(f.id) | " + cells.joined(separator: " | ") + " |"), "fact \(f.id)")
            XCTAssertEqual(cells.filter { $0 != "—" }.count, f.members.count)
        }
        // Each outlet's unique sentences are listed under its name.
        let unique = try XCTUnwrap(lines.firstIndex(of: "## Only in one outlet"))
        for o in r.outlets where o.sentences.contains(where: \.unique) {
            XCTAssertTrue(lines[unique...].contains("**\(o.name)**"))
            for s in o.sentences where s.unique { XCTAssertTrue(lines[unique...].contains { $0.hasPrefix("- \(s.text)") }, s.text) }
        }
    }
}
