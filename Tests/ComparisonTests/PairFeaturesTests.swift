import XCTest
@testable import Comparison

final class PairFeaturesTests: XCTestCase {
    func features(_ a: String, _ b: String) -> PairFeatures {
        try! SentenceAligner(model: try! .bundled()).features(pairs: [(a, b)])[0]
    }

    func testIdenticalSentencesScoreOneEverywhere() {
        let f = features("Police detained 14 people in Port Calder.", "Police detained 14 people in Port Calder.")
        for (name, v) in zip(PairFeatures.names, f.values) { XCTAssertEqual(v, 1, accuracy: 1e-6, name) }
    }

    func testSymmetry() {
        let a = "About 2,000 protesters walked to the customs house.", b = "Some 2,000 rioters marched to the customs house on Saturday."
        let f = features(a, b), g = features(b, a)
        for (x, y) in zip(f.values, g.values) { XCTAssertEqual(x, y, accuracy: 1e-6) }
    }

    func testDiceAndContainmentArithmetic() {
        // a b c / b c d e: common 2 → Dice = 2·2 / (3 + 4) = 4/7.
        XCTAssertEqual(PairFeatures.dice(["a", "b", "c"], ["b", "c", "d", "e"]), 4.0 / 7, accuracy: 1e-12)
        // shorter {a, b, c}: 2 of 3 in the longer.
        XCTAssertEqual(PairFeatures.containment(["a", "b", "c"], ["b", "c", "d", "e"]), 2.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(PairFeatures.jaccardOrOne(Set<String>(), Set<String>()), 1)
        XCTAssertEqual(PairFeatures.jaccardOrOne(Set(["14"]), Set(["15"])), 0)
        XCTAssertEqual(PairFeatures.dice([String](), []), 1)  // both empty
    }

    func testNumbersDisagree() {
        let f = features("Police detained 14 people.", "Police detained 41 people.")
        XCTAssertEqual(f["numbers"], 0)
        XCTAssertEqual(f["unigram"], 0.75, accuracy: 1e-12)  // 3 of 4 words on each side: 2·3/8
    }
}
