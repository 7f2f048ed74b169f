import XCTest
@testable import LinearAlgebra

final class SimilarityTests: XCTestCase {
    func testNormalizeRowsReturnsNormsAndKeepsZeroRows() {
        // |(3, 4)| = 5 → (0.6, 0.8); the zero row stays zero.
        var m = Matrix<Float>(rows: 2, columns: 2, storage: [3, 4, 0, 0])
        XCTAssertEqual(m.normalizeRows(), [5, 0])
        assertClose(m.storage, [0.6, 0.8, 0, 0], tolerance: 1e-6)
    }

    func testCosineHandComputedWithZeroVector() {
        // (1,0)·(1,1) / (1·√2) = 0.70711; the zero row is 0 against everything, itself included.
        let x = Matrix<Float>(rows: 3, columns: 2, storage: [1, 0, 1, 1, 0, 0])
        let s = cosineSimilarityMatrix(x)
        assertClose(s.storage, [1, 0.70710678, 0, 0.70710678, 1, 0, 0, 0, 0], tolerance: 1e-6)
    }

    func testCosineMatchesNaiveAndIsSymmetricWithUnitDiagonal() {
        withEverySeed { rng in
            let x: Matrix<Float> = randomMatrix(9, 13, &rng)
            let s = cosineSimilarityMatrix(x)
            for i in 0..<9 {
                XCTAssertEqual(s[i, i], 1, accuracy: 1e-5)
                for j in 0..<9 {
                    XCTAssertEqual(s[i, j], s[j, i])
                    XCTAssertLessThanOrEqual(abs(s[i, j]), 1)
                    var dot: Float = 0, ni: Float = 0, nj: Float = 0
                    for k in 0..<13 { dot += x[i, k] * x[j, k]; ni += x[i, k] * x[i, k]; nj += x[j, k] * x[j, k] }
                    XCTAssertEqual(s[i, j], dot / (ni.squareRoot() * nj.squareRoot()), accuracy: 1e-5)
                }
            }
        }
    }
}
