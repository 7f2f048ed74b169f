import XCTest
@testable import Comparison

final class WordDiffTests: XCTestCase {
    let lex = Fixtures.lexicons

    func testIdenticalSentencesHaveNoEditsAndFullOverlap() {
        let d = WordDiff.between("Police detained 14 people.", "Police detained 14 people.", lexicons: lex)
        XCTAssertEqual(d.edits, [])
        XCTAssertEqual(d.overlap, 1)
    }

    func testSubstitutionOfALoadedVerb() {
        // police detained 14 people / police seized 14 people: LCS = 3 of 4 words, one substitution.
        let d = WordDiff.between("Police detained 14 people.", "Police seized 14 people.", lexicons: lex)
        XCTAssertEqual(d.edits, [.init(kind: .substitution, from: "detained", to: "seized", tags: ["loaded"])])
        XCTAssertEqual(d.overlap, 0.75, accuracy: 1e-12)
    }

    func testAddedModifierAcrossAAndAn() {
        // "a" and "an" compare equal, so only "unlawful" is new (a loaded word).
        let d = WordDiff.between("after a march by workers", "after an unlawful march by workers", lexicons: lex)
        XCTAssertEqual(d.edits, [.init(kind: .addition, from: "", to: "unlawful", tags: ["loaded"])])
    }

    func testPlainShortAdditionIsAModifier() {
        let d = WordDiff.between("the new contract", "the new wage contract", lexicons: lex)
        XCTAssertEqual(d.edits, [.init(kind: .addition, from: "", to: "wage", tags: ["modifier"])])
    }

    func testOmittedAttributionIsTaggedAttributionAndHedge() {
        // "according to" is both a neutral attribution and a hedge of the claim.
        let d = WordDiff.between("Windows were broken, according to police.", "Windows were broken.", lexicons: lex)
        XCTAssertEqual(d.edits, [.init(kind: .omission, from: "according to police", to: "", tags: ["attribution", "hedge"])])
    }

    func testAttributionVerbSubstitution() {
        let d = WordDiff.between("Voss said the city would meet them.", "Voss claimed the city would meet them.", lexicons: lex)
        XCTAssertEqual(d.edits, [.init(kind: .substitution, from: "said", to: "claimed", tags: ["attribution", "loaded"])])
    }

    func testEmptySides() {
        XCTAssertEqual(WordDiff.between("", "", lexicons: lex).overlap, 1)
        let d = WordDiff.between("", "one two", lexicons: lex)
        XCTAssertEqual(d.edits, [.init(kind: .addition, from: "", to: "one two", tags: ["modifier"])])
        XCTAssertEqual(d.overlap, 0)
    }

    func testLCSLength() {
        // a b c d vs b d e: LCS "b d" = 2.
        XCTAssertEqual(WordDiff.lcsLength(["a", "b", "c", "d"], ["b", "d", "e"]), 2)
        XCTAssertEqual(WordDiff.lcsLength([], ["x"]), 0)
    }
}
