import XCTest
import TextProcessing
@testable import Summarization

final class SummarizerTests: XCTestCase {
    func testEveryMethodKeepsDocumentOrderAndLength() throws {
        let doc = analyzed(bridgeStory)
        XCTAssertEqual(doc.count, 6)
        for method in SummarizationMethod.allCases {
            let s = try method.summarizer(seed: 3).summarize(doc, length: .sentences(3))
            XCTAssertEqual(s.sentences.count, 3, "\(method)")
            XCTAssertEqual(s.sentences.map(\.position), s.sentences.map(\.position).sorted(), "\(method)")
            XCTAssertEqual(s.candidates.count, 6)
            XCTAssertEqual(Set(s.candidates.map(\.rank)), Set(1...6), "\(method): ranks are a permutation")
            XCTAssertEqual(s.method, method)
        }
    }

    func testCentralityIgnoresTheOffTopicSentence() throws {
        let s = try Summarization.summarize(text: bridgeStory)
        XCTAssertFalse(s.texts.contains { $0.contains("bakery") }, s.texts.joined(separator: "\n"))
        XCTAssertEqual(s.method, .centrality)
    }

    func testEdgeCasesGiveDocumentedResults() throws {
        for method in SummarizationMethod.allCases {
            // Empty input: empty summary.
            XCTAssertEqual(try method.summarizer().summarize(analyzed("")).sentences.count, 0)
            // One sentence: that sentence.
            XCTAssertEqual(try method.summarizer().summarize(analyzed("Only this sentence.")).texts, ["Only this sentence."])
            // Fewer sentences than requested: all of them, in order.
            XCTAssertEqual(try method.summarizer().summarize(analyzed("One here. Two here."), length: .sentences(5)).texts,
                           ["One here.", "Two here."])
            // All stop words: no terms, still the requested number of sentences, no NaN scores.
            let s = try method.summarizer().summarize(analyzed("It is what it is. They were there. Was it not?"), length: .sentences(2))
            XCTAssertEqual(s.sentences.count, 2, "\(method)")
            XCTAssertTrue(s.candidates.allSatisfy { $0.score.isFinite }, "\(method)")
        }
    }

    func testWordBudgetKeepsTopSentenceAndStaysWithinLimit() throws {
        let doc = analyzed(bridgeStory)
        let lead = LeadSummarizer()
        // Sentence 1 has 11 words, sentence 2 has 13: a 20-word budget takes the first only,
        // then skips longer ones and takes any that fit.
        let s = try lead.summarize(doc, length: .words(20))
        XCTAssertEqual(s.sentences.first?.position, 0)
        XCTAssertLessThanOrEqual(s.sentences.reduce(0) { $0 + doc.sentences[$1.position].wordCount }, 20)
        // A 3-word budget still keeps the top sentence.
        XCTAssertEqual(try lead.summarize(doc, length: .words(3)).texts.count, 1)
    }

    func testRatio() throws {
        // round(0.3 · 6) = 2 sentences; a tiny ratio still gives 1.
        XCTAssertEqual(try LeadSummarizer().summarize(analyzed(bridgeStory), length: .ratio(0.3)).sentences.count, 2)
        XCTAssertEqual(try LeadSummarizer().summarize(analyzed(bridgeStory), length: .ratio(0.01)).sentences.count, 1)
    }

    func testSimilarityCapSkipsRepeats() throws {
        let text = "Storms closed the coastal road today. Storms closed the coastal road again today. Farmers sold apples at the market."
        let doc = analyzed(text)
        let none = try LeadSummarizer().summarize(doc, length: .sentences(2), redundancy: RedundancyControl.none)
        XCTAssertEqual(none.sentences.map(\.position), [0, 1])
        let capped = try LeadSummarizer().summarize(doc, length: .sentences(2), redundancy: .similarityCap(0.5))
        XCTAssertEqual(capped.sentences.map(\.position), [0, 2])
    }

    func testRandomIsSeeded() throws {
        let doc = analyzed(bridgeStory)
        let a = try RandomSummarizer(seed: 7).summarize(doc).texts
        XCTAssertEqual(try RandomSummarizer(seed: 7).summarize(doc).texts, a)
        let others = try (0..<8).map { try RandomSummarizer(seed: $0).summarize(doc).texts }
        XCTAssertTrue(others.contains { $0 != a }, "different seeds never change the choice")
    }

    func testLeadTakesFirstSentenceOfEachSourceFirst() throws {
        let doc = testVectorizer().analyze([Article(text: "A one. A two."), Article(text: "B one. B two.")])
        XCTAssertEqual(try LeadSummarizer().summarize(doc, length: .sentences(2), redundancy: RedundancyControl.none).texts, ["A one.", "B one."])
    }

    func testOneCallSummaryWithoutWeightsMatchesTheWeightedAnalysis() throws {
        // The convenience analyzes one article without TF-IDF weights for the default method
        // (overlap centrality) and lead; the scores must be those of a weighted analysis.
        let weighted = try TFIDFVectorizer().analyze([Article(text: bridgeStory)])
        for method in [SummarizationMethod.centrality, .textrank, .lead] {
            let quick = try Summarization.summarize([Article(text: bridgeStory)], method: method)
            let full = try method.summarizer().summarize(weighted)
            XCTAssertEqual(quick.candidates.map(\.score), full.candidates.map(\.score), "\(method)")
            XCTAssertEqual(quick.sentences.map(\.text), full.sentences.map(\.text), "\(method)")
        }
    }
}
