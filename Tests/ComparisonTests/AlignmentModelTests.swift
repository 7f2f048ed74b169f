import XCTest
@testable import Comparison

final class AlignmentModelTests: XCTestCase {
    func testProbabilityIsTheLogisticOfTheScore() {
        // bias −1 + 2·1 (cosine) = 1 → σ(1) = 1 / (1 + e⁻¹) ≈ 0.731059.
        var w = Array(repeating: 0.0, count: PairFeatures.names.count)
        w[0] = 2
        let m = AlignmentModel(bias: -1, weights: w, threshold: 0.7)
        var v = Array(repeating: 0.0, count: PairFeatures.names.count)
        v[0] = 1
        XCTAssertEqual(m.probability(PairFeatures(values: v)), 0.7310585786, accuracy: 1e-9)
        XCTAssertTrue(m.aligned(PairFeatures(values: v)))
        XCTAssertFalse(m.aligned(PairFeatures(values: Array(repeating: 0, count: v.count))))
    }

    func testBundledModelLoads() throws {
        let m = try AlignmentModel.bundled()
        XCTAssertEqual(m.weights.count, PairFeatures.names.count)
        XCTAssertTrue((0.05...0.95).contains(m.threshold))
    }

    func testMalformedLinesAreNamed() {
        XCTAssertThrowsError(try AlignmentModel.parse(["bias\tx"], file: "w.tsv")) { e in
            XCTAssertEqual("\(e)", "w.tsv:1: expected name<TAB>number, found 'bias\tx'")
        }
        XCTAssertThrowsError(try AlignmentModel.parse(["bias\t1"], file: "w.tsv")) { e in
            XCTAssertEqual("\(e)", "w.tsv:1: expected a line for 'threshold', found 'end of file'")
        }
    }
}
