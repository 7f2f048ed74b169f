import XCTest
@testable import TextProcessing

final class SentenceSplitterTests: XCTestCase {
    private let splitter = SentenceSplitter()
    private func split(_ s: String) -> [String] { splitter.split(s) }

    func testModelLoads() throws {
        let lists = try AbbreviationList.loadEnglish()
        XCTAssertEqual(lists.kinds["gen"], .title)
        XCTAssertEqual(lists.kinds["no"], .number)
        XCTAssertEqual(lists.kinds["inc"], .ordinary)
        XCTAssertTrue(lists.sentenceStarters.contains("the"))
        XCTAssertTrue(lists.timeContext.contains("monday"))
    }

    // MARK: Abbreviations

    func testTitleAbbreviationsNeverEndASentence() {
        XCTAssertEqual(split("Gen. Lund met Sen. Varga and Dr. Moss at Mt. Ellery. They talked."),
                       ["Gen. Lund met Sen. Varga and Dr. Moss at Mt. Ellery.", "They talked."])
        XCTAssertEqual(split("Bring tools, e.g. Hammers and saws."), ["Bring tools, e.g. Hammers and saws."])
    }

    func testDottedAcronymEndsASentenceOnlyBeforeASentenceStarter() {
        XCTAssertEqual(split("She moved to the U.S. The move was hard."), ["She moved to the U.S.", "The move was hard."])
        XCTAssertEqual(split("The U.S. Senate voted on the U.K. plan."), ["The U.S. Senate voted on the U.K. plan."])
        XCTAssertEqual(split("He lived in the U.S.A. for years."), ["He lived in the U.S.A. for years."])
    }

    func testAMAndPMEndASentenceBeforeACapitalThatIsNotATime() {
        XCTAssertEqual(split("The ferry left at 6 a.m. Monday from the pier."), ["The ferry left at 6 a.m. Monday from the pier."])
        XCTAssertEqual(split("The ferry left at 6 a.m. Passengers cheered."), ["The ferry left at 6 a.m.", "Passengers cheered."])
        XCTAssertEqual(split("It closes at 9 P.M. EST and opens at noon."), ["It closes at 9 P.M. EST and opens at noon."])
        XCTAssertEqual(split("It closes at 9 p.m. and opens at noon."), ["It closes at 9 p.m. and opens at noon."])
    }

    func testNumberAbbreviationsBeforeDigits() {
        XCTAssertEqual(split("On Jan. 20 he took the No. 12 bus, see p. 4. It was late."),
                       ["On Jan. 20 he took the No. 12 bus, see p. 4.", "It was late."])
    }

    func testCompanySuffixEndsASentenceOnlyBeforeASentenceStarter() {
        XCTAssertEqual(split("Harbor Works Inc. said on Friday it would appeal."), ["Harbor Works Inc. said on Friday it would appeal."])
        XCTAssertEqual(split("The city sued Harbor Works Inc. The company denied it."),
                       ["The city sued Harbor Works Inc.", "The company denied it."])
        XCTAssertEqual(split("Harbor Works Inc. Chief Executive Ada Lund resigned."), ["Harbor Works Inc. Chief Executive Ada Lund resigned."])
    }

    func testInitialsDoNotEndSentences() {
        XCTAssertEqual(split("The report by Ada E. Lund and J.C. Varga was published."),
                       ["The report by Ada E. Lund and J.C. Varga was published."])
    }

    func testALetterOpeningASentenceIsALabel() {
        XCTAssertEqual(split("Q. Who paid for it? A. The city paid."), ["Q. Who paid for it?", "A. The city paid."])
    }

    func testAbbreviationsMatchInAnyCaseAndInDatelines() {
        XCTAssertEqual(split("ST. LOUIS (AP) — The bridge opened. It was early."),
                       ["ST. LOUIS (AP) — The bridge opened.", "It was early."])
    }

    // MARK: Numbers, ellipses, marks

    func testDecimalsAndMoneyAreNotBoundaries() {
        XCTAssertEqual(split("The repair cost $84.6 million, or 3.5% more. Revenue was $1.13bn. Tolls rose to $2.50."),
                       ["The repair cost $84.6 million, or 3.5% more.", "Revenue was $1.13bn.", "Tolls rose to $2.50."])
    }

    func testSentenceEndingInANumberBeforeANumber() {
        // "1931." ends a sentence: four digits are a year, not a list marker.
        XCTAssertEqual(split("The bridge opened in 1931. 40 years later it was rebuilt."),
                       ["The bridge opened in 1931.", "40 years later it was rebuilt."])
    }

    func testEllipsisEndsASentenceOnlyBeforeACapital() {
        XCTAssertEqual(split("She paused... Then she left."), ["She paused...", "Then she left."])
        XCTAssertEqual(split("It was… fine, in the end."), ["It was… fine, in the end."])
        XCTAssertEqual(split("She hosts Stay Calm ... Keep Sailing On on Fridays."), ["She hosts Stay Calm ... Keep Sailing On on Fridays."])
        XCTAssertEqual(split("He waited... The Ferry Board never called."), ["He waited...", "The Ferry Board never called."])
    }

