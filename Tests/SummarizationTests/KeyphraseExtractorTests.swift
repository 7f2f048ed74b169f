import XCTest
@testable import Summarization

final class KeyphraseExtractorTests: XCTestCase {
    func testMultiWordPhrasesRankFirst() {
        let text = "The farm sells solar panels. Solar panels cover the farm. Buyers want solar panels."
        let phrases = KeyphraseExtractor(maxPhrases: 3).keyphrases(in: text)
        XCTAssertEqual(phrases.first?.text, "solar panels")
        XCTAssertEqual(phrases.first?.count, 3)
        // 7 candidate stems (farm, sell, solar, panel, cover, buyer, want): the top ⌊7/3⌋ = 2 are keywords.
        XCTAssertEqual(phrases.count, 1)
        XCTAssertEqual(phrases.map(\.score), phrases.map(\.score).sorted(by: >))
    }

    func testNoCandidatesGiveNoPhrases() {
        XCTAssertEqual(KeyphraseExtractor().keyphrases(in: ""), [])
        XCTAssertEqual(KeyphraseExtractor().keyphrases(in: "It is what it is."), [])
    }

    func testPrepositionsAndReportingVerbsEndPhrases() {
        // "near" (general English list) and "said" (rankers' list) are frequent here, and would be
        // linked to their neighbours if they were candidates.
        let text = "Scuffles near the harbour gates, police said. Scuffles near the harbour gates again, "
            + "police said. The harbour gates closed after scuffles near dawn, workers said."
        let phrases = KeyphraseExtractor().keyphrases(in: text).map(\.text)
        XCTAssertFalse(phrases.isEmpty)
        XCTAssertTrue(phrases.allSatisfy { !$0.split(separator: " ").contains("near") && !$0.split(separator: " ").contains("said") }, "\(phrases)")
        XCTAssertTrue(phrases.contains("harbour gates"), "\(phrases)")
    }
}
