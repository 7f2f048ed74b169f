/// Settings of the power iteration behind `stationaryDistribution(of:options:)`.
public struct PowerIterationOptions: Sendable, Equatable {
    /// The damping factor d: with probability 1 − d the walk jumps to a node drawn from
    /// `teleport` (uniform when nil). 0.85 as in PageRank, TextRank and LexRank.
    public var damping: Double
    /// Stop when the L1 distance between successive vectors falls below this (default 1e-6).
    public var tolerance: Double
    /// Stop after this many iterations even when not converged (default 200).
    public var maxIterations: Int

    public init(damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 200) {
        precondition((0...1).contains(damping), "damping \(damping) outside [0, 1]")
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }
}

/// The stationary distribution π of the damped random walk on a row-stochastic matrix P:
/// π = d·Pᵀπ + (1 − d)·t, where t is the teleport distribution (uniform by default).
///
/// Power iteration from t with one `?gemv` (Pᵀπ) per step, stopping when
/// ‖πₖ₊₁ − πₖ‖₁ < `tolerance` or after `maxIterations`. Rows of P that sum to 0 (dangling
/// nodes) are treated as linking uniformly to every node, as PageRank does, so the result is
/// always a probability vector: every entry ≥ 0 and the entries sum to 1.
///
/// ```swift
/// let p = Matrix<Float>(rows: 2, columns: 2, storage: [0, 1, 1, 0])
/// stationaryDistribution(of: p)   // [0.5, 0.5]
/// ```
/// - Parameters:
///   - p: a square matrix whose non-empty rows sum to 1.
///   - teleport: the restart distribution (must sum to 1); nil for uniform.
/// - Returns: π (empty for an empty matrix).
/// - Complexity: O(iterations·n²).
@_specialize(where S == Float)
@_specialize(where S == Double)
public func stationaryDistribution<S: BLASScalar>(of p: Matrix<S>, teleport: [S]? = nil,
                                                   options: PowerIterationOptions = .init()) -> [S] {
    precondition(p.rows == p.columns, "stationaryDistribution: matrix \(p.rows)×\(p.columns) is not square")
    let n = p.rows
    guard n > 0 else { return [] }
    let t = teleport ?? [S](repeating: 1 / S(n), count: n)
    precondition(t.count == n, "stationaryDistribution: teleport has \(t.count) entries for \(n) nodes")
    var dangling = [Bool](repeating: false, count: n)
    for i in 0..<n { dangling[i] = p.row(i).reduce(0, +) == 0 }
    let anyDangling = dangling.contains(true)
    let d = S(options.damping)
    var pi = t
    for _ in 0..<max(1, options.maxIterations) {
        var next = gemv(p, pi, transpose: true, alpha: d)
        var danglingMass: S = 0
        if anyDangling { for i in 0..<n where dangling[i] { danglingMass += pi[i] } }
        let spread = d * danglingMass / S(n)
        var sum: S = 0
        for i in 0..<n { next[i] += spread + (1 - d) * t[i]; sum += next[i] }
        var delta: S = 0
        for i in 0..<n { next[i] /= sum; delta += abs(next[i] - pi[i]) }
        pi = next
        if Double(delta) < options.tolerance { break }
    }
    return pi
}
