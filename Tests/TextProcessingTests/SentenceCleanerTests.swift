import XCTest
@testable import TextProcessing

final class SentenceCleanerTests: XCTestCase {
    private let cleaner = SentenceCleaner()
    private let splitter = SentenceSplitter(abbreviations: .english, cleaner: SentenceCleaner())
    private func split(_ s: String) -> [String] { splitter.split(s) }

    // MARK: Rules, one test each

    func testEscapedLineBreaksAfterWhiteSpaceBecomeLineBreaks() {
        XCTAssertEqual(split("The bridge closed. \\r\\n It reopened."), ["The bridge closed.", "It reopened."])
        XCTAssertEqual(split("The bridge closed. \\ r \\ nIt reopened."), ["The bridge closed.", "It reopened."])
        // Inside a word the backslash is text: "C:\new" stays.
        XCTAssertEqual(cleaner.clean("Saved to C:\\new today.").text, "Saved to C:\\new today.")
    }

    func testHTMLTagsAreRemovedAndBlockTagsBreakLines() {
        XCTAssertEqual(split("The ferry left. <em>Late.</em> <b>Again</b>!"), ["The ferry left.", "Late.", "Again!"])
        XCTAssertEqual(split("<h1>Harbor news</h1><p>The ferry left. It was late.</p><img src=\"/a.jpg\">"),
                       ["Harbor news", "The ferry left.", "It was late."])
        // "<" not followed by a tag name is text.
        XCTAssertEqual(cleaner.clean("If a < b then stop.").text, "If a < b then stop.")
    }

    func testEscapedTagsAndFormattingPlaceholdersAreRemoved() {
        XCTAssertEqual(cleaner.clean("&lt;b&gt;Tolls.txt&lt;/b&gt;").text, "Tolls.txt")
        XCTAssertEqual(split("Ferry{b^>1<b^} fares{b^&gt;2&lt;b^} rose."), ["Ferry fares rose."])
    }

    func testDotLeadersWithPageNumbersEndTableOfContentsEntries() {
        XCTAssertEqual(split("Harbor History.............4\n  Bridge Repairs ....... 12-15\nIs It Safe?..........20"),
                       ["Harbor History", "Bridge Repairs", "Is It Safe?"])
    }

    func testLongRunsOfPeriodsBecomeOneSpace() {
        // 8 periods (>= 5) → one space; 3 or 4 stay as an ellipsis.
        XCTAssertEqual(split("Wait for the ferry........then board."), ["Wait for the ferry then board."])
        XCTAssertEqual(cleaner.clean("Wait.... then board.").text, "Wait.... then board.")
    }

    func testRunsOfSlashesAreRemoved() {
        XCTAssertEqual(split("//////Harbor report\r//////"), ["Harbor report"])
        XCTAssertEqual(cleaner.clean("See https://example.org now.").text, "See https://example.org now.")
    }

    func testLettersSplitOnePerLineAreJoined() {
        XCTAssertEqual(split("\nC\nL\nOS\nE\nD\n"), ["CLOSED"])
        // Two short lines are not enough: "OK\nGo" stays two lines.
        XCTAssertEqual(cleaner.clean("OK\nGo").text, "OK\nGo")
    }

    func testAPeriodOnItsOwnLineJoinsItsSentence() {
        XCTAssertEqual(split("Call us for the timetable\n.\n\nFerry Fares\n"), ["Call us for the timetable.", "Ferry Fares"])
        XCTAssertEqual(split("Call us for the timetable\n. Ferry Fares"), ["Call us for the timetable.", "Ferry Fares"])
    }

    func testBackQuotesBecomeQuotes() {
        XCTAssertEqual(split("`Is it open?' asked Ada. ``Yes,'' he said."), ["'Is it open?' asked Ada.", "\"Yes,'' he said."])
    }

    func testAParagraphThatIsOnlyAPageNumberIsRemoved() {
        XCTAssertEqual(split("\n12\n\nBridge Repairs\n\n"), ["Bridge Repairs"])
        // A number inside a paragraph stays.
        XCTAssertEqual(split("Bridge Repairs\n12"), ["Bridge Repairs", "12"])
    }

    func testWhiteSpaceInsideASentenceIsCollapsed() {
        XCTAssertEqual(split("The ferry\n   left   at noon."), ["The ferry left at noon."])
    }

    // MARK: Ranges

    func testRangesPointIntoTheOriginalText() {
        // "<p>The <em>ferry</em> left.</p> It was late."
        // "<p>" is 0..<3, "The " 3..<7, "<em>" 7..<11, "ferry" 11..<16, "</em>" 16..<21, " left." 21..<27,
        // "</p>" 27..<31, " " 31, "It was late." 32..<44.
        let text = "<p>The <em>ferry</em> left.</p> It was late."
        let s = splitter.sentences(in: text)
        XCTAssertEqual(s.map(\.text), ["The ferry left.", "It was late."])
        XCTAssertEqual(s.map(\.range), [3..<27, 32..<44])
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[32..<44])), "It was late.")
    }

    func testOriginalRangeOfAReplacementCoversWhatItReplaced() {
        // "``" (offsets 3..<5) became one '"' at cleaned offset 3.
        let cleaned = cleaner.clean("He ``said")
        XCTAssertEqual(cleaned.text, "He \"said")
        XCTAssertEqual(cleaned.originalRange(of: 3..<4), 3..<5)
        XCTAssertEqual(cleaned.originalRange(of: 0..<8), 0..<9)
    }

    func testPlainTextIsUnchanged() {
        let text = "Gen. Lund left at 6 p.m. She took the No. 12 bus."
        XCTAssertEqual(cleaner.clean(text).text, text)
        XCTAssertEqual(splitter.sentences(in: text), SentenceSplitter().sentences(in: text))
    }

    func testEmptyText() {
        XCTAssertEqual(cleaner.clean("").text, "")
        XCTAssertEqual(splitter.sentences(in: ""), [])
    }
}