    func testQuestionAndExclamationMarks() {
        XCTAssertEqual(split("Is it safe? Yes! It is."), ["Is it safe?", "Yes!", "It is."])
        XCTAssertEqual(split("What did you see? - Gulls over the pier."), ["What did you see?", "- Gulls over the pier."])
    }

    func testFullWidthMarksNeedNoSpace() {
        XCTAssertEqual(split("First part．Second part．"), ["First part．", "Second part．"])
    }

    func testFootnoteMarksStayWithTheirSentence() {
        XCTAssertEqual(split("The bridge opened in 1931.[4][5] It was rebuilt later."),
                       ["The bridge opened in 1931.[4][5]", "It was rebuilt later."])
        XCTAssertEqual(split("Ferries carried more people.12 13 Buses carried fewer."),
                       ["Ferries carried more people.12 13", "Buses carried fewer."])
    }

    // MARK: Quotations and brackets

    func testClosingQuoteAfterTheTerminalMarkBelongsToTheSentence() {
        XCTAssertEqual(split("“The bridge is safe.” Officials agreed."), ["“The bridge is safe.”", "Officials agreed."])
        XCTAssertEqual(split("She said ‘no.’ Talks ended."), ["She said ‘no.’", "Talks ended."])
    }

    func testTerminalMarksInsideAQuotationDoNotEndTheSentence() {
        XCTAssertEqual(split("\"We are done. Go home,\" she said. Nobody moved."),
                       ["\"We are done. Go home,\" she said.", "Nobody moved."])
        XCTAssertEqual(split("“Stop! Stop!” the clerk shouted at the driver."), ["“Stop! Stop!” the clerk shouted at the driver."])
    }

    func testUnclosedQuotationFollowedByANewOneIsNoSpan() {
        // News style: a quotation running on from the previous paragraph is never closed.
        XCTAssertEqual(split("\"The crews worked at night. They finished early. \"Nobody expected that,\" she said."),
                       ["\"The crews worked at night.", "They finished early.", "\"Nobody expected that,\" she said."])
    }

    func testEtCeteraBeforeACapitalEndsTheSentence() {
        XCTAssertEqual(split("They sold maps, tickets, etc. Sales rose."), ["They sold maps, tickets, etc.", "Sales rose."])
    }

    func testApostrophesAreNotQuotes() {
        XCTAssertEqual(split("It was Lund’s plan. The council’s vote came later. They’ll see."),
                       ["It was Lund’s plan.", "The council’s vote came later.", "They’ll see."])
    }

    func testQuotationBrokenOffWithADashEndsTheSentence() {
        XCTAssertEqual(split("\"If you please, sir--\" The clerk had already gone."),
                       ["\"If you please, sir--\"", "The clerk had already gone."])
    }

    func testParenthesesClosingAfterTheTerminalMark() {
        XCTAssertEqual(split("The ferry was late. (It often is.) Nobody complained."),
                       ["The ferry was late.", "(It often is.)", "Nobody complained."])
        XCTAssertEqual(split("The motion (see Art. 4. above) passed."), ["The motion (see Art. 4. above) passed."])
    }

    func testParenthesisAfterAWholeQuotedSentenceStartsANewSentence() {
        // The quotation is the whole sentence and ends in "!": it is complete.
        XCTAssertEqual(split("\"The ferry is late again!\" (It was the third time.) \"We will walk.\""),
                       ["\"The ferry is late again!\"", "(It was the third time.)", "\"We will walk.\""])
        XCTAssertEqual(split("'Is the bridge open?' (Nobody knew.) They waited."),
                       ["'Is the bridge open?'", "(Nobody knew.)", "They waited."])
    }

    func testParenthesisAfterAQuotationInsideNarrationContinuesTheSentence() {
        // The quotation closing before "(" opened after "said Ada,", not at the sentence start.
        XCTAssertEqual(split("'Look!' said Ada, 'the whole bridge is lit!' (Which it was.) Then she left."),
                       ["'Look!' said Ada, 'the whole bridge is lit!' (Which it was.)", "Then she left."])
        // A quotation that ends with a period keeps the parenthesis as before.
        XCTAssertEqual(split("\"The ferry is late.\" (As usual.) We walked."),
                       ["\"The ferry is late.\" (As usual.)", "We walked."])
    }

    // MARK: Lines, headlines and lists

    func testHeadlineWithoutPeriodIsASentence() {
        XCTAssertEqual(split("Harbor Bridge reopens\nThe bridge opened on Friday."),
                       ["Harbor Bridge reopens", "The bridge opened on Friday."])
    }

    func testHardWrappedProseIsOneSentence() {
        // The first line is 73 characters (> 60): read as wrapped prose, not a heading.
        let text = "The ferry council met on Tuesday to discuss the new winter timetable for\nThe Island Route and its fares."
        XCTAssertEqual(split(text).map(SentenceSplitter.oneLine),
                       ["The ferry council met on Tuesday to discuss the new winter timetable for The Island Route and its fares."])
    }

