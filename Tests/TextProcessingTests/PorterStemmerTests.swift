import XCTest
@testable import TextProcessing

/// Hand-checked cases for both variants. The full 42,603-word vocabulary is checked by
/// `scripts/checks/porter` against shared data; these name each rule so a regression points at it.
final class PorterStemmerTests: XCTestCase {
    let original = PorterStemmer()
    let nltk = PorterStemmer(mode: .nltkExtensions)

    private func check(_ stemmer: PorterStemmer, _ cases: [(String, String)], line: UInt = #line) {
        for (word, expected) in cases {
            XCTAssertEqual(stemmer.stem(word), expected, "stem(\(word)) [\(stemmer.mode)]", line: line)
        }
    }

    func testDefaultModeIsTheOriginalAlgorithm() {
        XCTAssertEqual(PorterStemmer().mode, .original)
    }

    func testStep1aPlurals() {
        // SSES → SS, IES → I, SS → SS, S → ∅ (all unconditional).
        check(original, [("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat")])
    }

    func testStep1bPastAndProgressive() {
        // (m>0) EED → EE: "agr" has m = 1, so agreed → agree, then step 5a drops the e (m=1, not *o: "agr" ends g-r).
        // "f" has m = 0 so feed stays. (*v*) ED / ING need a vowel in the stem: "bl" and "s" have none.
        check(original, [("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"),
                         ("motoring", "motor"), ("sing", "sing")])
        // After ED/ING: AT/BL/IZ → +E; a double consonant other than l, s, z loses one letter;
        // m = 1 and *o → +E ("fil" is c-v-c with m = 1 → "file").
        check(original, [("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
                         ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"),
                         ("failing", "fail"), ("filing", "file")])
    }

    func testStep1cAndTheLaterSteps() {
        check(original, [
            ("happy", "happi"), ("sky", "sky"),                 // (*v*) Y → I: "sk" has no vowel
            ("relational", "relat"),                            // ATIONAL → ATE (2), then ATE dropped at m > 1 (4)
            ("conditional", "condit"),                          // TIONAL → TION (2), ION after t at m > 1 (4)
            ("rational", "ration"),                             // "r" has m = 0: ATIONAL stays; m("ration") = 2 (cvcvvc), so step 4 drops AL
            ("generalizations", "gener"), ("oscillators", "oscil"),
            ("electrical", "electr"), ("triplicate", "triplic"), ("adoption", "adopt"),
            ("irritant", "irrit"), ("effective", "effect"),
            ("controlling", "control"), ("roll", "roll"),       // 5b: LL → L only when m > 1
        ])
    }

    func testOriginalAlgorithmOnShortAndYWords() {
        // The original algorithm stems every word, even one or two letters long: "is" → "i", "s" → "".
        // Y is a consonant at the start and after a vowel, a vowel after a consonant:
        // "yyyy" reads c v c v, m = 1 on "yyy", and (*v*) Y → I holds.
        check(original, [("is", "i"), ("as", "a"), ("s", ""), ("yyyy", "yyyi"), ("syzygy", "syzygi"),
                         ("enjoy", "enjoi"), ("dies", "di"), ("died", "di"), ("dying", "dy"),
                         ("news", "new"), ("analogy", "analogi"), ("possibly", "possibli")])
    }

    func testNLTKExtensionsDepartFromThePaper() {
        check(nltk, [
            ("is", "is"), ("as", "as"), ("s", "s"),                           // ≤ 2 letters untouched
            ("skies", "sky"), ("dying", "die"), ("news", "news"),            // irregular forms
            ("innings", "inning"), ("proceed", "proceed"),
            ("ties", "tie"), ("dies", "die"),                                 // 4-letter IES → IE
            ("died", "die"), ("spied", "spi"),                                // IED → IE / I
            ("enjoy", "enjoy"), ("happy", "happi"),                           // Y → I only after a consonant
            ("analogy", "analog"),                                            // LOGI → LOG
            ("possibly", "possibl"),                                          // BLI → BLE, then E dropped
            ("hopefully", "hope"),                                            // FULLI → FUL, FUL → ∅
        ])
        // Where the variants agree.
        for word in ["caresses", "relational", "generalizations", "hopping", "filing", "electrical"] {
            XCTAssertEqual(nltk.stem(word), original.stem(word), word)
        }
    }

    func testInputIsLowerCasedAndNonLettersAreConsonants() {
        XCTAssertEqual(original.stem("Caresses"), "caress")
        XCTAssertEqual(original.stem("'s"), "'")        // apostrophe is a consonant; S → ∅
        XCTAssertEqual(original.stem(""), "")
        XCTAssertEqual(nltk.stem("café"), "café")       // é counts as one consonant
    }

    func testStemmingBytesCoversEveryPath() {
        // stem(utf8:) is what the analyzer calls and what stem(_:) goes through: ASCII words of up
        // to 24 letters on the stack, longer or non-ASCII words in an array, capitals lowered first.
        let stemmer = PorterStemmer()
        func viaBytes(_ w: String) -> String { var w = w; return w.withUTF8 { stemmer.stem(utf8: $0) } }
        XCTAssertEqual(viaBytes("GENERALIZATIONS"), "gener")             // the paper's example, lowered
        XCTAssertEqual(viaBytes("bananas"), "banana")                    // S → ∅, inline (7 letters)
        let long = String(repeating: "banana", count: 4)                 // 24 letters
        XCTAssertEqual(viaBytes(long + "s"), long)                       // 25 letters: the array path
        XCTAssertEqual(viaBytes("Cafés"), "café")                        // non-ASCII: lowered, then S → ∅
        XCTAssertEqual(viaBytes(""), "")
    }

    func testModesAreNamedForTheCommandLine() {
        XCTAssertEqual(PorterStemmer.Mode.allCases.map(\.rawValue), ["original", "nltk-extensions"])
    }
}
