import XCTest
@testable import Summarization

final class JSONTests: XCTestCase {
    func testParseEscapesAndSurrogates() throws {
        let v = try _JSON.parse(#"{"a": "x\"y\\n\u00e9\ud83d\ude00", "b": [1, -2.5e3, true, null]}"#).get()
        XCTAssertEqual(v["a"]?.stringValue, "x\"y\\né😀")
        XCTAssertEqual(v["b"], .array([.number("1"), .number("-2.5e3"), .bool(true), .null]))
    }

    func testStringsEndAtTheFirstQuoteOrBackslashWhereverItFalls() throws {
        // The string scan reads eight bytes at a time: put the quote or the escape at every
        // offset of a word, with non-ASCII bytes (whose high bits are set) around it.
        for before in 0..<20 {
            for after in [0, 1, 7, 8, 9, 17] {
                let head = String(repeating: "ab", count: before / 2) + (before % 2 == 1 ? "é" : "")
                let tail = String(repeating: "z", count: after)
                for (escaped, plain) in [(#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), ("", "")] {
                    let text = head + escaped + tail
                    let v = try _JSON.parse("[\"\(text)\", \"\(tail)\"]").get()
                    XCTAssertEqual(v, .array([.string(head + plain + tail), .string(tail)]), text)
                }
            }
        }
    }

    func testWriteRoundTripsControlCharacters() throws {
        let s = "tab\tnew\nquote\"bell\u{07}"
        let json = _JSON.string(s).serialized
        XCTAssertEqual(json, #""tab\tnew\nquote\"bell\u0007""#)
        XCTAssertEqual(try _JSON.parse(json).get().stringValue, s)
    }

    func testErrorsNameTheByte() {
        guard case let .failure(e) = _JSON.parse(#"{"a" 1}"#) else { return XCTFail() }
        XCTAssertEqual(e.description, "expected ':' at byte 6")
        guard case let .failure(e2) = _JSON.parse(#"{"a": "open"#) else { return XCTFail() }
        XCTAssertEqual(e2.description, "unterminated string: the line ends early")
    }
}
