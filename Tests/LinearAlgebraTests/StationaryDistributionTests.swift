import XCTest
@testable import LinearAlgebra

final class StationaryDistributionTests: XCTestCase {
    func testSymmetricCycleIsUniform() {
        let p = Matrix<Float>(rows: 2, columns: 2, storage: [0, 1, 1, 0])
        assertClose(stationaryDistribution(of: p), [0.5, 0.5], tolerance: 1e-6)
    }

    func testHandComputedChainWithoutDamping() {
        // P = [0.5 0.5; 0.25 0.75]: π = πP gives 0.5π₀ = 0.25π₁ → π = (1/3, 2/3).
        let p = Matrix<Double>(rows: 2, columns: 2, storage: [0.5, 0.5, 0.25, 0.75])
        let pi = stationaryDistribution(of: p, options: .init(damping: 1, tolerance: 1e-12, maxIterations: 1000))
        assertClose(pi, [1.0 / 3, 2.0 / 3], tolerance: 1e-9)
    }

    func testDampedStarWithHandComputedValues() {
        // Nodes 1 and 2 both link only to 0; 0 links to 1 and 2 equally. With d = 0.85, n = 3:
        // π₀ = 0.05 + 0.85(π₁ + π₂), π₁ = π₂ = 0.05 + 0.425π₀, and π₀ + 2π₁ = 1
        // → π₀ = 0.05 + 0.85(1 − π₀) → π₀ = 0.9/1.85 = 0.486486…, π₁ = π₂ = 0.256757…
        let p = Matrix<Double>(rows: 3, columns: 3, storage: [0, 0.5, 0.5, 1, 0, 0, 1, 0, 0])
        let pi = stationaryDistribution(of: p, options: .init(tolerance: 1e-12, maxIterations: 1000))
        assertClose(pi, [0.9 / 1.85, (1 - 0.9 / 1.85) / 2, (1 - 0.9 / 1.85) / 2], tolerance: 1e-9)
    }

    func testDanglingRowsAndRandomChainsGiveProbabilityVectors() {
        // Node 1 has no out-links: it is treated as linking to every node.
        let p = Matrix<Float>(rows: 2, columns: 2, storage: [0, 1, 0, 0])
        let pi = stationaryDistribution(of: p)
        XCTAssertEqual(pi.reduce(0, +), 1, accuracy: 1e-6)
        XCTAssertGreaterThan(pi[1], pi[0])
        withEverySeed { rng in
            var m: Matrix<Float> = randomMatrix(10, 10, &rng)
            for i in 0..<100 { m.storage[i] = abs(m.storage[i]) }
            for i in 0..<10 { let s = m.row(i).reduce(0, +); for j in 0..<10 { m[i, j] /= s } }
            let pi = stationaryDistribution(of: m)
            XCTAssertEqual(pi.reduce(0, +), 1, accuracy: 1e-5)
            XCTAssertTrue(pi.allSatisfy { $0 > 0 })
        }
        XCTAssertEqual(stationaryDistribution(of: Matrix<Float>(rows: 0, columns: 0)), [])
    }
}
