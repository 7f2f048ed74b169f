import XCTest
import TextProcessing

final class StringXMLEscapedTests: XCTestCase {
    func testEscapesTheFourSpecialCharacters() {
        XCTAssertEqual("a < b & \"c\" > d".xmlEscaped, "a &lt; b &amp; &quot;c&quot; &gt; d")
    }

    func testLeavesOtherTextAloneIncludingApostrophesAndNonASCII() {
        XCTAssertEqual("O'Neil — café".xmlEscaped, "O'Neil — café")
        XCTAssertEqual("".xmlEscaped, "")
    }

    func testAlreadyEscapedTextIsEscapedAgain() {
        XCTAssertEqual("&amp;".xmlEscaped, "&amp;amp;")
    }
}
