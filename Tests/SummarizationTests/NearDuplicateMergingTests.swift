import XCTest
import TextProcessing
@testable import Summarization

final class NearDuplicateMergingTests: XCTestCase {
    func testCrossSourceDuplicatesMergeIntoTheFirst() {
        let v = testVectorizer()
        let doc = v.analyze([
            Article(text: "The mayor opened the new library on Friday. Readers queued early."),
            Article(text: "The mayor opened the new library on Friday! Critics cited its cost."),
        ]).mergingNearDuplicates()
        XCTAssertEqual(doc.sentences.map(\.text), ["The mayor opened the new library on Friday.", "Readers queued early.", "Critics cited its cost."])
        XCTAssertEqual(doc.sentences[0].alsoIn, [1])
        XCTAssertEqual(doc.termRows.count, 3)
    }

    func testSameSourceRepeatsAreKept() {
        let doc = analyzed("Rain fell. Rain fell.").mergingNearDuplicates()
        XCTAssertEqual(doc.count, 2)
    }
}
