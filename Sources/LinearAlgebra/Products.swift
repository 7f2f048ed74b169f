/// The matrix product op(A)·op(B), one BLAS `?gemm` call.
///
/// ```swift
/// let a = Matrix<Float>(rows: 1, columns: 2, storage: [1, 2])
/// let b = Matrix<Float>(rows: 2, columns: 1, storage: [3, 4])
/// gemm(a, b)                       // 1×1 [11]   (1·3 + 2·4)
/// gemm(a, a, transposeB: true)     // 1×1 [5]    (1·1 + 2·2)
/// ```
/// - Parameters:
///   - transposeA: use Aᵀ in place of A.
///   - transposeB: use Bᵀ in place of B.
///   - alpha: a scale applied to the product.
/// - Precondition: the inner dimensions agree; the message names both shapes.
/// - Complexity: O(m·n·k).
@_specialize(where S == Float)
@_specialize(where S == Double)
public func gemm<S: BLASScalar>(_ a: Matrix<S>, _ b: Matrix<S>, transposeA: Bool = false,
                                transposeB: Bool = false, alpha: S = 1) -> Matrix<S> {
    let m = transposeA ? a.columns : a.rows, k = transposeA ? a.rows : a.columns
    let kb = transposeB ? b.columns : b.rows, n = transposeB ? b.rows : b.columns
    precondition(k == kb, "gemm: lhs \(m)×\(k), rhs \(kb)×\(n)")
    var c = Matrix<S>(rows: m, columns: n)
    guard m > 0, n > 0 else { return c }
    if k == 0 { return c }
    a.storage.withUnsafeBufferPointer { ap in
        b.storage.withUnsafeBufferPointer { bp in
            c.storage.withUnsafeMutableBufferPointer { cp in
                S._gemm(transA: transposeA, transB: transposeB, m: m, n: n, k: k, alpha: alpha,
                        a: ap.baseAddress!, lda: max(1, a.columns), b: bp.baseAddress!, ldb: max(1, b.columns),
                        beta: 0, c: cp.baseAddress!, ldc: max(1, n))
            }
        }
    }
    return c
}

/// The Gram matrix A·Aᵀ (rows × rows), one BLAS `?syrk` call, returned in full.
///
/// BLAS writes only the upper triangle; this function mirrors it so the result is an ordinary
/// symmetric matrix (`result[i, j] == result[j, i]` exactly).
///
/// ```swift
/// let a = Matrix<Float>(rows: 2, columns: 2, storage: [1, 0,
///                                                     1, 1])
/// syrk(a)   // [[1, 1], [1, 2]]   (row0·row0 = 1, row0·row1 = 1, row1·row1 = 2)
/// ```
/// - Parameter alpha: a scale applied to the product.
/// - Complexity: O(rows²·columns), about half of `gemm(a, a, transposeB: true)`.
@_specialize(where S == Float)
@_specialize(where S == Double)
public func syrk<S: BLASScalar>(_ a: Matrix<S>, alpha: S = 1) -> Matrix<S> {
    let n = a.rows, k = a.columns
    var c = Matrix<S>(rows: n, columns: n)
    guard n > 0, k > 0 else { return c }
    a.storage.withUnsafeBufferPointer { ap in
        c.storage.withUnsafeMutableBufferPointer { cp in
            S._syrk(n: n, k: k, alpha: alpha, a: ap.baseAddress!, lda: k, beta: 0, c: cp.baseAddress!, ldc: n)
            for i in 0..<n { for j in 0..<i { cp[i * n + j] = cp[j * n + i] } }
        }
    }
    return c
}

/// The matrix–vector product op(A)·x, one BLAS `?gemv` call.
///
/// ```swift
/// let a = Matrix<Float>(rows: 2, columns: 2, storage: [1, 2,
///                                                     3, 4])
/// gemv(a, [1, 1])                    // [3, 7]
/// gemv(a, [1, 1], transpose: true)   // [4, 6]
/// ```
/// - Precondition: `x.count` equals the columns of op(A).
@_specialize(where S == Float)
@_specialize(where S == Double)
public func gemv<S: BLASScalar>(_ a: Matrix<S>, _ x: [S], transpose: Bool = false, alpha: S = 1) -> [S] {
    let inner = transpose ? a.rows : a.columns, outer = transpose ? a.columns : a.rows
    precondition(x.count == inner, "gemv: matrix \(a.rows)×\(a.columns)\(transpose ? "ᵀ" : ""), vector \(x.count)")
    var y = [S](repeating: 0, count: outer)
    guard outer > 0, inner > 0 else { return y }
    a.storage.withUnsafeBufferPointer { ap in
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                S._gemv(trans: transpose, m: a.rows, n: a.columns, alpha: alpha, a: ap.baseAddress!,
                        lda: a.columns, x: xp.baseAddress!, beta: 0, y: yp.baseAddress!)
            }
        }
    }
    return y
}
