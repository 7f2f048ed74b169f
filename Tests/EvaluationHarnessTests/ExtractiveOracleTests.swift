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

    /// A 5-word budget excludes the 6-word sentence: "the cat sat" (3/3, F = 2·1·(3/8)/(11/8) = 0.545)
    /// then "birds sing" (5/5 words, F = 2·1·(5/8)/(13/8) = 0.769) fill exactly 5 words.
    func testWordBudgetOnlyAddsWholeSentencesThatFit() {
        XCTAssertEqual(ExtractiveOracle().select(sentences, length: .words(5), objective: objective), [0, 3])
    }

    func testEmptyDocumentGivesEmptySummary() {
        XCTAssertEqual(ExtractiveOracle().select([], length: .sentences(3), objective: objective), [])
    }
}
