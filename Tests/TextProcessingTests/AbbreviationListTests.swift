import XCTest
@testable import TextProcessing

final class AbbreviationListTests: XCTestCase {
    func testParsesKindsSkippingCommentsAndBlankLines() throws {
        let kinds = try AbbreviationList.parseKinds("# kinds\n\ngen\ttitle\nno\tnumber\n  inc\tordinary  \n", file: "x.tsv")
        XCTAssertEqual(kinds, ["gen": .title, "no": .number, "inc": .ordinary])
    }

    func testModelLinesEndAtLineFeedsAndAreTrimmed() {
        // CRLF endings, a no-break space (Zs) and tabs around an entry, an indented comment, a
        // blank line of spaces, no final newline; numbers count every line.
        let lines = ModelStore.entryLines("gen\ttitle\r\n  # note\n \t \n\u{00A0}inc\t\r\nlast")
        XCTAssertEqual(lines.map(\.number), [1, 4, 5])
        XCTAssertEqual(lines.map(\.text), ["gen\ttitle", "inc", "last"])
        XCTAssertEqual(try AbbreviationList.parseKinds("# c\r\ngen\ttitle\r\n", file: "x.tsv"), ["gen": .title])
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

    /// The splitter looks a word up only when it is no longer than the longest abbreviation (in
    /// bytes); that length follows the list when it changes.
    func testLongestAbbreviationFollowsTheListAndLongWordsStillEndSentences() {
        var list = AbbreviationList(kinds: ["gen": .title], sentenceStarters: [], timeContext: [])
        XCTAssertEqual(list.longestAbbreviationBytes, 3)
        list.kinds["commissr"] = .title   // 8 bytes
        XCTAssertEqual(list.longestAbbreviationBytes, 8)
        let splitter = SentenceSplitter(abbreviations: list)
        // "Commissr." (8 letters) is looked up and holds; "Commissioner." (12) ends its sentence.
        XCTAssertEqual(splitter.split("Commissr. Lund left. The Commissioner. Lund stayed."),
                       ["Commissr. Lund left.", "The Commissioner.", "Lund stayed."])
        list.kinds = [:]
        XCTAssertEqual(list.longestAbbreviationBytes, 0)
    }
}
