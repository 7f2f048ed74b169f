import LinearAlgebra

/// Scores computed block by block (see `AnalyzedDocument.blocks`): each block's scores are
/// produced by `body` on that block alone and concatenated.
func blockwise(_ document: AnalyzedDocument, _ body: (Range<Int>) throws -> [Double]) rethrows -> [Double] {
    var out: [Double] = []
    out.reserveCapacity(document.count)
    for block in document.blocks() { out += try body(block) }
    return out
}

/// The PageRank vector of the weighted graph `w` (zero diagonal expected): rows are scaled to
/// sum to 1 (rows without edges are dangling: `stationaryDistribution` spreads them uniformly),
/// then the damped walk's stationary distribution is computed. Scores are multiplied by n so a
/// block's mean score is 1 whatever its size.
func pageRank(_ w: Matrix<Float>, damping: Double) -> [Double] {
    var p = w
    let n = p.rows
    p.storage.withUnsafeMutableBufferPointer { s in
        for i in 0..<n {
            var sum: Float = 0
            for j in 0..<n { sum += s[i * n + j] }
            if sum > 0 { let inv = 1 / sum; for j in 0..<n { s[i * n + j] *= inv } }
        }
    }
    let pi = stationaryDistribution(of: p, options: PowerIterationOptions(damping: damping, tolerance: 1e-7, maxIterations: 300))
    return pi.map { Double($0) * Double(n) }
}

extension Matrix where Scalar == Float {
    /// Sets the diagonal to zero (no self-loops).
    mutating func zeroDiagonal() {
        for i in 0..<Swift.min(rows, columns) { self[i, i] = 0 }
    }
}