    func testParagraphsNeverShareASentence() {
        let s = splitter.sentences(in: "First paragraph without a period\n\n  \nSecond one. Third one.")
        XCTAssertEqual(s.map(\.text), ["First paragraph without a period", "Second one.", "Third one."])
        XCTAssertEqual(s.map(\.paragraph), [0, 1, 1])
        XCTAssertEqual(s.map(\.index), [0, 1, 2])
    }

    func testWindowsLineEndings() {
        let s = splitter.sentences(in: "Harbor Bridge reopens\r\nThe bridge opened.\r\n\r\nIt was early.")
        XCTAssertEqual(s.map(\.text), ["Harbor Bridge reopens", "The bridge opened.", "It was early."])
        XCTAssertEqual(s.map(\.paragraph), [0, 0, 1])
    }

    func testInlineNumberedList() {
        XCTAssertEqual(split("The plan has steps. 1. Close the bridge 2. Replace cables 3. Reopen"),
                       ["The plan has steps.", "1. Close the bridge", "2. Replace cables", "3. Reopen"])
    }

    func testNumbersInProseAreNotListMarkers() {
        XCTAssertEqual(split("As agreed in 1. above, and in 2. above, no fee is due."),
                       ["As agreed in 1. above, and in 2. above, no fee is due."])
    }

    func testLetteredAndRomanLists() {
        XCTAssertEqual(split("a) tickets b) coats c) water"), ["a) tickets", "b) coats", "c) water"])
        XCTAssertEqual(split("i. Close it.\nii. Fix it.\niii. Open it."), ["i. Close it.", "ii. Fix it.", "iii. Open it."])
    }

    func testListItemsOnTheirOwnLinesAndBullets() {
        XCTAssertEqual(split("Steps\n1. Close the bridge\n2. Reopen it"), ["Steps", "1. Close the bridge", "2. Reopen it"])
        XCTAssertEqual(split("• 9. Close the bridge\n• 10. Reopen it"), ["• 9. Close the bridge", "• 10. Reopen it"])
    }

    func testInlineBulletGlyphsStartItems() {
        XCTAssertEqual(split("Plan: close it. • 9. Fix the cables • 10. Reopen it"),
                       ["Plan: close it.", "• 9. Fix the cables", "• 10. Reopen it"])
        // U+2043 HYPHEN BULLET glued to its marker.
        XCTAssertEqual(split("Steps \u{2043}1. Close the bridge \u{2043}2. Reopen it"),
                       ["Steps", "\u{2043}1. Close the bridge", "\u{2043}2. Reopen it"])
        // A hyphen or asterisk inside a line is prose, not a bullet.
        XCTAssertEqual(split("Tolls rose - again * twice - this year."), ["Tolls rose - again * twice - this year."])
    }

    // MARK: Edge cases and ranges

    func testEmptyAndWhiteSpaceGiveNoSentences() {
        XCTAssertEqual(splitter.sentences(in: ""), [])
        XCTAssertEqual(splitter.sentences(in: " \n\n\t "), [])
    }

    func testOneSentenceWithoutTerminalMark() {
        XCTAssertEqual(split("  the bridge is open  "), ["the bridge is open"])
    }

    func testAllPunctuation() {
        XCTAssertEqual(split("?!... ."), ["?!... ."])
    }

    func testTenThousandWordSentence() {
        let long = Array(repeating: "ferry", count: 10_000).joined(separator: " ") + "."
        let s = splitter.sentences(in: long + " Done.")
        XCTAssertEqual(s.count, 2)
        XCTAssertEqual(s[0].text.count, long.count)
    }

    func testRangesAreUnicodeScalarOffsetsIntoTheOriginal() {
        // "Café 👋 opened." is 14 scalars (é composed, 👋 one scalar): 0..<14; a space; then 15..<25.
        let text = "Café 👋 opened. It closed."
        let s = splitter.sentences(in: text)
        XCTAssertEqual(s.map(\.range), [0..<14, 15..<25])
        let scalars = Array(text.unicodeScalars)
        for sentence in s {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[sentence.range])
            XCTAssertEqual(String(v), sentence.text)
        }
    }

    func testOneLineJoinsLineBreaksButKeepsOtherSpacing() {
        XCTAssertEqual(SentenceSplitter.oneLine("The ferry\n  left  at six."), "The ferry left  at six.")
    }

    func testSegmentedDocumentSplitsTheArticleBody() {
        let doc = SegmentedDocument(article: Article(title: "T", paragraphs: ["One. Two.", "Three."]))
        // Body "One. Two.\n\nThree.": "Three." starts at 9 + 2 = 11.
        XCTAssertEqual(doc.sentences.map(\.range), [0..<4, 5..<9, 11..<17])
        XCTAssertEqual(doc.sentences.map(\.paragraph), [0, 0, 1])
    }
}
