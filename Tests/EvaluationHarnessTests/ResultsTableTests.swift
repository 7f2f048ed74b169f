#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import EvaluationHarness

/// A small table whose every number is chosen by hand, shared by the renderer tests.
func sampleTable() -> ResultsTable {
    let rows = [
        ResultRow(method: "oracle", kind: .oracle, words: 50.25,
                  scores: [ScoreInterval(low: 0.70, mid: 0.71, high: 0.72), ScoreInterval(low: 0.60, mid: 0.61, high: 0.62)], pValues: [nil, nil]),
        ResultRow(method: "textrank", kind: .ours, words: 70.0,
                  scores: [ScoreInterval(low: 0.59, mid: 0.60, high: 0.61), ScoreInterval(low: 0.50, mid: 0.51, high: 0.52)], pValues: [nil, 0.2]),
        ResultRow(method: "sumy, \"lsa\"", kind: .external, words: 80.04,
                  scores: [ScoreInterval(low: 0.55, mid: 0.56, high: 0.57), ScoreInterval(low: 0.51, mid: 0.52, high: 0.53)], pValues: [0.0004, nil]),
    ]
    return ResultsTable(dataset: "tiny", documents: 3, skipped: [DatasetIssue(file: "/data/tiny.jsonl", line: 4, reason: "not a JSON object")],
                        keys: ["rouge1", "rouge2"], rows: rows, metadata: fixedMetadata, notes: ["A note."])
}

final class ResultsTableTests: XCTestCase {
    func testBestRowSkipsTheOracle() {
        let t = sampleTable()
        XCTAssertEqual(t.bestRow(forKey: 0), 1)   // textrank 0.60 > sumy 0.56; oracle excluded
        XCTAssertEqual(t.bestRow(forKey: 1), 2)   // sumy 0.52 > textrank 0.51
    }

    func testOrderingPutsTheOracleFirstThenScoreThenName() {
        let r = sampleTable().rows
        let tied = ResultRow(method: "alpha", kind: .ours, words: 1, scores: r[2].scores, pValues: [nil, nil])
        XCTAssertEqual(ResultsTable.ordered([r[2], tied, r[1], r[0]]).map(\.method), ["oracle", "textrank", "alpha", "sumy, \"lsa\""])
    }

    func testMarkdown() {
        XCTAssertEqual(sampleTable().markdown(), """
            # ROUGE on tiny

            3 records · 1 sentence · F1 × 100 with bootstrap 95% CIs · `*` = significantly below the column's best row (paired test, p < 0.05)

            | Method | From | Words | ROUGE-1 | p | ROUGE-2 | p |
            |:--|:--|--:|:--|--:|:--|--:|
            | oracle | oracle (ceiling) | 50.2 | 71.00 [70.00, 72.00] |  | 61.00 [60.00, 62.00] |  |
            | textrank | Parallax | 70.0 | 60.00 [59.00, 61.00] | best | 51.00 [50.00, 52.00] | 0.200 |
            | sumy, "lsa" | peer | 80.0 | 56.00 [55.00, 57.00] | <0.001 * | 52.00 [51.00, 53.00] | best |

            - A note.

            ## How this was made

            - Command: `parallax evaluate --dataset tiny`
            - Commit: abc1234
            - Scorer: unigram F1 (test scorer)
            - Models: idf en-test v1
            - Length: 1 sentence; seed 0
            - Records skipped: 1 (tiny.jsonl:4: not a JSON object)
            - Date: 2026-01-02

            """)
    }

    func testMarkdownNamesIncludedOutputsAndHowPeersAreMade() {
        var t = sampleTable()
        t.metadata.includedOutputs = ["outputs/peers/tiny"]
        XCTAssertTrue(t.markdown().contains("- Included outputs: `outputs/peers/tiny` (sumy, \"lsa\"); peers' outputs are made by `scripts/peers tiny` (docs/evaluate.md)\n"), t.markdown())
    }

    func testCSVQuotesFieldsAndLeavesPEmptyForBestAndOracle() {
        XCTAssertEqual(sampleTable().csv(), #"""
            method,from,words,rouge1_low,rouge1_mid,rouge1_high,rouge1_p,rouge2_low,rouge2_mid,rouge2_high,rouge2_p
            oracle,oracle (ceiling),50.2,0.700000,0.710000,0.720000,,0.600000,0.610000,0.620000,
            textrank,Parallax,70.0,0.590000,0.600000,0.610000,,0.500000,0.510000,0.520000,0.200000
            "sumy, ""lsa""",peer,80.0,0.550000,0.560000,0.570000,0.000400,0.510000,0.520000,0.530000,

            """#)
    }

    func testJSONHasOneObjectPerRowWithLowMidHigh() throws {
        let json = sampleTable().json()
        let top = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(top["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["method"] as? String }, ["oracle", "textrank", "sumy, \"lsa\""])
        let r1 = try XCTUnwrap(rows[2]["rouge1"] as? [String: Any])
        XCTAssertEqual(r1["low"] as? Double, 0.55)
        XCTAssertEqual(r1["mid"] as? Double, 0.56)
        XCTAssertEqual(r1["high"] as? Double, 0.57)
        XCTAssertEqual(r1["p"] as? Double, 0.0004)
        XCTAssertTrue(rows[1]["rouge1"].flatMap { ($0 as? [String: Any])?["p"] } is NSNull)
        XCTAssertEqual(rows[2]["words"] as? Double, 80.04)
        XCTAssertEqual((top["run"] as? [String: Any])?["commit"] as? String, "abc1234")
        XCTAssertEqual(json, sampleTable().json(), "sorted keys: equal tables give identical bytes")
    }

    func testChartIsSelfContainedSVGWithOneBarPerRowAndKey() throws {
        let svg = sampleTable().svgChart()
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 6, "3 rows × 2 keys")
        XCTAssertTrue(svg.contains("sumy, &quot;lsa&quot;"), "names are escaped")
        XCTAssertFalse(svg.contains("href"), "no external references")
        XCTAssertFalse(svg.contains("<script"))
        // Panel ROUGE-1 spans 50…80 (lows ≥ 55 → 50, highs ≤ 72 → 80) over 210 px from x = 170:
        // textrank's mid 60 sits at 170 + (60 − 50)/30 · 210 = 240.0.
        XCTAssertTrue(svg.contains("<circle cx=\"240.0\""), svg)
        let parsed = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parsed.parse(), "well-formed XML")
    }
}
