import XCTest
@testable import LinearAlgebra

/// SplitMix64: a small repeatable generator so every failure can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func randomMatrix<S: BLASScalar>(_ rows: Int, _ columns: Int, _ rng: inout SeededGenerator,
                                 as: S.Type = S.self) -> Matrix<S> where S.RawSignificand: FixedWidthInteger {
    Matrix(rows: rows, columns: columns, storage: (0..<(rows * columns)).map { _ in S.random(in: -1...1, using: &rng) })
}

/// Runs `body` for several seeds, printing the seed on failure.
func withEverySeed(_ seeds: [UInt64] = [1, 2, 3, 42, 2024], _ body: (inout SeededGenerator) throws -> Void,
                   file: StaticString = #filePath, line: UInt = #line) rethrows {
    for seed in seeds {
        var rng = SeededGenerator(seed: seed)
        try body(&rng)
    }
}

func naiveProduct<S: BLASScalar>(_ a: Matrix<S>, _ b: Matrix<S>) -> Matrix<S> {
    var c = Matrix<S>(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows { for j in 0..<b.columns {
        var s: S = 0
        for k in 0..<a.columns { s += a[i, k] * b[k, j] }
        c[i, j] = s
    } }
    return c
}

/// |a − b| ≤ tolerance · max(1, |a|, |b|), element by element (swift-numerics' isApproximatelyEqual idea).
func assertClose<S: BLASScalar>(_ a: [S], _ b: [S], tolerance: S, _ message: String = "",
                               file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "count \(message)", file: file, line: line)
    for (i, (x, y)) in zip(a, b).enumerated() {
        let scale = max(1, max(abs(x), abs(y)))
        if abs(x - y) > tolerance * scale {
            XCTFail("element \(i): \(x) vs \(y) \(message)", file: file, line: line)
            return
        }
    }
}
