/// The leading `k` singular triplets of a matrix: A ≈ U·diag(σ)·Vᵀ.
public struct SingularValueDecomposition<Scalar: BLASScalar>: Sendable {
    /// Left singular vectors, `rows(A) × k` (column i pairs with `singularValues[i]`).
    public var u: Matrix<Scalar>
    /// Singular values in non-increasing order, all ≥ 0 (`k` of them).
    public var singularValues: [Scalar]
    /// Right singular vectors transposed, `k × columns(A)` (row i pairs with `singularValues[i]`).
    public var vt: Matrix<Scalar>
}

/// The truncated singular value decomposition of `a`, through LAPACK's divide-and-conquer
/// `?gesdd` (thin SVD, `jobz = 'S'`), keeping the `rank` largest singular values.
///
/// LAPACK is column-major; a row-major A is a column-major Aᵀ, so the routine factorises
/// Aᵀ = U′ΣV′ᵀ and reads A = V′ΣU′ᵀ straight from its output buffers (no transposition copy).
///
/// ```swift
/// let a = Matrix<Double>(rows: 2, columns: 2, storage: [3, 0, 0, 4])
/// try truncatedSVD(a, rank: 1).singularValues   // [4]
/// ```
/// - Parameter rank: how many triplets to keep; clamped to `min(rows, columns)`.
/// - Returns: `k = min(rank, rows, columns)` triplets (none for an empty matrix).
/// - Throws: `LinearAlgebraError.didNotConverge` when LAPACK reports `info > 0`.
/// - Precondition: LAPACK never reports `info < 0` (an illegal argument is our bug).
/// - Complexity: O(rows·columns·min(rows, columns)).
@_specialize(where S == Float)
@_specialize(where S == Double)
public func truncatedSVD<S: BLASScalar>(_ a: Matrix<S>, rank: Int) throws -> SingularValueDecomposition<S> {
    precondition(rank >= 0, "truncatedSVD: negative rank \(rank)")
    let m = a.rows, n = a.columns, p = min(m, n)
    let k = min(rank, p)
    guard k > 0 else {
        return SingularValueDecomposition(u: Matrix(rows: m, columns: 0), singularValues: [],
                                          vt: Matrix(rows: 0, columns: n))
    }
    // Column-major problem: Aᵀ is n×m.
    var work = a.storage
    var s = [S](repeating: 0, count: p)
    var uPrime = [S](repeating: 0, count: n * p)    // n×p column-major = Vᵀ of A (p×n row-major)
    var vtPrime = [S](repeating: 0, count: p * m)   // p×m column-major = U of A (m×p row-major)
    let info = work.withUnsafeMutableBufferPointer { ap in
        s.withUnsafeMutableBufferPointer { sp in
            uPrime.withUnsafeMutableBufferPointer { up in
                vtPrime.withUnsafeMutableBufferPointer { vp in
                    S._gesdd(m: n, n: m, a: ap.baseAddress!, s: sp.baseAddress!, u: up.baseAddress!, vt: vp.baseAddress!)
                }
            }
        }
    }
    precondition(info >= 0, "gesdd: illegal argument \(-info)")
    if info > 0 { throw LinearAlgebraError.didNotConverge(routine: S.self == Float.self ? "sgesdd" : "dgesdd", info: info) }
    var u = Matrix<S>(rows: m, columns: k)
    for i in 0..<m { for j in 0..<k { u.storage[i * k + j] = vtPrime[i * p + j] } }
    let vt = Matrix<S>(rows: k, columns: n, storage: Array(uPrime[0..<(k * n)]))
    return SingularValueDecomposition(u: u, singularValues: Array(s[0..<k]), vt: vt)
}
