import CBLAS

/// A floating-point type that BLAS and LAPACK can work on: `Float` (the `s` routines) and
/// `Double` (the `d` routines).
///
/// The requirements are thin wrappers over the CBLAS/LAPACK entry points, always in row-major
/// layout. Use the generic functions of this module (`gemm`, `syrk`, `gemv`, `truncatedSVD`)
/// rather than these directly.
public protocol BLASScalar: BinaryFloatingPoint, Sendable where Self.RawSignificand: FixedWidthInteger {
    /// C ← α·op(A)·op(B) + β·C (row-major `?gemm`).
    static func _gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Self,
                      a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                      beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    /// Upper triangle of C ← α·A·Aᵀ + β·C (row-major `?syrk`, A is n×k).
    static func _syrk(n: Int, k: Int, alpha: Self, a: UnsafePointer<Self>, lda: Int,
                      beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    /// y ← α·op(A)·x + β·y (row-major `?gemv`).
    static func _gemv(trans: Bool, m: Int, n: Int, alpha: Self, a: UnsafePointer<Self>, lda: Int,
                      x: UnsafePointer<Self>, beta: Self, y: UnsafeMutablePointer<Self>)
    /// LAPACK `?gesdd_` on a column-major m×n matrix (jobz 'S'); returns `info`.
    static func _gesdd(m: Int, n: Int, a: UnsafeMutablePointer<Self>, s: UnsafeMutablePointer<Self>,
                       u: UnsafeMutablePointer<Self>, vt: UnsafeMutablePointer<Self>) -> Int
    /// LAPACK `?syevr_` for the eigenpairs il...iu (1-based, ascending) of a symmetric n×n
    /// matrix (upper triangle of column-major `a`, destroyed); returns (info, found).
    static func _syevr(n: Int, a: UnsafeMutablePointer<Self>, il: Int, iu: Int,
                       w: UnsafeMutablePointer<Self>, z: UnsafeMutablePointer<Self>) -> (info: Int, found: Int)
    /// The square root (for norms).
    static func _sqrt(_ x: Self) -> Self
}

@inline(__always) private func t(_ b: Bool) -> CBLAS_TRANSPOSE { b ? CblasTrans : CblasNoTrans }
@inline(__always) private func i32(_ x: Int) -> Int32 { Int32(truncatingIfNeeded: x) }

extension Float: BLASScalar {
    public static func _gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                             a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                             beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, t(transA), t(transB), i32(m), i32(n), i32(k), alpha, a, i32(lda), b, i32(ldb), beta, c, i32(ldc))
    }
    public static func _syrk(n: Int, k: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int,
                             beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_ssyrk(CblasRowMajor, CblasUpper, CblasNoTrans, i32(n), i32(k), alpha, a, i32(lda), beta, c, i32(ldc))
    }
    public static func _gemv(trans: Bool, m: Int, n: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int,
                             x: UnsafePointer<Float>, beta: Float, y: UnsafeMutablePointer<Float>) {
        cblas_sgemv(CblasRowMajor, t(trans), i32(m), i32(n), alpha, a, i32(lda), x, 1, beta, y, 1)
    }
    public static func _gesdd(m: Int, n: Int, a: UnsafeMutablePointer<Float>, s: UnsafeMutablePointer<Float>,
                              u: UnsafeMutablePointer<Float>, vt: UnsafeMutablePointer<Float>) -> Int {
        _gesddDriver(m: m, n: n) { jobz, mm, nn, lda, ldu, ldvt, work, lwork, iwork, info in
            sgesdd_(jobz, mm, nn, a, lda, s, u, ldu, vt, ldvt, work, lwork, iwork, info)
        }
    }
    public static func _syevr(n: Int, a: UnsafeMutablePointer<Float>, il: Int, iu: Int,
                              w: UnsafeMutablePointer<Float>, z: UnsafeMutablePointer<Float>) -> (info: Int, found: Int) {
        var jobz = CChar(UInt8(ascii: "V")), range = CChar(UInt8(ascii: "I")), uplo = CChar(UInt8(ascii: "U"))
        var nn = i32(n), lda = i32(max(1, n)), ldz = i32(max(1, n)), il32 = i32(il), iu32 = i32(iu)
        var vl: Float = 0, vu: Float = 0, abstol: Float = 0
        var m: Int32 = 0, info: Int32 = 0
        var isuppz = [Int32](repeating: 0, count: 2 * max(1, n))
        var wq: Float = 0, iwq: Int32 = 0, lwork: Int32 = -1, liwork: Int32 = -1
        ssyevr_(&jobz, &range, &uplo, &nn, a, &lda, &vl, &vu, &il32, &iu32, &abstol, &m, w, z, &ldz, &isuppz, &wq, &lwork, &iwq, &liwork, &info)
        guard info == 0 else { return (Int(info), 0) }
        lwork = i32(max(1, Int(wq))); liwork = max(1, iwq)
        var work = [Float](repeating: 0, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        ssyevr_(&jobz, &range, &uplo, &nn, a, &lda, &vl, &vu, &il32, &iu32, &abstol, &m, w, z, &ldz, &isuppz, &work, &lwork, &iwork, &liwork, &info)
        return (Int(info), Int(m))
    }
    public static func _sqrt(_ x: Float) -> Float { x.squareRoot() }
}

