import XCTest
@testable import Comparison

final class StoryComparerTests: XCTestCase {
    let comparer = Fixtures.comparer

    // MARK: the demo story: every planted difference (Examples/story/README.md lists them)

    func demo() throws -> StoryComparison { try comparer.compare(try Fixtures.demo()) }

    /// The fact whose `outlet` sentence contains `text`.
    func fact(_ r: StoryComparison, _ outlet: String, containing text: String,
              file: StaticString = #filePath, line: UInt = #line) -> StoryComparison.Fact? {
        guard let o = r.outlets.firstIndex(where: { $0.name == outlet }),
              let s = r.outlets[o].sentences.firstIndex(where: { $0.text.contains(text) }),
              let id = r.outlets[o].sentences[s].fact else {
            XCTFail("no fact for \(outlet): \(text)", file: file, line: line); return nil
        }
        return r.facts.first { $0.id == id }
    }

    func edits(_ r: StoryComparison, _ f: StoryComparison.Fact?, _ outlet: String) -> [WordDiff.Edit] {
        guard let f, let o = r.outlets.firstIndex(where: { $0.name == outlet }) else { return [] }
        return f.differences.first { $0.outlet == o }?.diff.edits ?? []
    }

    func names(_ r: StoryComparison, _ f: StoryComparison.Fact?) -> [String] {
        f.map { $0.members.map { r.outlets[$0.outlet].name } } ?? []
    }

    func testDemoWordingSubstitutionsAndAdditions() throws {
        let r = try demo()
        let arrest = fact(r, "harbour-ledger", containing: "detained 14 people on Saturday")
        let courier = edits(r, arrest, "northgate-courier")
        XCTAssertTrue(courier.contains(.init(kind: .substitution, from: "detained", to: "seized", tags: ["loaded"])))
        XCTAssertTrue(courier.contains(.init(kind: .addition, from: "", to: "unlawful", tags: ["loaded"])))
        XCTAssertTrue(courier.contains(.init(kind: .substitution, from: "scuffles", to: "violent clashes", tags: ["loaded"])))

        let march = fact(r, "harbour-ledger", containing: "About 2,000 protesters")
        XCTAssertEqual(names(r, march).count, 3)
        XCTAssertEqual(edits(r, march, "northgate-courier"), [.init(kind: .substitution, from: "protesters", to: "rioters", tags: ["loaded"])])

        let mayor = fact(r, "harbour-ledger", containing: "Mayor Elena Voss said")
        XCTAssertEqual(edits(r, mayor, "calder-star"), [.init(kind: .substitution, from: "said", to: "claimed", tags: ["attribution", "loaded"])])

        let windows = fact(r, "harbour-ledger", containing: "shop windows")
        let w = edits(r, windows, "northgate-courier")
        XCTAssertTrue(w.contains(.init(kind: .substitution, from: "broken", to: "smashed", tags: ["loaded"])))
        XCTAssertTrue(w.contains(.init(kind: .omission, from: "according to police", to: "", tags: ["attribution", "hedge"])))

        let talks = fact(r, "harbour-ledger", containing: "talks on a new contract")
        XCTAssertEqual(edits(r, talks, "calder-star").map(\.tags), [["hedge"]])  // may → might

        let pay = fact(r, "harbour-ledger", containing: "pay rise since 2019")
        XCTAssertEqual(edits(r, pay, "calder-star"),
                       [.init(kind: .addition, from: "", to: "while the harbour company's profits have risen sharply", tags: ["intensifier"])])
    }

    func testDemoSelectionOmissionsAndUniqueContent() throws {
        let r = try demo()
        let officer = fact(r, "harbour-ledger", containing: "police officer was treated")
        let star = r.outlets.first { $0.name == "calder-star" }!, courier = r.outlets.first { $0.name == "northgate-courier" }!
        XCTAssertTrue(star.omitted.contains(officer!.id))
        for text in ["pay rise since 2019", "We marched for a fair wage", "talks on a new contract"] {
            XCTAssertTrue(courier.omitted.contains(fact(r, "harbour-ledger", containing: text)!.id), text)
        }
        XCTAssertEqual(r.outlets.first { $0.name == "harbour-ledger" }!.sentences.filter(\.unique).count, 0)
        XCTAssertEqual(courier.sentences.filter(\.unique).map(\.text), ["Damage to shops was estimated at 40,000 crowns by the Quay Street Traders' Association."])
        XCTAssertEqual(star.sentences.filter(\.unique).count, 2)  // Okafor's quote, the observer's account
    }

