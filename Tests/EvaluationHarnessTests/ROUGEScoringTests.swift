import XCTest
@testable import EvaluationHarness

final class ROUGEScoringTests: XCTestCase {
    /// The oracle's fast objective (tokens counted once) equals ROUGEScorer's ROUGE-1/2 on every
    /// subset of a small document, with one and with two references.
    func testOracleObjectiveMatchesTheScorerOnEverySubset() throws {
        let scoring = try ROUGEScoring()
        let sentences = ["The ferry sailed at dawn with forty passengers.", "Gulls followed the ferry's wake.",
                         "Passengers said the crossing was calm.", "The ferry docked at noon, on time.", "Nobody was hurt."]
        for references in [[["The ferry sailed at dawn.", "It docked on time at noon."]],
                           [["The ferry sailed at dawn."], ["Forty passengers crossed calmly; the ferry was on time."]]] {
            let fast = scoring.oracleObjective(sentences: sentences, references: references)
            for mask in 1..<(1 << sentences.count) {
                let subset = sentences.indices.filter { mask & (1 << $0) != 0 }
                XCTAssertEqual(fast(subset), scoring.objective(candidate: subset.map { sentences[$0] }, references: references),
                               accuracy: 1e-12, "subset \(subset)")
            }
        }
    }

    /// rouge-score's example: "testing one two" vs "testing": ROUGE-1 P = 1, R = 1/3, F = 1/2;
    /// no bigram in the prediction → ROUGE-2 F = 0; ROUGE-L = ROUGE-Lsum = 1/2.
    func testScoresAreF1PerKey() throws {
        let s = try ROUGEScoring().score(candidate: ["testing"], references: [["testing one two"]])
        XCTAssertEqual(try ROUGEScoring().keys, ["rouge1", "rouge2", "rougeL", "rougeLsum"])
        XCTAssertEqual(s.fmeasures[0], 0.5, accuracy: 1e-12)
        XCTAssertEqual(s.fmeasures[1], 0, accuracy: 1e-12)
        XCTAssertEqual(s.fmeasures[2], 0.5, accuracy: 1e-12)
        XCTAssertEqual(s.fmeasures[3], 0.5, accuracy: 1e-12)
    }

    /// Equal systems: p = 1; the interval brackets the mean.
    func testAggregateAndPValue() throws {
        let scoring = try ROUGEScoring()
        let docs = [["a b c"], ["a b"], ["a"], ["b c d"]].map { scoring.score(candidate: $0, references: [["a b c d"]]) }
        let intervals = scoring.aggregate(docs, seed: 0)
        // rouge1 F per document: 6/7, 2/3, 2/5, 6/7 → mean 0.6952
        XCTAssertEqual(intervals[0].mid, (6.0 / 7 + 2.0 / 3 + 2.0 / 5 + 6.0 / 7) / 4, accuracy: 1e-9)
        XCTAssertLessThanOrEqual(intervals[0].low, intervals[0].mid)
        XCTAssertGreaterThanOrEqual(intervals[0].high, intervals[0].mid)
        let f = docs.map { $0.fmeasures[0] }
        XCTAssertEqual(scoring.pValue(f, f, seed: 0), 1)
    }
}
