import XCTest
import TextProcessing
import LinearAlgebra
@testable import Summarization

final class TFIDFVectorizerTests: XCTestCase {
    func testHandComputedWeights() {
        // idf: rain ln(11/2)+1 = 2.704748, pari ln(11/11)+1 = 1 (N = 10).
        let idf = IDFTable(documentCount: 10, documentFrequencies: ["rain": 1, "pari": 10])
        let v = testVectorizer(idf: idf)
        let (m, terms) = v.matrix(for: ["Rain, rain in Paris."])
        XCTAssertEqual(terms, ["rain", "pari"])
        // tf·idf = (2 · 2.704748, 1 · 1) = (5.409496, 1); norm = √(29.262 + 1) = 5.501146
        XCTAssertEqual(m[0, 0], 5.409496 / 5.501146, accuracy: 1e-5)
        XCTAssertEqual(m[0, 1], 1 / 5.501146, accuracy: 1e-5)
    }

    func testSublinearTF() throws {
        let v = try TFIDFVectorizer(options: .init(sublinearTF: true), idf: .uniform)
        let (m, _) = v.matrix(for: ["rain rain rain snow"])
        // tf: 1 + ln 3 = 2.098612 and 1; norm = √(4.404172 + 1) = 2.324688
        XCTAssertEqual(m[0, 0], 2.098612 / 2.324688, accuracy: 1e-5)
    }

    func testRowsAreUnitOrZero() {
        let doc = analyzed(bridgeStory + "\n\nIt was not the one.")
        let (m, _) = doc.tfidfMatrix()
        for i in 0..<m.rows {
            let norm = m.row(i).reduce(0) { $0 + $1 * $1 }
            if doc.termRows[i].isEmpty { XCTAssertEqual(norm, 0) } else { XCTAssertEqual(norm, 1, accuracy: 1e-5) }
        }
    }

    func testSentencesKeepTheirRangesAndSources() {
        let doc = testVectorizer().analyze([Article(text: "First one here. Second one here."), Article(text: "Other source.")])
        XCTAssertEqual(doc.sentences.map(\.text), ["First one here.", "Second one here.", "Other source."])
        XCTAssertEqual(doc.sentences.map(\.source), [0, 0, 1])
        XCTAssertEqual(doc.sentences.map(\.positionInSource), [0, 1, 0])
        XCTAssertEqual(doc.sentences[1].range, 16..<32)
        XCTAssertTrue(doc.isMultiDocument)
    }

    func testBlocksCoverLongDocumentsWithBoundedSize() {
        let text = (0..<2500).map { "Sentence number \($0) talks about topic \($0 % 7)." }.joined(separator: " ")
        let doc = analyzed(text)
        let blocks = doc.blocks()
        XCTAssertEqual(blocks.count, 3) // ⌈2500 / 1024⌉
        XCTAssertEqual(blocks.first?.lowerBound, 0)
        XCTAssertEqual(blocks.last?.upperBound, doc.count)
        XCTAssertTrue(blocks.allSatisfy { $0.count <= AnalyzedDocument.blockSize })
        for (a, b) in zip(blocks, blocks.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
    }

    func testColumnsDependOnlyOnTheText() {
        // A vectorizer that has seen other text first assigns different analyzer ids; the
        // document's columns (first-occurrence order) and weights must not change.
        let fresh = testVectorizer().analyze([Article(text: bridgeStory)])
        let used = testVectorizer()
        _ = used.analyze([Article(text: "Council festival repairs towers bakery prize cable.")])
        let again = used.analyze([Article(text: bridgeStory)])
        XCTAssertEqual(fresh.vocabulary, again.vocabulary)
        XCTAssertEqual(fresh.tfidfMatrix().matrix.storage, again.tfidfMatrix().matrix.storage)
        XCTAssertEqual(Array(fresh.vocabulary.prefix(3)), ["harbour", "bridg", "reopen"])
    }

    func testUnweightedAnalysisKeepsCountsAndSkipsWeights() {
        // idf: rain ln(11/2)+1 = 2.704748, pari 1 (N = 10), as in testHandComputedWeights.
        let idf = IDFTable(documentCount: 10, documentFrequencies: ["rain": 1, "pari": 10])
        let plain = testVectorizer(idf: idf).analyze([Article(text: "Rain, rain in Paris.")], weighted: false)
        XCTAssertFalse(plain.isWeighted)
        XCTAssertEqual(plain.vocabulary, ["rain", "pari"])
        XCTAssertEqual(plain.termRows[0].map(\.count), [2, 1])
        XCTAssertEqual(plain.termRows[0].map(\.weight), [0, 0])
        XCTAssertEqual(plain.idf, [])
        XCTAssertEqual(plain.sentences[0].wordCount, 4)
    }

    func testWeightsAfterAnUnweightedDocumentMatchAFreshVectorizer() {
        // The first document leaves its terms without an IDF look-up; a weighted document that
        // reuses them must still get the table's IDF (5.409496 / 5.501146 for "rain" above).
        let idf = IDFTable(documentCount: 10, documentFrequencies: ["rain": 1, "pari": 10])
        let v = testVectorizer(idf: idf)
        _ = v.analyze([Article(text: "Rain over Paris.")], weighted: false)
        let doc = v.analyze([Article(text: "Rain, rain in Paris.")])
        XCTAssertTrue(doc.isWeighted)
        XCTAssertEqual(doc.idf[0], 2.704748, accuracy: 1e-5)
        XCTAssertEqual(doc.termRows[0][0].weight, 5.409496 / 5.501146, accuracy: 1e-5)
        XCTAssertEqual(doc.tfidfMatrix().matrix.storage, testVectorizer(idf: idf).analyze([Article(text: "Rain, rain in Paris.")]).tfidfMatrix().matrix.storage)
    }

    func testOverlapRankersScoreTheSameWithoutWeights() throws {
        let weighted = testVectorizer().analyze([Article(text: bridgeStory)])
        let plain = testVectorizer().analyze([Article(text: bridgeStory)], weighted: false)
        for ranker in [CentralitySummarizer(), TextRankSummarizer()] as [any Summarizer] {
            XCTAssertFalse(ranker.readsWeightsOfSingleSource, "\(ranker.method)")
            XCTAssertEqual(try ranker.scores(for: plain), try ranker.scores(for: weighted), "\(ranker.method)")
        }
        XCTAssertTrue(CentralitySummarizer(similarity: .cosine).readsWeightsOfSingleSource)
        XCTAssertTrue(TextRankSummarizer(similarity: .cosine).readsWeightsOfSingleSource)
        XCTAssertTrue(LexRankSummarizer().readsWeightsOfSingleSource)
        XCTAssertFalse(LeadSummarizer().readsWeightsOfSingleSource)
    }

    func testDeferredIDFIsReadOnceAndOnlyForWeights() throws {
        var loads = 0
        let idf = IDFTable(documentCount: 10, documentFrequencies: ["rain": 1, "pari": 10])
        let v = TFIDFVectorizer(deferredIDF: { loads += 1; return idf })
        _ = v.analyze([Article(text: "Rain over Paris.")], weighted: false)
        XCTAssertEqual(loads, 0)
        XCTAssertNil(v.idfTable)
        try v.prepareWeights()
        try v.prepareWeights()
        XCTAssertEqual(loads, 1)
        // The same weights as a vectorizer given the table up front (5.409496 / 5.501146, above).
        let doc = v.analyze([Article(text: "Rain, rain in Paris.")])
        XCTAssertEqual(doc.termRows[0][0].weight, 5.409496 / 5.501146, accuracy: 1e-5)
    }
}