    func testDemoFramingWhoIsQuotedAndLoadedRates() throws {
        let r = try demo()
        let p = Dictionary(uniqueKeysWithValues: r.outlets.map { ($0.name, $0.profile) })
        XCTAssertEqual(p["calder-star"]!.speakers.map(\.name), ["Tomas Reyne", "Mira Okafor", "Ines Balder", "Elena Voss"])
        XCTAssertEqual(p["harbour-ledger"]!.speakers.map(\.name), ["Tomas Reyne", "Hal Brandt", "Elena Voss"])
        XCTAssertEqual(p["northgate-courier"]!.speakers.map(\.name), ["Hal Brandt", "Elena Voss"])
        XCTAssertEqual(p["calder-star"]!.loadedAttribution.triggers.map(\.term), ["claimed"])
        XCTAssertEqual(p["calder-star"]!.intensifiers.triggers.map(\.term), ["extremely", "sharply"])
        XCTAssertEqual(p["harbour-ledger"]!.loaded.count, 0)
        XCTAssertEqual(Set(p["northgate-courier"]!.loaded.triggers.map(\.term)), ["violent", "clashes", "rioters", "seized", "unlawful", "smashed"])
        XCTAssertGreaterThan(p["northgate-courier"]!.loaded.per100Words, 4)
    }

    func testDemoConsensusUsesTheLeastLoadedWording() throws {
        let r = try demo()
        XCTAssertFalse(r.consensus.isEmpty)
        let text = r.consensus.map(\.text).joined(separator: " ")
        XCTAssertTrue(text.contains("detained 14 people"))
        XCTAssertTrue(text.contains("2,000 protesters"))
        // Opens with the neutral headline ("detain", not the Courier's "arrest … turns violent").
        XCTAssertEqual(r.consensus.first, .init(text: "Police detain 14 after harbour wage march in Port Calder.", fact: nil,
                                                outlets: ["harbour-ledger", "northgate-courier"]))
        XCTAssertEqual(r.consensus.dropFirst().first?.outlets.count, 3)
        for c in r.consensus {
            XCTAssertEqual(FramingProfile.loadedTerms(_WordScanner.words(c.text).map(\.lower), Fixtures.lexicons), [], c.text)
        }
    }

    // MARK: edge cases

    func testTwoIdenticalVersionsShareEveryFact() throws {
        let paragraphs = ["Police detained 14 people after a march in the harbour city on Saturday.",
                          "The union says crews have not had a pay rise since 2019.",
                          "Talks on a new contract may resume next week, the authority said."]
        let r = try comparer.compare([Fixtures.version("A", paragraphs), Fixtures.version("B", paragraphs)])
        XCTAssertEqual(r.facts.count, 3)
        XCTAssertTrue(r.facts.allSatisfy { $0.members.count == 2 && $0.differences.allSatisfy { $0.diff.edits.isEmpty } })
        XCTAssertTrue(r.outlets.allSatisfy { $0.sentences.allSatisfy { !$0.unique } && $0.omitted.isEmpty })
        XCTAssertEqual(r.coverageSummary.all, 3)
    }

    func testConsensusQuotesAFirstSentenceWithoutItsWireDateline() throws {
        // Two identical versions: three facts of 13 + 14 + 12 = 39 words, under the 60-word
        // budget, so all three enter the consensus. The first carries a wire dateline, which the
        // consensus drops (the outlet's own sentence keeps it); the second sentence opens with
        // capitals and a dash but is not an outlet's first sentence, so it stays verbatim.
        let paragraphs = ["PORT CALDER (AP) — Police detained 14 people after a march in the harbour city on Saturday.",
                          "HARBOUR BOARD — its nine members — said crews have had no pay rise since 2019.",
                          "Talks on a new contract may resume next week, the authority said."]
        let r = try comparer.compare([Fixtures.version("A", paragraphs), Fixtures.version("B", paragraphs)])
        XCTAssertEqual(r.consensus.map(\.text), [
            "Police detained 14 people after a march in the harbour city on Saturday.",
            "HARBOUR BOARD — its nine members — said crews have had no pay rise since 2019.",
            "Talks on a new contract may resume next week, the authority said.",
        ])
        XCTAssertEqual(r.outlets[0].sentences[0].text, paragraphs[0])
    }

