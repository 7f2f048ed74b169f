import XCTest
@testable import Comparison

final class SentenceSpaceTests: XCTestCase {
    func testCrossSimilarityMatchesSparseCosineAcrossGroups() {
        // A repeatable pseudo-random corpus (LCG, seed printed on failure).
        var seed: UInt64 = 42
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        let vocab = (0..<30).map { "w\($0)" }
        let terms = (0..<24).map { _ in (0..<(3 + next() % 6)).map { _ in vocab[next() % vocab.count] } }
        let groups = (0..<24).map { $0 / 8 }
        let space = _SentenceSpace(terms: terms)
        let sim = space.crossSimilarity(groups: groups)
        for i in 0..<24 {
            for j in 0..<24 where groups[i] != groups[j] {
                XCTAssertEqual(sim[i * 24 + j], space.cosine(i, j), accuracy: 1e-5, "seed 42, \(i),\(j)")
                XCTAssertEqual(sim[i * 24 + j], sim[j * 24 + i], accuracy: 1e-6)
            }
        }
    }

    func testIdenticalAndDisjointRows() {
        // Smoothed idf with N = 3: "a" in 2 docs → ln(4/3) + 1; cosine of identical rows is 1.
        let space = _SentenceSpace(terms: [["a", "b"], ["a", "b"], ["c"]])
        XCTAssertEqual(space.cosine(0, 1), 1, accuracy: 1e-6)
        XCTAssertEqual(space.cosine(0, 2), 0)
        let empty = _SentenceSpace(terms: [[], ["a"]])
        XCTAssertEqual(empty.cosine(0, 1), 0)
    }
}
