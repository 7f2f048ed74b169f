import XCTest
@testable import TextProcessing

final class TokenizerTests: XCTestCase {
    private let tokenizer = Tokenizer()

    func testWordsAreLowerCased() {
        XCTAssertEqual(tokenizer.words("The Ferry LEFT"), ["the", "ferry", "left"])
    }

    func testHyphenatedWordsStayWholeButDashesSplit() {
        XCTAssertEqual(tokenizer.words("a state-run, 38-minute call"), ["a", "state-run", "38-minute", "call"])
        // En dash (U+2013) and em dash (U+2014) are not hyphens.
        XCTAssertEqual(tokenizer.words("pages 3–4—not more"), ["pages", "3", "4", "not", "more"])
        XCTAssertEqual(tokenizer.words("well- known -ish"), ["well", "known", "ish"])
    }

    func testContractionsAndPossessivesWithEitherApostrophe() {
        XCTAssertEqual(tokenizer.words("Don’t say it's Putin’s games"), ["don't", "say", "it's", "putin's", "games"])
        XCTAssertEqual(tokenizer.words("the players' union"), ["the", "players", "union"])
    }

    func testNumbersDecimalsAndThousands() {
        let t = tokenizer.tokens(in: "It cost $1,550,000.75, or 3.5% of 1.13bn.")
        XCTAssertEqual(t.map(\.normalized), ["it", "cost", "1,550,000.75", "or", "3.5", "of", "1.13bn"])
        XCTAssertEqual(t.map(\.kind), [.word, .word, .number, .word, .number, .word, .word])
    }

    func testDottedAbbreviationsKeepInnerPeriods() {
        XCTAssertEqual(tokenizer.words("the U.S. envoy"), ["the", "u.s", "envoy"])
    }

    func testURLsAndEmailAddressesAreSingleTokens() {
        let t = tokenizer.tokens(in: "See https://example.org/a-b?c=1, (www.example.com) or write to desk@example.org.")
        XCTAssertEqual(t.filter { $0.kind == .url }.map(\.text), ["https://example.org/a-b?c=1", "www.example.com"])
        XCTAssertEqual(t.filter { $0.kind == .email }.map(\.text), ["desk@example.org"])
        XCTAssertEqual(tokenizer.words("See https://example.org/x now"), ["see", "now"])
    }

    func testRangesPointIntoTheText() {
        // "Café’s bridge": "Café’s" = 6 scalars (0..<6), space, "bridge" = 7..<13.
        let t = tokenizer.tokens(in: "Café’s bridge")
        XCTAssertEqual(t.map(\.range), [0..<6, 7..<13])
        XCTAssertEqual(t.map(\.text), ["Café’s", "bridge"])
        XCTAssertEqual(t.map(\.normalized), ["café's", "bridge"])
    }

    func testEmptyAndAllPunctuation() {
        XCTAssertEqual(tokenizer.words(""), [])
        XCTAssertEqual(tokenizer.words("?! — ... ()"), [])
    }

    func testNonLatinLetters() {
        XCTAssertEqual(tokenizer.words("Zürich und Łódź"), ["zürich", "und", "łódź"])
    }
}
