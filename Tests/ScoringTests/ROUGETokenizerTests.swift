import XCTest
@testable import Scoring

final class ROUGETokenizerTests: XCTestCase {
    func testRougeScoreModeKeepsOnlyLowercaseLettersAndDigits() {
        let t = ROUGETokenizer()
        XCTAssertEqual(t.tokenize("The U.S. economy grew 3.5% in 2004—fast!"), ["the", "u", "s", "economy", "grew", "3", "5", "in", "2004", "fast"])
        XCTAssertEqual(t.tokenize("x-ray it's café"), ["x", "ray", "it", "s", "caf"])
        XCTAssertEqual(t.tokenize("!!! ... —"), [])
        XCTAssertEqual(t.tokenize(""), [])
    }

    func testPythonLowercasingOfTwoNonASCIILetters() {
        // Python: "İ".lower() = "i" + U+0307 (a separator); "\u{212A}" (Kelvin) .lower() = "k".
        XCTAssertEqual(ROUGETokenizer().tokenize("İstanbul \u{212A}elvin"), ["i", "stanbul", "kelvin"])
        // ROUGE-1.5.5 lower-cases ASCII only: both are separators there.
        XCTAssertEqual(ROUGETokenizer(mode: .rouge155).tokenize("İstanbul \u{212A}elvin"), ["stanbul", "elvin"])
    }

    func testStemmingOnlyTokensLongerThanThree() {
        let t = ROUGETokenizer(stem: true)
        // NLTK's variant: "news" is an irregular form kept as it is; a four-letter "…ies" becomes
        // "…ie" ("dies" → "die"); "was" has three letters and is not stemmed.
        XCTAssertEqual(t.tokenize("cats running news dies was"), ["cat", "run", "news", "die", "was"])
    }

    func testSentencesAreLines() {
        XCTAssertEqual(ROUGETokenizer().sentences("One two.\n\nThree\r\nfour"), [["one", "two"], [], ["three"], ["four"]])
    }

    func testStopWordsAndExceptions() {
        let t = ROUGETokenizer(mode: .rouge155, stem: true, stopWords: ["the"], stemExceptions: ["went": "go"])
        // "went" has four letters, so the exception applies; "the" is dropped before stemming.
        XCTAssertEqual(t.tokenize("The children went home"), ["children", "go", "home"])
    }
}
