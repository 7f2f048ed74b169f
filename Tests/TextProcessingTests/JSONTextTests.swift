import Foundation
import XCTest
@testable import TextProcessing

final class JSONTextTests: XCTestCase {
    func testPlainTextIsOnlyQuoted() {
        XCTAssertEqual(JSONText.quoted("Port Calder, 14 détenus"), "\"Port Calder, 14 détenus\"")
    }

    func testQuoteBackslashAndControlCharactersAreEscaped() {
        XCTAssertEqual(JSONText.quoted("a\"b\\c\nd\re\tf\u{01}g\u{1F}"), #""a\"b\\c\nd\re\tf\u0001g\u001f""#)
    }

    func testEveryStringRoundTripsThroughFoundationsParser() throws {
        let samples = ["", "“curly” — dash", "tab\there", "\u{0}\u{7}\u{1B}", "emoji 🙂 and \\ slash /"]
        for s in samples {
            let data = Data(("[" + JSONText.quoted(s) + "]").utf8)
            let back = try JSONSerialization.jsonObject(with: data) as? [String]
            XCTAssertEqual(back, [s], "round trip of \(s.debugDescription)")
        }
    }
}
