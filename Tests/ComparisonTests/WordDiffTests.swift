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
        XCTAssertEqual(d.changedInSecond, [2])  // after(0) an(1) unlawful(2) march(3) …
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

    func testTenThousandWordSentencesStayCheap() {
        // Identical: matched as a common prefix, no table at all.
        var words = (0..<10_000).map { "w\($0 % 97)" }
        let long = words.joined(separator: " ")
        XCTAssertEqual(WordDiff.between(long, long, lexicons: lex), WordDiff(edits: [], changedInSecond: [], overlap: 1))
        // One word changed in the middle: prefix and suffix match, the middle is one substitution.
        words[5_000] = "zz"
        let d = WordDiff.between(long, words.joined(separator: " "), lexicons: lex)
        XCTAssertEqual(d.edits.count, 1)
        XCTAssertEqual(d.edits.first?.kind, .substitution)
        XCTAssertEqual(d.edits.first?.to, "zz")
        XCTAssertEqual(d.changedInSecond, [5_000])
        XCTAssertEqual(d.overlap, 9_999.0 / 10_000, accuracy: 1e-12)
    }

    func testMiddleBeyondTheCellLimitIsOneEdit() {
        // 2,001 × 2,001 words differ entirely: over 4,000,000 cells, so one substitution.
        let a = (0..<2_001).map { "a\($0)" }.joined(separator: " "), b = (0..<2_001).map { "b\($0)" }.joined(separator: " ")
        let d = WordDiff.between("x " + a + " y", "x " + b + " y", lexicons: lex)
        XCTAssertEqual(d.edits.count, 1)
        XCTAssertEqual(d.edits[0].kind, .substitution)
        XCTAssertEqual(d.overlap, 2.0 / 2_003, accuracy: 1e-12)  // only "x" and "y" are common
    }
}
