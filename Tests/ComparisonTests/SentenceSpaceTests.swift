import XCTest
@testable import Comparison

final class SentenceSpaceTests: XCTestCase {
    func testCrossSimilarityFromOneBLASCallMatchesSparseCosine() throws {
        // A repeatable pseudo-random corpus (LCG, seed 42, printed on failure).
        var seed: UInt64 = 42
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        let vocab = ["harbour", "police", "march", "union", "wage", "mayor", "crowd", "street", "window", "talks",
                     "contract", "officer", "hospital", "shop", "damage", "chairman", "city", "port", "crew", "pay"]
        let texts = (0..<24).map { _ in (0..<(3 + next() % 6)).map { _ in vocab[next() % vocab.count] }.joined(separator: " ") }
        let groups = (0..<24).map { $0 / 8 }
        let space = try _SentenceSpace(texts: texts)
        let sim = space.crossSimilarity(groups: groups)
        for i in 0..<24 {
            for j in 0..<24 where groups[i] != groups[j] {
                XCTAssertEqual(sim[i * 24 + j], space.cosine(i, j), accuracy: 1e-5, "seed 42, \(i),\(j)")
                XCTAssertEqual(sim[i * 24 + j], sim[j * 24 + i], accuracy: 1e-6)
            }
        }
    }

    func testIdenticalDisjointAndEmptySentences() throws {
        let space = try _SentenceSpace(texts: ["Harbour police march.", "Harbour police march.", "Comet tails glow.", "the of and"])
        XCTAssertEqual(space.cosine(0, 1), 1, accuracy: 1e-6)
        XCTAssertEqual(space.cosine(0, 2), 0)
        XCTAssertEqual(space.cosine(0, 3), 0)  // stop words only: an empty vector, cosine defined as 0
        XCTAssertEqual(space.terms[0], ["harbour", "polic", "march"])  // Porter stems
    }
}
