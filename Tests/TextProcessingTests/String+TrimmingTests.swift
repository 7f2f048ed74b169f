import XCTest
import TextProcessing

final class StringTrimmingTests: XCTestCase {
    func testWhitespaceSetIsFoundations() {
        // Foundation's CharacterSet.whitespaces: tab, Zs, and U+200B; not the newlines, U+180E or U+FEFF.
        for v: UInt32 in [0x09, 0x20, 0xA0, 0x1680, 0x2000, 0x200A, 0x200B, 0x202F, 0x205F, 0x3000] {
            XCTAssertEqual("\(Unicode.Scalar(v)!)x\(Unicode.Scalar(v)!)".trimmingWhitespace(), "x", "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x0A, 0x0D, 0x85, 0x180E, 0x2028, 0xFEFF] {
            let s = "\(Unicode.Scalar(v)!)x"
            XCTAssertEqual(s.trimmingWhitespace(), s, "U+\(String(v, radix: 16)) is not white space")
        }
    }

    func testNewlinesAreTrimmedOnlyWithTheirSet() {
        XCTAssertEqual("\n a \u{2028}".trimmingWhitespaceAndNewlines(), "a")
        XCTAssertEqual("\r\n\u{85}\u{0B}\u{0C}a b\u{2029}".trimmingWhitespaceAndNewlines(), "a b")
        XCTAssertEqual("\n a \n".trimmingWhitespace(), "\n a \n")
        XCTAssertEqual("\u{FEFF}a".trimmingWhitespaceAndNewlines(), "\u{FEFF}a")
    }

    func testTrimsScalarsNotCharacters() {
        // A space before a combining acute is removed and the mark stays, as Foundation does.
        XCTAssertEqual(" \u{301}x ".trimmingWhitespace().unicodeScalars.map(\.value), [0x301, 0x78])
    }

    func testEdgeCases() {
        XCTAssertEqual("".trimmingWhitespace(), "")
        XCTAssertEqual(" \t ".trimmingWhitespace(), "")
        XCTAssertEqual("a  b".trimmingWhitespace(), "a  b", "inner white space is kept")
        XCTAssertEqual(Substring(" x ").trimmingWhitespace(), "x")
    }
}
