import XCTest
@testable import TextProcessing

final class LineClassifierTests: XCTestCase {
    func testKinds() {
        XCTAssertEqual(LineClassifier.kind(of: "The ferry council met on Tuesday."), .prose)
        XCTAssertEqual(LineClassifier.kind(of: "Ferry council backs winter timetable"), .other)
        XCTAssertEqual(LineClassifier.kind(of: "Skip to main content"), .junk)
        XCTAssertEqual(LineClassifier.kind(of: "ADVERTISEMENT"), .junk)
        XCTAssertEqual(LineClassifier.kind(of: "Top Stories"), .teaserHeader)
        XCTAssertEqual(LineClassifier.kind(of: "More from Grenby Post"), .teaserHeader)
    }

    func testProseNeedsASentenceEndOrTwentyWords() {
        XCTAssertTrue(LineClassifier.isProse("It was late."))
        XCTAssertFalse(LineClassifier.isProse("Late."))            // 1 word
        XCTAssertFalse(LineClassifier.isProse("IT WAS VERY LATE."))  // no lower-case letter
        let nineteen = Array(repeating: "word", count: 19).joined(separator: " ")
        XCTAssertFalse(LineClassifier.isProse(nineteen))
        XCTAssertTrue(LineClassifier.isProse(nineteen + " more"))
    }

    /// Each rule with lines it must accept (true) and reject (false).
    func testCaptionsAndBylines() {
        let cases: [(rule: String, test: (String) -> Bool, line: String, expected: Bool)] = [
            ("caption", LineClassifier.isCaption, "Crews at work on the deck, Friday. (Dana Whitlock/Harbor Ledger via AP)", true),
            ("caption", LineClassifier.isCaption, "The old pier at dawn (AP Photo/Ola Berg)", true),
            ("caption", LineClassifier.isCaption, "Photo: Ola Berg", true),
            ("caption", LineClassifier.isCaption, "The old pier at dawn in winter. Getty Images", true),
            ("caption", LineClassifier.isCaption, "The fee (and/or the toll) rose.", false),
            ("caption", LineClassifier.isCaption, "BERLIN (AP) — The bridge opened on Friday.", false),
            ("byline", LineClassifier.isByline, "By Maren Ostby and Tobias Quill", true),
            ("byline", LineClassifier.isByline, "By MAREN OSTBY, Associated Press", true),
            ("byline", LineClassifier.isByline, "Maren Ostby, Reuters", true),
            ("byline", LineClassifier.isByline, "Associated Press", true),
            ("byline", LineClassifier.isByline, "By Tuesday the bridge was open.", false),
            ("byline", LineClassifier.isByline, "by the end of the week", false),
        ]
        for c in cases {
            XCTAssertEqual(c.test(c.line), c.expected, "\(c.rule): \(c.line)")
        }
    }

    func testTimestamps() {
        for line in ["Updated 6:42 PM EST, March 14, 2025", "Published March 14, 2025", "3 min read",
                     "March 14, 2025", "Fri, Mar. 14, 2025 at 6:42 p.m.", "2025-03-14"] {
            XCTAssertTrue(LineClassifier.isTimestamp(TextNormalizer.matchingForm(line), key: LineClassifier.labelKey(line)), line)
        }
        XCTAssertFalse(LineClassifier.isTimestamp("March was a busy month", key: "march was a busy month"))
    }

    func testMenus() {
        XCTAssertTrue(LineClassifier.isMenu("News | Politics | Business | Sports"))
        XCTAssertTrue(LineClassifier.isMenu("Home • World • Local"))
        XCTAssertFalse(LineClassifier.isMenu("Fares rose | officials said"))  // only two items
    }

    func testGluedTeaserHeader() {
        let split = LineClassifier.splitGluedTeaser("“That is what we wanted,” she said. Top Stories")
        XCTAssertEqual(split?.kept, "“That is what we wanted,” she said.")
        XCTAssertEqual(split?.header, "Top Stories")
        XCTAssertNil(LineClassifier.splitGluedTeaser("She read the related stories."))
        XCTAssertNil(LineClassifier.splitGluedTeaser("The mayor said. related"))  // lower case is not a header
    }

    func testDatelines() {
        for line in ["BERLIN (AP) — The bridge opened.", "ST. JOSEPH, Mich. (AP) — Officials said.",
                     "LONDON (Reuters) - Shares fell.", "WASHINGTON — The vote was close."] {
            XCTAssertTrue(LineClassifier.startsWithDateline(line), line)
        }
        XCTAssertFalse(LineClassifier.startsWithDateline("The bridge opened — at last."))
        XCTAssertFalse(LineClassifier.startsWithDateline("NASA said on Friday."))
    }

    func testDatelinesWhereWireDatelineDiffers() {
        // Comparison's _WireDateline answers the other way on each of these (see the doc comment).
        XCTAssertTrue(LineClassifier.startsWithDateline("PORT-CALDER, Wst. (AP) — Crews walked off the docks."))
        XCTAssertTrue(LineClassifier.startsWithDateline("CALDER — Crews left."))
        XCTAssertFalse(LineClassifier.startsWithDateline("(CNN) — Crews walked off the docks."))
        XCTAssertFalse(LineClassifier.startsWithDateline("CALDER— Crews walked off the docks."))
        XCTAssertFalse(LineClassifier.startsWithDateline("ÉCLUSE (AP) — Crews walked off the docks."))
    }

    func testLabelKeyTrimsPunctuationSymbolsAndSpacesButNotApostrophes() {
        // Lower-cased, inner white space collapsed, then P*, S* and white space trimmed from the ends.
        XCTAssertEqual(LineClassifier.labelKey("  ► Most   Read: "), "most read")
        XCTAssertEqual(LineClassifier.labelKey("«Related stories»"), "related stories")
        XCTAssertEqual(LineClassifier.labelKey("'Tis the season'"), "'tis the season'", "apostrophes stay")
        XCTAssertEqual(LineClassifier.labelKey("© 2024 Herald $"), "2024 herald")
        XCTAssertEqual(LineClassifier.labelKey("—…—"), "")
    }
}
