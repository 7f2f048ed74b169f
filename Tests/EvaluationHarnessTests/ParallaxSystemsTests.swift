import XCTest
import Summarization
import TextProcessing
@testable import EvaluationHarness

final class ParallaxSystemsTests: XCTestCase {
    func testNamesAreTheSummarizationMethodsAndDefaultsAreTheIssuesList() {
        XCTAssertEqual(ParallaxSystems.names, SummarizationMethod.allCases.map(\.rawValue))
        XCTAssertEqual(Array(ParallaxSystems.defaultNames.prefix(6)), ["lead", "random", "tfidf", "textrank", "lexrank", "lsa"])
        XCTAssertEqual(ParallaxSystems.defaultNames.last, SummarizationMethod.default.rawValue)
    }

    /// Lead on a two-paragraph invented article: the first k sentences, in order; the same
    /// record summarized twice (second time from the shared analysis) gives the same answer.
    func testSystemsSummarizeAPreparedRecord() throws {
        let record = EvaluationRecord(id: "x", sources: [.text("The tide came in early. Boats were moved.\n\nThe harbour master spoke at noon. Nobody was hurt.")],
                                      references: ["The tide came in early."], line: 1)
        let prepared = PreparedRecord(record, extractHTML: { Article(paragraphs: [$0]) })
        let systems = try ParallaxSystems.systems(named: ["lead", "textrank"])
        XCTAssertEqual(systems.map(\.name), ["lead", "textrank"])
        XCTAssertEqual(try systems[0].summarize(prepared, length: .sentences(2), seed: 0), ["The tide came in early.", "Boats were moved."])
        let first = try systems[1].summarize(prepared, length: .sentences(2), seed: 0)
        XCTAssertEqual(first.count, 2)
        XCTAssertEqual(try systems[1].summarize(prepared, length: .sentences(2), seed: 0), first)
    }
}
