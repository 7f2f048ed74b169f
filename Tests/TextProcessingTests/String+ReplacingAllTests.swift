import XCTest
import TextProcessing

final class StringReplacingAllTests: XCTestCase {
    func testReplacesEveryOccurrence() {
        XCTAssertEqual("a|b|c".replacingAll("|", with: "\\|"), "a\\|b\\|c")
        XCTAssertEqual("say \"hi\"".replacingAll("\"", with: "\"\""), "say \"\"hi\"\"")
        XCTAssertEqual("1,234,567".replacingAll(",", with: ""), "1234567")
        XCTAssertEqual("it’s ’".replacingAll("’", with: "'"), "it's '")
        XCTAssertEqual("none".replacingAll("|", with: "x"), "none")
    }

    func testMatchesInsideCRLFButNotBeforeACombiningMark() {
        // Foundation replaces the "\n" of "\r\n" (Swift's Character-level `replacing` does not)...
        XCTAssertEqual("x\r\ny".replacingAll("\n", with: "<br>"), "x\r<br>y")
        // ...and leaves a bar that a combining acute (Mn), enclosing circle (Me) or skin tone attaches to.
        XCTAssertEqual("a|\u{301}b".replacingAll("|", with: "X"), "a|\u{301}b")
        XCTAssertEqual("a|\u{20DD}b".replacingAll("|", with: "X"), "a|\u{20DD}b")
        XCTAssertEqual("a|\u{1F3FB}".replacingAll("|", with: "X"), "a|\u{1F3FB}")
        // Half-width voicing marks and the Bengali vowel sign AA (a spacing mark that extends
        // graphemes) attach; another spacing mark (U+0903) or a joiner (U+200D) does not.
        XCTAssertEqual("a|\u{FF9E}".replacingAll("|", with: "X"), "a|\u{FF9E}")
        XCTAssertEqual("a|\u{9BE}".replacingAll("|", with: "X"), "a|\u{9BE}")
        XCTAssertEqual("a|\u{903}".replacingAll("|", with: "X"), "aX\u{903}")
        XCTAssertEqual("a|\u{200D}".replacingAll("|", with: "X"), "aX\u{200D}")
    }
}
