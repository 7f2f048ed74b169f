import XCTest
@testable import Comparison
import TextProcessing

final class FramingProfileTests: XCTestCase {
    func profile(_ paragraphs: [String], title: String? = nil) -> FramingProfile {
        let body = Article(title: title, paragraphs: paragraphs)
        return FramingProfile.measure(headline: title, sentences: SentenceSplitter().sentences(in: body.body),
                                      lexicons: Fixtures.lexicons, nonNames: Fixtures.comparer.nonNames)
    }

    func testRatesPerHundredWordsWithTriggers() {
        // 10 words; "claimed" is a loaded attribution (1 per 10 words = 10 per 100) and an assertive;
        // "rioters" is loaded; "extremely" an intensifier.
        let p = profile(["Mayor Voss claimed the extremely violent rioters had fled."])
        XCTAssertEqual(p.words, 9)
        XCTAssertEqual(p.loadedAttribution.count, 1)
        XCTAssertEqual(p.loadedAttribution.per100Words, 100.0 / 9, accuracy: 1e-9)
        XCTAssertEqual(p.loaded.triggers.map(\.term), ["fled", "rioters", "violent"])
        XCTAssertEqual(p.intensifiers.triggers.map(\.term), ["extremely"])
        XCTAssertEqual(p.neutralAttribution.count, 0)
    }

    func testSpeakersFromThreePatterns() {
        let p = profile([
            "\"We marched for a fair wage,\" said Tomas Reyne, the union's chairman.",
            "Police Chief Hal Brandt said officers had acted lawfully.",
            "The march was peaceful, according to Ines Balder.",
            "Reyne told reporters the union would return.",
        ])
        XCTAssertEqual(p.speakers, [
            .init(name: "Tomas Reyne", statements: 2, direct: 1),  // "Reyne" resolves to the full name
            .init(name: "Hal Brandt", statements: 1, direct: 0),
            .init(name: "Ines Balder", statements: 1, direct: 0),
        ])
    }

    func testAppositiveSubjectIsTheSpeaker() {
        let p = profile(["Ines Balder, an observer from the Calder Rights Forum, said the march was calm."])
        XCTAssertEqual(p.speakers.map(\.name), ["Ines Balder"])
    }

    func testQuotationShareCountsQuotedWords() {
        // 8 words, 4 inside quotes ("we will not stop") → 0.5; the quote spans no paragraph break.
        let p = profile(["\u{201C}We will not stop,\u{201D} the chairman said today."])
        XCTAssertEqual(p.words, 8)
        XCTAssertEqual(p.quotationShare, 0.5, accuracy: 1e-12)
    }

    func testEntitiesWithFirstMentionAndHeadline() {
        let p = profile(["Crowds gathered in Port Calder on Saturday.", "Mayor Elena Voss spoke.", "Voss left Port Calder."],
                        title: "Voss faces crowds")
        XCTAssertEqual(p.entities.first, .init(name: "Port Calder", count: 2, firstSentence: 0, inHeadline: false))
        XCTAssertEqual(p.entities.dropFirst().first, .init(name: "Elena Voss", count: 2, firstSentence: 1, inHeadline: true))
        XCTAssertFalse(p.entities.contains { $0.name == "Saturday" })
    }

    func testEmptyTextHasZeroRates() {
        let p = profile([])
        XCTAssertEqual(p.words, 0)
        XCTAssertEqual(p.hedges.per100Words, 0)
        XCTAssertNil(p.valence)
        XCTAssertEqual(p.quotationShare, 0)
    }
}
