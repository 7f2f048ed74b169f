import XCTest
@testable import TextProcessing

final class BoilerplateRemoverTests: XCTestCase {
    private let remover = BoilerplateRemover()

    private let story1 = "The ferry council met on Tuesday to discuss the new winter timetable for the island route."
    private let story2 = "Members agreed that the early sailing would move to 6:15 a.m. from the first week of December."
    private let story3 = "A final vote on the fares for the winter timetable is expected at the next meeting in January."

    func testKeepsTitleAndStoryAndDropsNavigation() {
        let text = """
        Skip to main content
        Menu
        Home | Local | Sports | Weather

        Advertisement

        Ferry council backs new winter timetable

        \(story1)

        Advertisement

        \(story2)
        """
        let a = remover.article(from: text)
        XCTAssertEqual(a.title, "Ferry council backs new winter timetable")
        XCTAssertEqual(a.paragraphs, [story1, story2])
    }

    func testDropsCaptionsWithCreditsIncludingOnesRepeatedOnOneLine() {
        let caption = "Council members vote in the town hall of Grenby, Tuesday, Oct. 7, 2025. (Ada Lund/Grenby Post via AP)"
        let text = "Ferry council backs winter timetable\n\n\(caption) \(caption)\n\n\(story1)\n\n(AP Photo/Ola Berg)\n\n\(story2)"
        XCTAssertEqual(remover.article(from: text).paragraphs, [story1, story2])
    }

    func testDropsCaptionRepeatedOnOneLineWithoutCredit() {
        // A 45-character caption written twice with one space between: 45 + 1 + 45 = 91 characters.
        let caption = "Passengers wait on the pier at Grenby harbor."
        let text = "\(caption) \(caption)\n\n\(story1)"
        XCTAssertEqual(remover.article(from: text).paragraphs, [story1])
    }

    func testDropsBylinesAndTimestampsButKeepsDatelines() {
        let text = """
        Ferry council backs winter timetable

        By ADA LUND and Ola Berg, Associated Press
        Updated 4:05 PM EST, October 7, 2025
        October 7, 2025
        3 min read

        GRENBY, Norway (AP) — \(story1)

        \(story2)

        Reporting by Ada Lund; Editing by Ola Berg
        """
        let a = remover.article(from: text)
        XCTAssertEqual(a.title, "Ferry council backs winter timetable")
        XCTAssertEqual(a.paragraphs, ["GRENBY, Norway (AP) — \(story1)", story2])
    }

    func testSentenceStartingWithByIsNotAByline() {
        let s = "By the end of the week, the council expects to publish the timetable."
        XCTAssertEqual(remover.article(from: "\(story1)\n\n\(s)").paragraphs, [story1, s])
    }

    func testTeaserHeaderCutsTheTailWithItsItems() {
        let text = """
        Ferry council backs winter timetable

        \(story1)

        \(story2)

        \(story3)

        Related Stories

        Bridge tolls rise for the first time in a decade

        The toll on the Harbor Bridge will rise to three dollars in spring, officials said.
        """
        XCTAssertEqual(remover.article(from: text).paragraphs, [story1, story2, story3])
    }

    func testTeaserHeaderGluedToTheLastParagraphIsCutOff() {
        let last = "“It is what the islanders asked for,” the chair said."
        let text = "\(story1)\n\n\(last) Top Stories\n\nA look inside the old lighthouse\n\nThe lighthouse keepers' house opens to visitors on Sunday for the first time."
        let a = remover.article(from: text)
        XCTAssertEqual(a.paragraphs, [story1, last])
    }

    func testEarlyRelatedBoxDropsOnlyTheBoxWhenMoreStoryFollows() {
        // Prose before "Related": story1 (92 chars); after it: story2 + story3 (≈ 190 chars) → not the tail.
        let text = "\(story1)\n\nRelated\n\nBridge tolls to rise in spring\n\n\(story2)\n\n\(story3)"
        XCTAssertEqual(remover.article(from: text).paragraphs, [story1, story2, story3])
    }

    func testInArticleBoxInTheLowerHalfDoesNotCutTheStory() {
        // "Trending" follows most of the story, but two prose lines come right after it: the story resumes.
        let s4 = "Ferry crews said they would need two more deckhands for the early sailing in winter."
        let s5 = "The council will publish the final timetable on its website in November."
        let text = "\(story1)\n\n\(story2)\n\n\(story3)\n\nTrending\n\n\(s4)\n\n\(s5)"
        XCTAssertEqual(remover.article(from: text).paragraphs, [story1, story2, story3, s4, s5])
    }

