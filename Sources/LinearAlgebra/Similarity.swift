extension Matrix {
    /// Scales every row to unit Euclidean (L2) length; a zero row stays zero.
    ///
    /// ```swift
    /// var m = Matrix<Float>(rows: 2, columns: 2, storage: [3, 4, 0, 0])
    /// m.normalizeRows()   // [[0.6, 0.8], [0, 0]]   (|(3,4)| = 5)
    /// ```
    /// - Returns: the norm each row had before scaling.
    @discardableResult
    public mutating func normalizeRows() -> [Scalar] {
        var norms = [Scalar](repeating: 0, count: rows)
        let c = columns
        storage.withUnsafeMutableBufferPointer { p in
            for i in 0..<rows {
                var s: Scalar = 0
                for j in 0..<c { let v = p[i * c + j]; s += v * v }
                let norm = Scalar._sqrt(s)
                norms[i] = norm
                if norm > 0 { let inv = 1 / norm; for j in 0..<c { p[i * c + j] *= inv } }
            }
        }
        return norms
    }

    /// A copy with every row scaled to unit L2 length (zero rows stay zero).
    public func rowNormalized() -> Matrix {
        var m = self
        m.normalizeRows()
        return m
    }
}

/// The cosine similarity of every pair of rows of `x`: S[i, j] = xᵢ·xⱼ / (|xᵢ| |xⱼ|).
///
/// Computed as X̂·X̂ᵀ with one `?syrk` call on the row-normalised matrix X̂. Properties: S is
/// symmetric; for non-negative inputs every entry lies in [0, 1]; the diagonal is 1 for a
/// non-zero row. A zero row has similarity **0** with every row, itself included (cosine is
/// undefined there; 0 is the convention every ranker in Parallax expects).
///
/// ```swift
/// let x = Matrix<Float>(rows: 3, columns: 2, storage: [1, 0,   1, 1,   0, 0])
/// cosineSimilarityMatrix(x)
/// // [[1, 0.7071, 0], [0.7071, 1, 0], [0, 0, 0]]    (1/√2 ≈ 0.7071)
/// ```
/// - Parameter alreadyNormalized: pass `true` when the rows are already unit length or zero,
///   to skip the normalisation copy.
/// - Complexity: O(rows²·columns).
@_specialize(where S == Float)
@_specialize(where S == Double)
public func cosineSimilarityMatrix<S: BLASScalar>(_ x: Matrix<S>, alreadyNormalized: Bool = false) -> Matrix<S> {
    var s = syrk(alreadyNormalized ? x : x.rowNormalized())
    // Rounding can push an entry a hair outside [-1, 1]; clamp so callers can rely on the range.
    for i in 0..<s.storage.count { s.storage[i] = min(1, max(-1, s.storage[i])) }
    return s
}
