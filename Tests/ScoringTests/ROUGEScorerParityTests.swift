import Foundation
import XCTest
@testable import Scoring

/// Every value of rouge-score 0.1.2 on our generated pairs (Fixtures/rouge-score-parity.jsonl,
/// made by scripts/gen-rouge-fixtures) must come out within 1e-6: rouge1/2/3/L/Lsum, P/R/F,
/// stemmed and unstemmed, single and multiple references.
final class ROUGEScorerParityTests: XCTestCase {
    struct Case {
        var id: String
        var targets: [String]
        var prediction: String
        var expected: [Bool: [String: [Double]]]
    }

    static func loadCases() throws -> [Case] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "rouge-score-parity", withExtension: "jsonl",
                                                  subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [Case] = []
        for line in text.split(separator: "\n") {
            let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let single = obj["target"] as? String
            let targets = try XCTUnwrap((obj["targets"] as? [String]) ?? single.map { [$0] })
            let nostem = try XCTUnwrap(obj["nostem"] as? [String: [Double]])
            let stem = (obj["stem"] as? [String: [Double]]) ?? nostem   // "same": identical
            cases.append(Case(id: try XCTUnwrap(obj["id"] as? String), targets: targets,
                              prediction: try XCTUnwrap(obj["prediction"] as? String),
                              expected: [false: nostem, true: stem]))
        }
        return cases
    }

    func testEveryFixtureValueMatchesRougeScore() throws {
        let cases = try Self.loadCases()
        XCTAssertGreaterThanOrEqual(cases.count, 3000)
        let metrics = try ROUGEMetric.list("rouge1,rouge2,rouge3,rougeL,rougeLsum")
        var checked = 0, failures = 0
        for stem in [false, true] {
            let scorer = try ROUGEScorer(metrics: metrics, options: .init(mode: .rougeScore, stem: stem))
            let pairs = cases.map { ROUGEPair(id: $0.id, references: $0.targets, prediction: $0.prediction) }
            let results = scorer.score(pairs, threads: 2)
            for (c, got) in zip(cases, results) {
                for metric in metrics {
                    let want = try XCTUnwrap(c.expected[stem]?[metric.name], "\(c.id) \(metric)")
                    let s = try XCTUnwrap(got[metric.name])
                    for (k, (w, g)) in zip(want, [s.precision, s.recall, s.fmeasure]).enumerated() {
                        checked += 1
                        if abs(w - g) > 1e-6 {
                            failures += 1
                            if failures <= 20 {
                                XCTFail("\(c.id) stem=\(stem) \(metric.name)[\(["P", "R", "F"][k])]: rouge-score \(w), ours \(g)")
                            }
                        }
                    }
                }
            }
        }
        XCTAssertEqual(failures, 0, "\(failures) of \(checked) values differ")
        XCTAssertEqual(checked, cases.count * 5 * 3 * 2)
    }
}