    func testDatelineOpensTheStoryAfterTeasers() {
        let teaser = "Weekend forecast: sunshine along the coast, and a chance of fog near the harbor in the morning."
        let text = """
        Ferry council backs winter timetable

        \(teaser)

        GRENBY, Norway (AP) — \(story1)

        \(story2)

        \(story3)
        """
        let a = remover.article(from: text)
        XCTAssertEqual(a.title, "Ferry council backs winter timetable")
        XCTAssertEqual(a.paragraphs, ["GRENBY, Norway (AP) — \(story1)", story2, story3])
    }

    func testHeadlinesUnderATeaserHeaderAreNeverTheTitle() {
        // "Ferry fares: council backs winter timetable for island" shares more words with the story
        // than the real title, but it is listed under "Related articles".
        let text = """
        Island ferry timetable agreed

        \(story1)

        Related articles

        Ferry fares: council backs winter timetable for island route

        \(story2)

        \(story3)
        """
        let a = remover.article(from: text)
        XCTAssertEqual(a.title, "Island ferry timetable agreed")
        XCTAssertEqual(a.paragraphs, [story1, story2, story3])
    }

    func testRepeatedLinesAreKeptOnce() {
        let text = "Ferry council backs winter timetable\n\nFerry council backs winter timetable\n\n\(story1)\n\n\(story1)"
        let a = remover.article(from: text)
        XCTAssertEqual(a.title, "Ferry council backs winter timetable")
        XCTAssertEqual(a.paragraphs, [story1])
    }

    func testBoilerplateSentencesAreDropped() {
        let text = """
        We use cookies to give you the best experience on our site.

        Ferry council backs winter timetable

        \(story1)

        Ola Berg in Oslo contributed to this report.

        Copyright 2025 Grenby Post. All rights reserved.

        Sign up for our daily newsletter to get the news first.
        """
        let a = remover.article(from: text)
        XCTAssertEqual(a.title, "Ferry council backs winter timetable")
        XCTAssertEqual(a.paragraphs, [story1])
    }

    func testTitleIsTheHeadlineSharingWordsWithTheStory() {
        // "Weather warnings for the weekend" shares no 4+-letter word with the story;
        // "Ferry council backs winter timetable" shares ferry, council, winter, timetable (4).
        let text = "Ferry council backs winter timetable\n\nWeather warnings for the weekend\n\n\(story1)"
        XCTAssertEqual(remover.article(from: text).title, "Ferry council backs winter timetable")
    }

    func testHardWrappedProseIsJoinedIntoOneParagraph() {
        let text = "The ferry council met on Tuesday to discuss the new\nwinter timetable for the island route.\n\n\(story2)"
        XCTAssertEqual(remover.article(from: text).paragraphs, [story1, story2])
    }

    func testWindowsLineEndings() {
        let text = "Skip to main content\r\n\r\nFerry council backs winter timetable\r\n\r\n\(story1)\r\n\r\n\(story2)\r\n"
        let a = remover.article(from: text)
        XCTAssertEqual(a.title, "Ferry council backs winter timetable")
        XCTAssertEqual(a.paragraphs, [story1, story2])
    }

    func testSubheadsInsideTheStoryAreDropped() {
        let text = "\(story1)\n\nWhat happens next\n\n\(story2)"
        XCTAssertEqual(remover.article(from: text).paragraphs, [story1, story2])
    }

    func testTextWithoutProseGivesNoParagraphs() {
        let a = remover.article(from: "Home\nNews\nSports\n")
        XCTAssertNil(a.title)
        XCTAssertEqual(a.paragraphs, [])
    }

    func testSourceRangesPointIntoTheInput() {
        let text = "Skip to main content\n\nFerry council backs winter timetable\n\n\(story1)"
        let a = remover.article(from: text)
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: Range<Int>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[r]); return String(v) }
        // "Skip to main content\n\n" is 20 + 2 = 22 scalars, so the title starts at 22.
        XCTAssertEqual(a.titleSourceRange, 22..<58)
        XCTAssertEqual(a.paragraphSourceRanges.map { $0.map(slice) }, [story1])
    }

    func testCurlyQuotesAndNonBreakingSpacesDoNotHideLabels() {
        let text = "Share\u{00A0}this\u{00A0}article\n\nEditor’s Picks\n\n\(story1)"
        let a = remover.article(from: text)
        XCTAssertEqual(a.paragraphs, [story1])
        XCTAssertNil(a.title)
    }
}
