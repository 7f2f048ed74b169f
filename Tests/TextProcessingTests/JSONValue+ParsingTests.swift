import XCTest
import TextProcessing

final class JSONValueParsingTests: XCTestCase {
    private func error(_ text: String) -> JSONParseError? {
        do { _ = try JSONValue.parse(text); return nil } catch { return error }
    }

    func testParseEscapesAndSurrogates() throws {
        let v = try JSONValue.parse(#"{"a": "x\"y\\n\u00e9\ud83d\ude00", "b": [1, -2.5e3, true, null]}"#)
        XCTAssertEqual(v["a"]?.stringValue, "x\"y\\né😀")
        XCTAssertEqual(v["b"], .array([.number("1"), .number("-2.5e3"), .bool(true), .null]))
        // Every simple escape.
        XCTAssertEqual(try JSONValue.parse(#""\"\\\/\b\f\n\r\t""#), .string("\"\\/\u{8}\u{C}\n\r\t"))
    }

    func testLoneSurrogatesBecomeReplacementCharacters() throws {
        // A high surrogate before a \u escape that is not a low one: U+FFFD, then that character.
        XCTAssertEqual(try JSONValue.parse(#""\ud83d\u0041!""#), .string("\u{FFFD}A!"))
        XCTAssertEqual(try JSONValue.parse(#""\ud83d\ud83d""#), .string("\u{FFFD}\u{FFFD}"))
        // A high surrogate before anything else, and a low one alone.
        XCTAssertEqual(try JSONValue.parse(#""\ud83dA""#), .string("\u{FFFD}A"))
        XCTAssertEqual(try JSONValue.parse(#""\ude00""#), .string("\u{FFFD}"))
    }

    func testNumbersKeepTheirTextAndWhiteSpaceIsSkipped() throws {
        let v = try JSONValue.parse(" \t{ \"id\" :\r\n1.50 , \"n\": [ 0 , 1E+2 ] }\n")
        XCTAssertEqual(v.serialized(), #"{"id":1.50,"n":[0,1E+2]}"#)
        XCTAssertEqual(try JSONValue.parse("false"), .bool(false))
        XCTAssertEqual(try JSONValue.parse("[]"), .array([]))
        XCTAssertEqual(try JSONValue.parse("{}"), .object([]))
    }

    func testNumbersAreCheckedOnlyWhenAskedTo() throws {
        let text: [UInt8] = Array("[1, 2.5e]".utf8)
        // Any run of 0-9 + - . e E is a number by default; `isNumber` may refuse one, and the
        // error is then at its first byte: [ 1 , space 2 → offset 4.
        XCTAssertEqual(try text.withUnsafeBufferPointer { try JSONValue.parse(utf8: $0) }, .array([.number("1"), .number("2.5e")]))
        XCTAssertThrowsError(try text.withUnsafeBufferPointer { try JSONValue.parse(utf8: $0, isNumber: { Double($0) != nil }) }) {
            XCTAssertEqual($0 as? JSONParseError, JSONParseError(.expectedValue, offset: 4, atEnd: false))
        }
    }

    func testInvalidUTF8InAStringIsReplaced() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0x22]   // "a<FF>b"
        let v = try bytes.withUnsafeBufferPointer { try JSONValue.parse(utf8: $0) }
        XCTAssertEqual(v, .string("a\u{FFFD}b"))
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
                    let v = try JSONValue.parse("[\"\(text)\", \"\(tail)\"]")
                    XCTAssertEqual(v, .array([.string(head + plain + tail), .string(tail)]), text)
                }
            }
        }
    }

    func testErrorsNameTheByte() {
        XCTAssertEqual(error(#"{"a" 1}"#)?.description, "expected ':' at byte 6")
        XCTAssertEqual(error(#"{"a": "open"#)?.description, "unterminated string: the line ends early")
    }

    func testEveryErrorVerbatimWithItsKindAndOffset() {
        let cases: [(String, JSONParseError.Kind, Int, String)] = [
            // text, kind, offset (from 0), description (offset + 1, or "the line ends early")
            ("", .expectedValue, 0, "expected a JSON value: the line ends early"),
            ("nul", .expectedValue, 0, "expected a JSON value at byte 1"),
            ("{1:2}", .expectedKey, 1, "expected a string key at byte 2"),
            (#"{"a":1,}"#, .expectedKey, 7, "expected a string key at byte 8"),
            (#"{"a" 1}"#, .expectedColon, 5, "expected ':' at byte 6"),
            (#"{"a":1 "b":2}"#, .expectedCommaOrBrace, 7, "expected ',' or '}' at byte 8"),
            (#"{"a":1"#, .expectedCommaOrBrace, 6, "expected ',' or '}': the line ends early"),
            ("[1 2]", .expectedCommaOrBracket, 3, "expected ',' or ']' at byte 4"),
            ("[1,]", .expectedValue, 3, "expected a JSON value at byte 4"),
            (#"{"a": "open"#, .unterminatedString(openingQuote: 6), 11, "unterminated string: the line ends early"),
            (#""a\"#, .unterminatedString(openingQuote: 0), 3, "unterminated string: the line ends early"),
            // The offset is just past the escape: `"` a \ q → 0 1 2 3, offset 4.
            (#""a\qb""#, .invalidEscape(escape: UInt8(ascii: "q")), 4, "invalid escape '\\q' at byte 5"),
            (#""a\q"#, .invalidEscape(escape: UInt8(ascii: "q")), 4, "invalid escape '\\q': the line ends early"),
            // "\u12" has three bytes after the u (at offset 2): fewer than four.
            (#""\u12""#, .truncatedUnicodeEscape, 3, "bad \\u escape at byte 4"),
            (#""\u12G4""#, .invalidUnicodeEscape, 5, "bad \\u escape at byte 6"),
            ("[1] x", .textAfterValue, 4, "unexpected text after the JSON value at byte 5"),
        ]
        for (text, kind, offset, description) in cases {
            guard let e = error(text) else { XCTFail("parsed: \(text)"); continue }
            XCTAssertEqual(e, JSONParseError(kind, offset: offset, atEnd: offset == text.utf8.count), text)
            XCTAssertEqual(e.description, description, text)
        }
    }
}
