import XCTest
@testable import Summarization

final class TermAnalyzerTests: XCTestCase {
    func testWordsFollowRougeStyleTokensWithDecimals() {
        let a = TermAnalyzer()
        XCTAssertEqual(a.words(in: "The U.S. economy grew 3.5% in 2024 — BA’s profits fell."),
                       ["the", "u", "s", "economy", "grew", "3.5", "in", "2024", "ba", "s", "profits", "fell"])
        XCTAssertEqual(a.words(in: "Café owners in Zürich"), ["café", "owners", "in", "zürich"])
        XCTAssertEqual(a.words(in: "... !!! --"), [])
    }

    func testTermsAreStemsWithoutStopWords() {
        let a = TermAnalyzer()
        let ids = a.terms(in: "The economy grew and the economies were growing")
        // Porter: economy/economies → "economi", grew → "grew", growing → "grow".
        XCTAssertEqual(ids.map(a.term), ["economi", "grew", "economi", "grow"])
        XCTAssertEqual(ids[0], ids[2])
    }

    func testOptionsTurnStemmingAndStopWordsOff() {
        let a = TermAnalyzer(options: .init(removeStopWords: false, stem: false))
        XCTAssertEqual(a.terms(in: "The economies").map(a.term), ["the", "economies"])
    }

    func testLoneSIsKeptWhenPorterWouldEmptyIt() {
        let a = TermAnalyzer(options: .init(removeStopWords: false, stem: true))
        XCTAssertEqual(a.terms(in: "s").map(a.term), ["s"])
    }

    func testAnalyzeCountsEveryWordIncludingStopWords() {
        let a = TermAnalyzer()
        var terms: [Int32] = []
        // 5 tokens: "the", "bridge", "is", "open", "again"; stop words the/is/again dropped.
        let n = a.analyze("The bridge is open again.") { terms.append($0) }
        XCTAssertEqual(n, 5)
        XCTAssertEqual(terms.map(a.term), ["bridg", "open"])
    }

    func testAllStopWordTextHasNoTerms() {
        XCTAssertEqual(TermAnalyzer().terms(in: "It was not that they had it."), [])
    }
}
