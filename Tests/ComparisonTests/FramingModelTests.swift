import XCTest
@testable import Comparison

final class FramingModelTests: XCTestCase {
    private func features(_ text: String) -> [Double] {
        let words = _WordScanner.words(text)
        let loaded = FramingProfile.loadedTerms(words.map(\.lower), Fixtures.lexicons).count
        return FramingModel.features(words, loaded: loaded, lexicons: Fixtures.lexicons,
                                     valence: Fixtures.comparer.framingValence)
    }

    func testFeaturesOfAPartlyQuotedLoadedSentence() {
        // 11 words → ln 12 = 2.484907; loaded: "disaster"; no intensifier ("total" is not one);
        // VADER: critics −1.2, disaster −3.1 → strongest 3.1/4 = 0.775; quoted 3 of 11 words → partial.
        let f = features("Critics said the plan was “a total disaster” for the town.")
        XCTAssertEqual(f.count, FramingModel.featureNames.count)
        XCTAssertEqual(f[0], 2.484907, accuracy: 1e-6)
        XCTAssertEqual(f[1], 1)
        XCTAssertEqual(f[2], 0)
        XCTAssertEqual(f[3], 0.775, accuracy: 1e-9)
        XCTAssertEqual(f[4], 1)
    }

    func testAWhollyQuotedSentenceIsNotAPartialQuote() {
        // 9 words, all quoted → partial_quote 0; "very" is an intensifier, "furious" loaded;
        // VADER: furious −2.7, stop −1.2 → strongest 2.7/4 = 0.675.
        let f = features("“We are very furious and we will not stop.”")
        XCTAssertEqual(f[0], log(10), accuracy: 1e-9)
        XCTAssertEqual(f[1], 1)
        XCTAssertEqual(f[2], 1)
        XCTAssertEqual(f[3], 0.675, accuracy: 1e-9)
        XCTAssertEqual(f[4], 0)
    }

    func testScoreIsTheLogisticOfTheLinearScore() {
        // bias −2 + 0.5·2 (loaded) + 1·1 (partial quote) = 0 → σ(0) = 0.5, at the threshold 0.5.
        let m = FramingModel(bias: -2, weights: [0, 0.5, 0, 0, 1], threshold: 0.5)
        XCTAssertEqual(m.score([3, 2, 0, 0, 1]), 0.5, accuracy: 1e-12)
        // −2 + 0 = −2 → σ(−2) = 1/(1 + e²) ≈ 0.119203.
        XCTAssertEqual(m.score([3, 0, 0, 0, 0]), 0.1192029220, accuracy: 1e-9)
    }

    func testBundledModelLoadsAndRanksLoadedAboveFlatSentences() throws {
        let m = try FramingModel.bundled()
        XCTAssertEqual(m.weights.count, FramingModel.featureNames.count)
        let flat = m.score(features("The council met on Tuesday in the town hall."))
        let loaded = m.score(features("Critics said the plan was “a total disaster” for the town."))
        XCTAssertLessThan(flat, m.threshold)
        XCTAssertGreaterThanOrEqual(loaded, m.threshold)
    }

    func testMalformedLinesAreNamed() {
        XCTAssertThrowsError(try FramingModel.parse(["bias\tx"], file: "f.tsv")) { e in
            XCTAssertEqual("\(e)", "f.tsv:1: expected name<TAB>number, found 'bias\tx'")
        }
        XCTAssertThrowsError(try FramingModel.parse(["bias\t1", "threshold\t0.2"], file: "f.tsv")) { e in
            XCTAssertEqual("\(e)", "f.tsv:2: expected a line for 'log_words', found 'end of file'")
        }
    }

    func testComparisonMarksFramedSentencesAndAUserLexiconLeavesScoresAlone() throws {
        let a = Fixtures.version("a", ["The council met on Tuesday in the town hall.",
                                       "Critics said the plan was “a total disaster” for the town."])
        let b = Fixtures.version("b", ["The council met on Tuesday in the town hall."])
        var comparer = Fixtures.comparer
        let r = try comparer.compare([a, b])
        XCTAssertEqual(r.outlets[0].sentences.map(\.framed), [false, true])
        let before = r.outlets[0].sentences.map(\.framing)
        comparer.lexicons.valence = [:]  // as a user lexicon would replace VADER
        XCTAssertEqual(try comparer.compare([a, b]).outlets[0].sentences.map(\.framing), before)
        comparer.framing = nil
        let none = try comparer.compare([a, b]).outlets[0].sentences
        XCTAssertEqual(none.map(\.framing), [nil, nil])
        XCTAssertEqual(none.map(\.framed), [false, false])
    }
}
