import XCTest
import LinearAlgebra
@testable import Summarization

final class RankerTests: XCTestCase {
    /// Three sentences: 0 and 1 share "river flood", 2 shares nothing.
    let text = "River flood warnings rose. River flood barriers held. Cats nap daily."

    func testTextRankOverlapHandComputed() throws {
        let doc = analyzed(text)
        // Terms (stems): s0 {river, flood, warn, rose}, s1 {river, flood, barrier, held}, s2 {cat, nap, daili}.
        // w01 = 2 / (ln 4 + ln 4) = 0.721348; s2 is isolated (dangling).
        let w = overlapSimilarity(doc, 0..<3)
        XCTAssertEqual(w[0, 1], 2 / (2 * log(4)), accuracy: 1e-5)
        XCTAssertEqual(w[0, 2], 0)
        let scores = try TextRankSummarizer(similarity: .overlap).scores(for: doc)
        // Scores are n·π: they sum to n = 3 (π is a probability vector), and the connected pair wins.
        XCTAssertEqual(scores.reduce(0, +), 3, accuracy: 1e-4)
        XCTAssertEqual(scores[0], scores[1], accuracy: 1e-5)
        XCTAssertGreaterThan(scores[0], scores[2])
    }

    func testLexRankVariantsAreProbabilityVectorsScaledByN() throws {
        let doc = analyzed(bridgeStory)
        for s in [LexRankSummarizer(threshold: nil), LexRankSummarizer(threshold: 0.1), TextRankSummarizer(similarity: .cosine)] as [any Summarizer] {
            let scores = try s.scores(for: doc)
            XCTAssertEqual(scores.reduce(0, +), Double(doc.count), accuracy: 1e-3, "\(s.method)")
            XCTAssertTrue(scores.allSatisfy { $0 > 0 })
        }
    }

    func testCentroidScoresAreCosinesWithTheMean() throws {
        // Two identical sentences and one orthogonal: centroid = (2a + b)/3 with a ⟂ b unit vectors;
        // cos(a, c) = 2/√5 = 0.894427, cos(b, c) = 1/√5 = 0.447214.
        let doc = analyzed("Apples ripen. Apples ripen. Trains depart.")
        let scores = try CentroidSummarizer().scores(for: doc)
        XCTAssertEqual(scores[0], 2 / 5.0.squareRoot(), accuracy: 1e-5)
        XCTAssertEqual(scores[2], 1 / 5.0.squareRoot(), accuracy: 1e-5)
    }

    func testLSAFavoursTheDominantTopic() throws {
        let doc = analyzed("Flood flood river. River flood water. Flood water rising. Cats nap.")
        let scores = try LSASummarizer(dimensions: 1).scores(for: doc)
        XCTAssertEqual(rankOrder(scores).last, 3, "the off-topic sentence ranks last: \(scores)")
        XCTAssertTrue(scores.allSatisfy { $0 >= 0 })
    }

    func testCentralityPositionPriorAndDirection() throws {
        // Two unconnected sentences of equal length: only the position prior separates them.
        let doc = analyzed("Apples ripen slowly. Trains depart late.")
        let s = try CentralitySummarizer(positionPrior: 1, lengthExponent: 0).scores(for: doc)
        // c = 0 for both (no shared terms): scores are γ/(1+0) = 1 and γ/(1+1) = 0.5.
        XCTAssertEqual(s, [1, 0.5])
        // λ₁ = 0 (earlier sentences do not count): a sentence gains only from later ones.
        let d2 = analyzed(text)
        let directed = try CentralitySummarizer(similarity: .overlap, lambdaEarlier: 0, positionPrior: 0, lengthExponent: 0).scores(for: d2)
        XCTAssertGreaterThan(directed[0], 0)
        XCTAssertEqual(directed[1], 0)
    }

    func testLSAEigenRouteMatchesTheSVDOnLongBlocks() throws {
        // 300 sentences (> gramThreshold) over many distinct terms (so rows < columns).
        let words: [String] = (0..<400).map { "W\($0)x" }
        var sentences: [String] = []
        var state: UInt64 = 2024 // a fixed LCG stream: distinct singular values, no ties at the cut
        for _ in 0..<300 {
            var picked: [String] = []
            for _ in 0..<6 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                picked.append(words[Int(state >> 33) % 400])
            }
            sentences.append(picked.joined(separator: " ") + ".")
        }
        let text = sentences.joined(separator: " ")
        let doc = analyzed(text)
        XCTAssertEqual(doc.count, 300)
        let scores = try LSASummarizer().scores(for: doc)
        let x: Matrix<Float> = doc.rawTFIDFMatrix().matrix
        XCTAssertLessThan(x.rows, x.columns)
        let svd: SingularValueDecomposition<Float> = try truncatedSVD(x, rank: 3)
        for i in stride(from: 0, to: 300, by: 37) {
            var s: Double = 0
            for d in 0..<3 { let v: Double = Double(svd.singularValues[d]) * Double(svd.u[i, d]); s += v * v }
            let expected = s.squareRoot(), tolerance: Double = 1e-3 * Swift.max(1.0, expected)
            XCTAssertEqual(scores[i], expected, accuracy: tolerance)
        }
    }
}
