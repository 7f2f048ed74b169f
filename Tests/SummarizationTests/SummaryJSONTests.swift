import XCTest
import TextProcessing
@testable import Summarization

final class SummaryJSONTests: XCTestCase {
    func testJSONCarriesScoreRankPositionAndRange() throws {
        let s = try LeadSummarizer().summarize(analyzed("Alpha one. Beta two."), length: .sentences(1))
        // Lead scores: 1/(1+0) = 1, 1/(1+1) = 0.5.
        XCTAssertEqual(s.json(), #"{"method":"lead","sentences":[{"text":"Alpha one.","score":1,"rank":1,"position":0,"source":0,"position_in_source":0,"range":[0,10]}]}"#)
        XCTAssertTrue(s.json(includeCandidates: true).hasSuffix(#"{"text":"Beta two.","score":0.5,"rank":2,"position":1,"source":0,"position_in_source":1,"range":[11,20],"selected":false}]}"#))
    }

    func testArticleFromTextSplitsParagraphsOnBlankLines() {
        let a = Article(text: "  First para\nstill first.  \n \n\nSecond para.\n")
        XCTAssertEqual(a.paragraphs, ["First para\nstill first.", "Second para."])
        XCTAssertEqual(Article(text: " \n\n ").paragraphs, [])
    }
}
