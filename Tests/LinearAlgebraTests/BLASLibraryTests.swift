import XCTest
@testable import LinearAlgebra

final class BLASLibraryTests: XCTestCase {
    func testALinkedBLASIsReported() {
        // Any product maps the BLAS into the process; the summary then names it.
        _ = gemm(Matrix<Float>.identity(2), Matrix<Float>.identity(2))
        XCTAssertFalse(BLASLibrary.loadedLibraries.isEmpty)
        XCTAssertNotEqual(BLASLibrary.summary, "no BLAS mapped")
    }

    func testProductsStillWorkAfterTheThreadPoolIsShutDown() {
        // setThreadCount(1) stops OpenBLAS's server threads; later calls run on this thread.
        // A 300 × 300 product is above OpenBLAS's threading threshold, so a missing pool would
        // show. All-ones 300 × 300 times itself: every entry is the sum of 300 ones = 300.
        BLASLibrary.setThreadCount(1)
        let ones = Matrix<Float>(rows: 300, columns: 300, storage: [Float](repeating: 1, count: 90_000))
        let p = gemm(ones, ones)
        XCTAssertEqual(p.storage.count, 90_000)
        XCTAssertTrue(p.storage.allSatisfy { $0 == 300 })
        // Asking for threads again afterwards must not break products either.
        BLASLibrary.setThreadCount(2)
        XCTAssertTrue(gemm(ones, ones).storage.allSatisfy { $0 == 300 })
        BLASLibrary.setThreadCount(1)
        XCTAssertEqual(gemm(Matrix<Float>.identity(2), Matrix<Float>(rows: 2, columns: 1, storage: [5, 6])).storage, [5, 6])
    }
}
