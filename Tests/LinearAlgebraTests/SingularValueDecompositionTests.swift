import XCTest
@testable import LinearAlgebra

final class SingularValueDecompositionTests: XCTestCase {
    func testDiagonalMatrixHandComputed() throws {
        // diag(3, 4): singular values are 4 then 3; the leading right vector is ±e₂.
        let a = Matrix<Double>(rows: 2, columns: 2, storage: [3, 0, 0, 4])
        let svd = try truncatedSVD(a, rank: 2)
        assertClose(svd.singularValues, [4, 3], tolerance: 1e-12)
        XCTAssertEqual(abs(svd.vt[0, 1]), 1, accuracy: 1e-12)
        XCTAssertEqual(try truncatedSVD(a, rank: 1).singularValues.count, 1)
    }

    func testFullRankReconstructsTheMatrixAndVectorsAreOrthonormal() throws {
        var rng = SeededGenerator(seed: 7)
        for (m, n) in [(6, 4), (4, 6), (5, 5)] {
            let a: Matrix<Float> = randomMatrix(m, n, &rng)
            let svd = try truncatedSVD(a, rank: min(m, n))
            let k = min(m, n)
            XCTAssertEqual(svd.u.rows, m); XCTAssertEqual(svd.u.columns, k)
            XCTAssertEqual(svd.vt.rows, k); XCTAssertEqual(svd.vt.columns, n)
            var us = svd.u
            for i in 0..<m { for j in 0..<k { us[i, j] *= svd.singularValues[j] } }
            assertClose(gemm(us, svd.vt).storage, a.storage, tolerance: 1e-4, "\(m)×\(n)")
            assertClose(gemm(svd.u, svd.u, transposeA: true).storage, Matrix<Float>.identity(k).storage, tolerance: 1e-4)
            assertClose(gemm(svd.vt, svd.vt, transposeB: true).storage, Matrix<Float>.identity(k).storage, tolerance: 1e-4)
            XCTAssertEqual(svd.singularValues, svd.singularValues.sorted(by: >))
        }
    }

    func testRankClampsAndEmptyMatrixGivesNoTriplets() throws {
        let a = Matrix<Float>(rows: 2, columns: 3, storage: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try truncatedSVD(a, rank: 10).singularValues.count, 2)
        XCTAssertEqual(try truncatedSVD(Matrix<Float>(rows: 0, columns: 3), rank: 2).singularValues, [])
    }

    func testErrorMessageVerbatim() {
        XCTAssertEqual(LinearAlgebraError.didNotConverge(routine: "sgesdd", info: 3).description,
                       "sgesdd did not converge (LAPACK info = 3)")
    }
}

final class SymmetricEigenTests: XCTestCase {
    func testHandComputed() throws {
        // [[2,1],[1,2]]: eigenvalues 3 (vector (1,1)/√2) and 1.
        let e = try largestEigenpairs(Matrix<Double>(rows: 2, columns: 2, storage: [2, 1, 1, 2]), count: 2)
        assertClose(e.values, [3, 1], tolerance: 1e-12)
        XCTAssertEqual(abs(e.vectors[0, 0]), 1 / 2.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(e.vectors[0, 0], e.vectors[1, 0], accuracy: 1e-12)
    }

    func testGramEigenvaluesAreSquaredSingularValues() throws {
        var rng = SeededGenerator(seed: 11)
        let x: Matrix<Float> = randomMatrix(6, 9, &rng)
        let svd = try truncatedSVD(x, rank: 3)
        let e = try largestEigenpairs(syrk(x), count: 3)
        assertClose(e.values, svd.singularValues.map { $0 * $0 }, tolerance: 1e-4)
        for c in 0..<3 { for r in 0..<6 { XCTAssertEqual(abs(e.vectors[r, c]), abs(svd.u[r, c]), accuracy: 1e-3) } }
        XCTAssertEqual(try largestEigenpairs(Matrix<Float>(rows: 0, columns: 0), count: 2).values, [])
    }
}
