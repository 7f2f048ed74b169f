import XCTest
@testable import LinearAlgebra

final class BLASLibraryTests: XCTestCase {
    func testALinkedBLASIsReported() {
        // Any product maps the BLAS into the process; the summary then names it.
        _ = gemm(Matrix<Float>.identity(2), Matrix<Float>.identity(2))
        XCTAssertFalse(BLASLibrary.loadedLibraries.isEmpty)
        XCTAssertNotEqual(BLASLibrary.summary, "no BLAS mapped")
    }
}
