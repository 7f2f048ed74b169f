/// The largest eigenvalues of a symmetric matrix and their eigenvectors.
public struct SymmetricEigenpairs<Scalar: BLASScalar>: Sendable {
    /// Eigenvalues in non-increasing order.
    public var values: [Scalar]
    /// n × k: column i is the unit eigenvector of `values[i]`.
    public var vectors: Matrix<Scalar>
}

/// The `count` largest eigenpairs of the symmetric matrix `a`, through LAPACK's `?syevr`
/// (relatively robust representations, computing only the requested eigenpairs).
///
/// Only the upper triangle of `a` is read (a symmetric row-major matrix is its own column-major
/// transpose, so no copy is reordered). Asking for k ≪ n pairs costs far less than a full
/// decomposition; with `a = X·Xᵀ` this gives X's leading left singular vectors and σ² — the
/// route LSA takes for long documents.
///
/// ```swift
/// let a = Matrix<Double>(rows: 2, columns: 2, storage: [2, 1, 1, 2])
/// try largestEigenpairs(a, count: 1).values   // [3]   (eigenvalues of [[2,1],[1,2]] are 3 and 1)
/// ```
/// - Parameter count: clamped to `a.rows`.
/// - Throws: `LinearAlgebraError.didNotConverge` when LAPACK reports `info > 0`.
/// - Precondition: `a` is square; LAPACK never reports `info < 0`.
/// - Complexity: O(n³) for the reduction to tridiagonal form, plus O(n·k) per eigenvector.
@_specialize(where S == Float)
@_specialize(where S == Double)
public func largestEigenpairs<S: BLASScalar>(_ a: Matrix<S>, count: Int) throws -> SymmetricEigenpairs<S> {
    precondition(a.rows == a.columns, "largestEigenpairs: matrix \(a.rows)×\(a.columns) is not square")
    let n = a.rows, k = min(max(0, count), n)
    guard k > 0 else { return SymmetricEigenpairs(values: [], vectors: Matrix(rows: n, columns: 0)) }
    var work = a.storage
    var w = [S](repeating: 0, count: n)
    var z = [S](repeating: 0, count: n * k)
    let (info, found) = work.withUnsafeMutableBufferPointer { ap in
        w.withUnsafeMutableBufferPointer { wp in
            z.withUnsafeMutableBufferPointer { zp in
                S._syevr(n: n, a: ap.baseAddress!, il: n - k + 1, iu: n, w: wp.baseAddress!, z: zp.baseAddress!)
            }
        }
    }
    precondition(info >= 0, "syevr: illegal argument \(-info)")
    if info > 0 { throw LinearAlgebraError.didNotConverge(routine: S.self == Float.self ? "ssyevr" : "dsyevr", info: info) }
    // LAPACK returns ascending values; z is column-major n × found. Reverse to descending.
    var vectors = Matrix<S>(rows: n, columns: found)
    var values = [S](repeating: 0, count: found)
    for c in 0..<found {
        let src = found - 1 - c
        values[c] = w[src]
        for r in 0..<n { vectors[r, c] = z[src * n + r] }
    }
    return SymmetricEigenpairs(values: values, vectors: vectors)
}
