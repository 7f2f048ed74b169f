import XCTest
@testable import EvaluationHarness

final class ExtractiveOracleTests: XCTestCase {
    let sentences = ["the cat sat", "dogs bark loudly", "the cat sat on the mat", "birds sing"]
    let reference = "the cat sat on the mat birds sing"

    func objective(_ c: [String]) -> Double { UnigramScorer.f1(c.joined(separator: " "), reference) }

    /// Step 1: "the cat sat on the mat" has 6/6 tokens in the 8-token reference → F = 2·1·0.75/1.75 = 0.857,
    /// the best single sentence. Step 2: adding "birds sing" gives 8/8 → F = 1. Step 3: any other
    /// sentence only lowers precision, so the oracle stops at 2 of the 3 allowed.
    func testGreedyPicksTheBestGainAndStopsWhenNothingHelps() {
        XCTAssertEqual(ExtractiveOracle().select(sentences, length: .sentences(3), objective: objective), [2, 3])
    }

    func testSentenceLimit() {
        XCTAssertEqual(ExtractiveOracle().select(sentences, length: .sentences(1), objective: objective), [2])
    }

    /// Word budgets follow the summarizers' rule: the first sentence is always allowed, later
    /// ones only while the total fits. Budget 5: "the cat sat on the mat" (6 words, F = 0.857) is
    /// taken first; "birds sing" would make 8 > 5, so the oracle stops at [2]. Budget 8: 6 + 2 = 8
    /// fits, F = 1 → [2, 3].
    func testWordBudgetAllowsTheFirstSentenceThenOnlyWholeSentencesThatFit() {
        XCTAssertEqual(ExtractiveOracle().select(sentences, length: .words(5), objective: objective), [2])
        XCTAssertEqual(ExtractiveOracle().select(sentences, length: .words(8), objective: objective), [2, 3])
    }

    /// Ratio 0.25 of 4 sentences → max(1, round(1)) = 1 sentence.
    func testRatio() {
        XCTAssertEqual(ExtractiveOracle().select(sentences, length: .ratio(0.25), objective: objective), [2])
    }

    func testEmptyDocumentGivesEmptySummary() {
        XCTAssertEqual(ExtractiveOracle().select([], length: .sentences(3), objective: objective), [])
    }
}
