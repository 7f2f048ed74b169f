import XCTest
@testable import TextProcessing

final class AbbreviationListTests: XCTestCase {
    func testParsesKindsSkippingCommentsAndBlankLines() throws {
        let kinds = try AbbreviationList.parseKinds("# kinds\n\ngen\ttitle\nno\tnumber\n  inc\tordinary  \n", file: "x.tsv")
        XCTAssertEqual(kinds, ["gen": .title, "no": .number, "inc": .ordinary])
    }

    func testMalformedLineNamesFileLineAndExpectation() {
        // Line 3 (1-based, comments counted) has an unknown kind.
        XCTAssertThrowsError(try AbbreviationList.parseKinds("# c\ngen\ttitle\nsgt\trank\n", file: "abbreviations/test/abbreviations.tsv")) {
            XCTAssertEqual(($0 as? ModelError)?.description,
                           "abbreviations/test/abbreviations.tsv:3: expected abbreviation<TAB>title|number|ordinary, found 'sgt\trank'")
        }
    }

    func testShippedModelMatchesItsManifestCounts() throws {
        // MANIFEST.json of en-parallax-v1 counts 104 abbreviations, 109 starters, 62 time words.
        let list = try AbbreviationList.loadEnglish()
        XCTAssertEqual(list.kinds.count, 104)
        XCTAssertEqual(list.sentenceStarters.count, 109)
        XCTAssertEqual(list.timeContext.count, 62)
        XCTAssertNil(list.kinds["etc"], "etc. is left out on purpose")
    }

    func testSplitterWithoutListsStillSplitsPlainSentences() {
        let bare = SentenceSplitter(abbreviations: AbbreviationList(kinds: [:], sentenceStarters: [], timeContext: []))
        XCTAssertEqual(bare.split("Gen. Lund left. She came back."), ["Gen.", "Lund left.", "She came back."])
    }
}
