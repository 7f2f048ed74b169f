import XCTest
@testable import Scoring

/// ROUGE-1.5.5's own Porter variant; `scripts/checks/rouge155-parity` compares whole documents
/// with ROUGE-1.5.5.pl, these name single rules.
final class ROUGE155StemmerTests: XCTestCase {
    let stemmer = ROUGE155Stemmer()

    func testLinsStep4TriesMentAndEntAfterEment() {
        // "agreement": EMENT leaves "agre" (m = 1, kept); MENT leaves "agree" (m = 1, kept);
        // ENT leaves "agreem" (a-gr-ee-m: m = 2) → "agreem". Porter's paper stops at EMENT.
        XCTAssertEqual(stemmer.stem("agreement"), "agreem")
    }

    func testMartinPortersChanges() {
        XCTAssertEqual(stemmer.stem("analogi"), "analog")     // LOGI → LOG
        XCTAssertEqual(stemmer.stem("possibli"), "possibl")   // BLI → BLE, then E dropped (m = 2)
        XCTAssertEqual(stemmer.stem("is"), "is")              // fewer than three letters
    }

    func testPaperRules() {
        XCTAssertEqual(stemmer.stem("caresses"), "caress")
        XCTAssertEqual(stemmer.stem("ponies"), "poni")
        XCTAssertEqual(stemmer.stem("hopping"), "hop")
        XCTAssertEqual(stemmer.stem("filing"), "file")
        XCTAssertEqual(stemmer.stem("happy"), "happi")
        XCTAssertEqual(stemmer.stem("relational"), "relat")
        XCTAssertEqual(stemmer.stem("controlling"), "control")
    }

    func testLeadingYIsAConsonant() {
        // "yelling": Y-e-ll: m = 1, so LL is kept; "ll" is never singled in step 1b.
        XCTAssertEqual(stemmer.stem("yelling"), "yell")
        XCTAssertEqual(stemmer.stem("youth"), "youth")
    }
}
