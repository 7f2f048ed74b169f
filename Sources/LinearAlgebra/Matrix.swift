/// A dense row-major matrix of `Float` or `Double`, the one array type handed to BLAS and LAPACK.
///
/// Element (i, j) lives at `storage[i * columns + j]`. The layout matches CBLAS's
/// `CblasRowMajor`, so products and factorizations take `storage` without copying.
///
/// ```swift
/// let a = Matrix<Float>(rows: 2, columns: 3, storage: [1, 2, 3,
///                                                     4, 5, 6])
/// a[1, 2]            // 6
/// a.row(0)           // [1, 2, 3]
/// ```
public struct Matrix<Scalar: BLASScalar>: Equatable, Sendable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements in row-major order; `storage.count == rows * columns`.
    public var storage: [Scalar]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Scalar = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative shape \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A `rows × columns` matrix over `storage` (row-major).
    /// - Precondition: `storage.count == rows * columns`.
    public init(rows: Int, columns: Int, storage: [Scalar]) {
        precondition(rows >= 0 && columns >= 0 && storage.count == rows * columns,
                     "Matrix: \(storage.count) elements for shape \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix whose rows are `rows` (all of the same length).
    public init(rowVectors: [[Scalar]]) {
        let c = rowVectors.first?.count ?? 0
        precondition(rowVectors.allSatisfy { $0.count == c }, "Matrix: rows of unequal length")
        self.init(rows: rowVectors.count, columns: c, storage: rowVectors.flatMap { $0 })
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i * n + i] = 1 }
        return m
    }

    /// Element (i, j).
    @inlinable
    public subscript(i: Int, j: Int) -> Scalar {
        get { storage[i * columns + j] }
        set { storage[i * columns + j] = newValue }
    }

    /// Row `i` as a slice of `storage`.
    public func row(_ i: Int) -> ArraySlice<Scalar> {
        storage[(i * columns)..<((i + 1) * columns)]
    }

    /// The transpose (a copy).
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for i in 0..<rows { for j in 0..<columns { t.storage[j * rows + i] = storage[i * columns + j] } }
        return t
    }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        "Matrix \(rows)×\(columns) " + (0..<rows).map { "[" + row($0).map { "\($0)" }.joined(separator: ", ") + "]" }.joined(separator: " ")
    }
}