extension Double: BLASScalar {
    public static func _gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                             a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                             beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dgemm(CblasRowMajor, t(transA), t(transB), i32(m), i32(n), i32(k), alpha, a, i32(lda), b, i32(ldb), beta, c, i32(ldc))
    }
    public static func _syrk(n: Int, k: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
                             beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, i32(n), i32(k), alpha, a, i32(lda), beta, c, i32(ldc))
    }
    public static func _gemv(trans: Bool, m: Int, n: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
                             x: UnsafePointer<Double>, beta: Double, y: UnsafeMutablePointer<Double>) {
        cblas_dgemv(CblasRowMajor, t(trans), i32(m), i32(n), alpha, a, i32(lda), x, 1, beta, y, 1)
    }
    public static func _gesdd(m: Int, n: Int, a: UnsafeMutablePointer<Double>, s: UnsafeMutablePointer<Double>,
                              u: UnsafeMutablePointer<Double>, vt: UnsafeMutablePointer<Double>) -> Int {
        _gesddDriver(m: m, n: n) { jobz, mm, nn, lda, ldu, ldvt, work, lwork, iwork, info in
            dgesdd_(jobz, mm, nn, a, lda, s, u, ldu, vt, ldvt, work, lwork, iwork, info)
        }
    }
    public static func _syevr(n: Int, a: UnsafeMutablePointer<Double>, il: Int, iu: Int,
                              w: UnsafeMutablePointer<Double>, z: UnsafeMutablePointer<Double>) -> (info: Int, found: Int) {
        var jobz = CChar(UInt8(ascii: "V")), range = CChar(UInt8(ascii: "I")), uplo = CChar(UInt8(ascii: "U"))
        var nn = i32(n), lda = i32(max(1, n)), ldz = i32(max(1, n)), il32 = i32(il), iu32 = i32(iu)
        var vl: Double = 0, vu: Double = 0, abstol: Double = 0
        var m: Int32 = 0, info: Int32 = 0
        var isuppz = [Int32](repeating: 0, count: 2 * max(1, n))
        var wq: Double = 0, iwq: Int32 = 0, lwork: Int32 = -1, liwork: Int32 = -1
        dsyevr_(&jobz, &range, &uplo, &nn, a, &lda, &vl, &vu, &il32, &iu32, &abstol, &m, w, z, &ldz, &isuppz, &wq, &lwork, &iwq, &liwork, &info)
        guard info == 0 else { return (Int(info), 0) }
        lwork = i32(max(1, Int(wq))); liwork = max(1, iwq)
        var work = [Double](repeating: 0, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        dsyevr_(&jobz, &range, &uplo, &nn, a, &lda, &vl, &vu, &il32, &iu32, &abstol, &m, w, z, &ldz, &isuppz, &work, &lwork, &iwork, &liwork, &info)
        return (Int(info), Int(m))
    }
    public static func _sqrt(_ x: Double) -> Double { x.squareRoot() }
}

/// Runs a `?gesdd_` call twice: a workspace query (lwork = -1), then the factorization.
/// `call(jobz, m, n, lda, ldu, ldvt, work, lwork, iwork, info)`.
private func _gesddDriver<S: BLASScalar>(
    m: Int, n: Int,
    _ call: (UnsafePointer<CChar>, UnsafePointer<Int32>, UnsafePointer<Int32>, UnsafePointer<Int32>,
             UnsafePointer<Int32>, UnsafePointer<Int32>, UnsafeMutablePointer<S>, UnsafePointer<Int32>,
             UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) -> Void
) -> Int {
    var jobz = CChar(UInt8(ascii: "S"))
    var mm = i32(m), nn = i32(n), lda = i32(max(1, m)), ldu = i32(max(1, m)), ldvt = i32(max(1, min(m, n)))
    var iwork = [Int32](repeating: 0, count: 8 * max(1, min(m, n)))
    var info: Int32 = 0
    var query: S = 0
    var lwork: Int32 = -1
    call(&jobz, &mm, &nn, &lda, &ldu, &ldvt, &query, &lwork, &iwork, &info)
    guard info == 0 else { return Int(info) }
    lwork = i32(max(1, Int(query)))
    var work = [S](repeating: 0, count: Int(lwork))
    call(&jobz, &mm, &nn, &lda, &ldu, &ldvt, &work, &lwork, &iwork, &info)
    return Int(info)
}