    func testVersionsWithNoOverlapHaveNoFacts() throws {
        let r = try comparer.compare([
            Fixtures.version("A", ["Bakers in the valley sold fresh bread at dawn."]),
            Fixtures.version("B", ["Astronomers measured a distant comet's tail."]),
        ])
        XCTAssertEqual(r.facts.count, 0)
        XCTAssertTrue(r.outlets.allSatisfy { $0.sentences.allSatisfy { $0.unique && $0.fact == nil } })
        XCTAssertEqual(r.consensus.count, 2)  // filled with single outlets' sentences
        XCTAssertTrue(r.consensus.allSatisfy { $0.fact == nil && $0.outlets.count == 1 })
    }

    func testOneVersionHasNoFactsNoUniqueSentencesAndASummary() throws {
        let r = try comparer.compare([Fixtures.version("Ledger", [
            "The council of Vellmar approved a new bridge on Monday.",
            "Critics claimed the vote was rushed.",
            "Work starts in spring and the bridge opens in two years.",
        ])])
        XCTAssertEqual(r.facts.count, 0)
        XCTAssertEqual(r.outlets.count, 1)
        // "unique" means another outlet leaves the sentence out: with no other outlet, none is.
        XCTAssertEqual(r.outlets[0].sentences.map(\.unique), [false, false, false])
        XCTAssertEqual(r.outlets[0].sentences.map(\.fact), [nil, nil, nil])
        XCTAssertEqual(r.outlets[0].sentences[1].loaded, ["claimed"])
        XCTAssertEqual(r.outlets[0].omitted, [])
        // The summary is drawn from the version's own sentences, each attributed to it.
        let texts = Set(r.outlets[0].sentences.map(\.text))
        XCTAssertFalse(r.consensus.isEmpty)
        XCTAssertTrue(r.consensus.allSatisfy { texts.contains($0.text) && $0.outlets == ["Ledger"] && $0.fact == nil })
    }

    func testVersionCountDuplicateAndEmptyErrors() {
        let one = Fixtures.version("A", ["Some text here."])
        XCTAssertThrowsError(try comparer.compare([])) { e in XCTAssertEqual("\(e)", "no versions to compare") }
        XCTAssertThrowsError(try comparer.compare(Array(repeating: one, count: 51).enumerated().map { k, v in
            var v = v; v.name = "o\(k)"; return v
        })) { e in XCTAssertEqual("\(e)", "compare takes 1 to 50 versions of a story, got 51") }
        XCTAssertThrowsError(try comparer.compare([one, one])) { e in
            XCTAssertEqual("\(e)", "two versions are both named 'A'; name them with --outlet NAME=PATH")
        }
        XCTAssertThrowsError(try comparer.compare([one, Fixtures.version("B", ["…", "—"])])) { e in
            XCTAssertEqual("\(e)", "version 'B' has no text")
        }
    }

    func testAFactHasAtMostOneSentencePerOutlet() throws {
        // A repeats itself; B says it once: only one of A's sentences can join B's.
        let r = try comparer.compare([
            Fixtures.version("A", ["Police detained 14 people after the harbour march on Saturday.",
                                   "Police detained 14 people after the harbour march on Saturday night."]),
            Fixtures.version("B", ["Police detained 14 people after the harbour march on Saturday."]),
        ])
        XCTAssertEqual(r.facts.count, 1)
        XCTAssertEqual(r.facts[0].members.map(\.outlet), [0, 1])
        XCTAssertEqual(r.outlets[0].sentences.filter(\.unique).count, 1)
    }
}
