import XCTest
@testable import LinearAlgebra

final class ProductsTests: XCTestCase {
    func testGemmHandComputed() {
        // [1 2; 3 4]·[5; 6] = [1·5+2·6; 3·5+4·6] = [17; 39]
        let a = Matrix<Float>(rows: 2, columns: 2, storage: [1, 2, 3, 4])
        let b = Matrix<Float>(rows: 2, columns: 1, storage: [5, 6])
        XCTAssertEqual(gemm(a, b).storage, [17, 39])
        // Aᵀ·b = [1·5+3·6; 2·5+4·6] = [23; 34]
        XCTAssertEqual(gemm(a, b, transposeA: true).storage, [23, 34])
    }

    func testGemmMatchesNaiveLoopsForEveryTransposition() {
        withEverySeed { rng in
            let a: Matrix<Float> = randomMatrix(7, 5, &rng), b: Matrix<Float> = randomMatrix(5, 4, &rng)
            let expected = naiveProduct(a, b)
            assertClose(gemm(a, b).storage, expected.storage, tolerance: 1e-5)
            assertClose(gemm(a.transposed, b, transposeA: true).storage, expected.storage, tolerance: 1e-5)
            assertClose(gemm(a, b.transposed, transposeB: true).storage, expected.storage, tolerance: 1e-5)
            assertClose(gemm(a.transposed, b.transposed, transposeA: true, transposeB: true, alpha: 2).storage,
                        expected.storage.map { 2 * $0 }, tolerance: 1e-5)
            let ad: Matrix<Double> = randomMatrix(6, 9, &rng), bd: Matrix<Double> = randomMatrix(9, 3, &rng)
            assertClose(gemm(ad, bd).storage, naiveProduct(ad, bd).storage, tolerance: 1e-12)
        }
    }

    func testSyrkIsTheFullSymmetricGramMatrix() {
        withEverySeed { rng in
            let a: Matrix<Float> = randomMatrix(8, 6, &rng)
            let g = syrk(a)
            assertClose(g.storage, naiveProduct(a, a.transposed).storage, tolerance: 1e-5)
            for i in 0..<8 { for j in 0..<8 { XCTAssertEqual(g[i, j], g[j, i]) } }
            let ad: Matrix<Double> = randomMatrix(5, 11, &rng)
            assertClose(syrk(ad).storage, naiveProduct(ad, ad.transposed).storage, tolerance: 1e-12)
        }
    }

    func testGemvBothWays() {
        // [1 2; 3 4]·[1; 1] = [3; 7]; [1 2; 3 4]ᵀ·[1; 1] = [4; 6]
        let a = Matrix<Float>(rows: 2, columns: 2, storage: [1, 2, 3, 4])
        XCTAssertEqual(gemv(a, [1, 1]), [3, 7])
        XCTAssertEqual(gemv(a, [1, 1], transpose: true), [4, 6])
        withEverySeed { rng in
            let m: Matrix<Double> = randomMatrix(4, 7, &rng), x: Matrix<Double> = randomMatrix(7, 1, &rng)
            assertClose(gemv(m, x.storage), naiveProduct(m, x).storage, tolerance: 1e-12)
        }
    }

    func testEmptyShapesGiveEmptyOrZeroResults() {
        let a = Matrix<Float>(rows: 0, columns: 3), b = Matrix<Float>(rows: 3, columns: 2)
        XCTAssertEqual(gemm(a, b).rows, 0)
        // Inner dimension 0: the product of a 2×0 and a 0×2 matrix is the 2×2 zero matrix.
        XCTAssertEqual(gemm(Matrix<Float>(rows: 2, columns: 0), Matrix<Float>(rows: 0, columns: 2)).storage, [0, 0, 0, 0])
        XCTAssertEqual(syrk(Matrix<Float>(rows: 2, columns: 0)).storage, [0, 0, 0, 0])
    }
}
