import TextProcessing
/// Is system A's mean score different from system B's on the same documents? Two paired tests
/// on the per-document differences d_i = score_A(i) − score_B(i):
///
/// - ``Method/randomization``: approximate randomisation (Noreen 1989; Riezler & Maxwell
///   2005): each trial swaps A and B on every document with probability ½; the two-sided p is
///   (1 + #trials with |mean d*| ≥ |mean d|) / (1 + trials).
/// - ``Method/bootstrap``: paired bootstrap (Koehn 2004; Berg-Kirkpatrick et al. 2012):
///   documents are resampled with replacement, and p is the share of resamples whose mean
///   difference is at least twice the observed one, for the sign of the observed difference
///   (1 + count) / (1 + trials).
///
/// Both are seeded (SplitMix64), so a run repeats exactly. Equal systems give p = 1.
public struct PairedSignificance: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        case randomization
        case bootstrap
    }

    public var method: Method
    public var trials: Int
    public var seed: UInt64

    public init(method: Method = .randomization, trials: Int = 10_000, seed: UInt64 = 0) {
        self.method = method
        self.trials = trials
        self.seed = seed
    }

    /// The outcome for one measure: both means, their difference and p.
    public struct Result: Sendable, Equatable {
        public var meanA: Double
        public var meanB: Double
        public var difference: Double { meanA - meanB }
        public var p: Double
    }

    /// Tests the paired samples `a` and `b` (same length, same document order).
    /// - Throws: ``ScoringError/unpaired(_:_:)`` when the lengths differ.
    public func test(_ a: [Double], _ b: [Double]) throws -> Result {
        guard a.count == b.count else { throw ScoringError.unpaired(a.count, b.count) }
        let n = a.count
        guard n > 0 else { return Result(meanA: 0, meanB: 0, p: 1) }
        let d = zip(a, b).map { $0 - $1 }
        let meanA = a.reduce(0, +) / Double(n), meanB = b.reduce(0, +) / Double(n)
        let observed = d.reduce(0, +) / Double(n)
        var rng = SplitMix64(seed: seed)
        var extreme = 0
        let tolerance = 1e-12
        switch method {
        case .randomization:
            for _ in 0..<trials {
                var sum = 0.0
                var bits: UInt64 = 0
                for i in 0..<n {
                    if i & 63 == 0 { bits = rng.next() }
                    sum += (bits & 1) == 0 ? d[i] : -d[i]
                    bits >>= 1
                }
                if abs(sum / Double(n)) >= abs(observed) - tolerance { extreme += 1 }
            }
        case .bootstrap:
            for _ in 0..<trials {
                var sum = 0.0
                for _ in 0..<n { sum += d[rng.index(below: n)] }
                let mean = sum / Double(n)
                if observed >= 0 ? mean >= 2 * observed - tolerance : mean <= 2 * observed + tolerance { extreme += 1 }
            }
        }
        return Result(meanA: meanA, meanB: meanB, p: Double(extreme + 1) / Double(trials + 1))
    }
}
