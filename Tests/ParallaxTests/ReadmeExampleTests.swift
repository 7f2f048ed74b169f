import Foundation
import XCTest
import Parallax

/// The README's library example, compiled and run, so the README cannot drift from the API.
final class ReadmeExampleTests: XCTestCase {
    func testTheReadmeLibraryExampleRunsAndGivesWhatItSays() throws {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("Examples/harbor-bridge-scraped.txt"), encoding: .utf8)
        let article = BoilerplateRemover().article(from: page)
        let summary = try Summarization.summarize([article], method: .centrality, length: .sentences(3))
        XCTAssertEqual(summary.sentences.count, 3)
        for sentence in summary.sentences {
            XCTAssertTrue(article.body.contains(sentence.text), "not a sentence of the article: \(sentence.text)")
        }

        // The one-call form gives the same sentences.
        XCTAssertEqual(try Parallax.summarize(page).texts, summary.texts)
        XCTAssertEqual(try Parallax.summarize("<html><body><article><p>Short pages say little. They still get a summary.</p></article></body></html>", sentences: 1).sentences.count, 1)

        let scorer = try ROUGEScorer(metrics: [.n(1), .n(2), .lsum], options: .init(stem: true))
        let scores = scorer.score(reference: "Police detained 14 people.", prediction: "Police held 14 people.")
        // Tokens: police detain 14 peopl / police held 14 peopl: 3 of 4 shared, P = R = F = 3/4.
        XCTAssertEqual(scores["rouge1"]!.fmeasure, 0.75, accuracy: 1e-12)
        // Bigrams: (police detain)(detain 14)(14 peopl) vs (police held)(held 14)(14 peopl): 1 of 3.
        XCTAssertEqual(scores["rouge2"]!.fmeasure, 1.0 / 3.0, accuracy: 1e-12)
    }
}
