import TextProcessing
import FoundationEssentials
import Dispatch

/// Mean scores with bootstrap confidence intervals, as rouge-score's
/// `scoring.BootstrapAggregator` computes them (and ROUGE-1.5.5 before it, Lin 2004 §5).
///
/// Documents are resampled with replacement `samples` times; each resample's mean P, R and F
/// are collected, and `low`/`high` are their percentiles at (1 − confidence)/2 and
/// 1 − (1 − confidence)/2 with linear interpolation (numpy's default `np.percentile`).
/// Deviation from rouge-score: `mid` is the plain mean of the documents' scores, not the median
/// of the resampled means (the two agree to about 1/√samples of the spread), and the generator
/// is SplitMix64 seeded with `seed`, not numpy's global state, so intervals repeat exactly here
/// but are not numpy's to the digit.
///
/// - Complexity: O(samples × documents × metrics), about 0.1 s for 1,000 × 10,000 × 4.
public struct BootstrapAggregator: Sendable {
    public var samples: Int
    public var confidence: Double
    public var seed: UInt64

    public init(samples: Int = 1000, confidence: Double = 0.95, seed: UInt64 = 0) {
        self.samples = samples
        self.confidence = confidence
        self.seed = seed
    }

    /// Low, mid (mean) and high of one metric.
    public struct Interval: Sendable, Equatable {
        public var low: Score
        public var mid: Score
        public var high: Score
    }

    /// One interval per metric of `scores` (all documents must share the metric list).
    /// With no documents, every value is 0.
    public func aggregate(_ scores: [ROUGEScores]) -> [(metric: ROUGEMetric, interval: Interval)] {
        guard let metrics = scores.first?.metrics else { return [] }
        let n = scores.count
        let columns = metrics.count * 3
        // Column-major copy: column c holds one measure of one metric for every document.
        var values = [Double](repeating: 0, count: n * columns)
        for (d, s) in scores.enumerated() {
            for (k, v) in s.values.enumerated() {
                values[(k * 3) * n + d] = v.precision
                values[(k * 3 + 1) * n + d] = v.recall
                values[(k * 3 + 2) * n + d] = v.fmeasure
            }
        }
        var means = [Double](repeating: 0, count: columns)
        for c in 0..<columns {
            var sum = 0.0
            for d in 0..<n { sum += values[c * n + d] }
            means[c] = sum / Double(n)
        }
        // Resampled means: each resample is a multiplicity per document (how often it was
        // drawn); every column's sum is then a sequential dot product with it. Resamples come in
        // fixed blocks, each with its own seeded generator, so the result does not depend on how
        // many threads share the blocks.
        let resampled = _Matrix(rows: columns, columns: samples)
        let blockSize = 64
        let blocks = (samples + blockSize - 1) / blockSize
        values.withUnsafeBufferPointer { v in
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                var rng = SplitMix64(seed: seed &+ UInt64(block) &* 0xD1B5_4A32_D192_ED03)
                var w = [Double](repeating: 0, count: n)
                for s in (block * blockSize) ..< min(samples, (block + 1) * blockSize) {
                    for d in 0..<n { w[d] = 0 }
                    for _ in 0..<n { w[rng.index(below: n)] += 1 }
                    for c in 0..<columns {
                        let base = c * n
                        var sum = 0.0
                        for d in 0..<n { sum += w[d] * v[base + d] }
                        resampled[c, s] = sum / Double(n)
                    }
                }
            }
        }
        let delta = (1 - confidence) / 2
        var out: [(ROUGEMetric, Interval)] = []
        for (k, metric) in metrics.enumerated() {
            var low = [Double](), high = [Double]()
            for j in 0..<3 {
                let sorted = resampled.row(k * 3 + j).sorted()
                low.append(Self.percentile(sorted, 100 * delta))
                high.append(Self.percentile(sorted, 100 * (1 - delta)))
            }
            out.append((metric, Interval(
                low: Score(precision: low[0], recall: low[1], fmeasure: low[2]),
                mid: Score(precision: means[k * 3], recall: means[k * 3 + 1], fmeasure: means[k * 3 + 2]),
                high: Score(precision: high[0], recall: high[1], fmeasure: high[2]))))
        }
        return out
    }

    /// numpy's default percentile of sorted values: linear interpolation between the ranks
    /// around q/100 · (count − 1).
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let pos = q / 100 * Double(sorted.count - 1)
        let lo = Int(pos.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - Double(lo))
    }
}

/// A fixed-size table of resampled means that worker threads fill in disjoint cells.
private final class _Matrix: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Double>
    private let width: Int

    init(rows: Int, columns: Int) {
        storage = .allocate(capacity: max(rows * columns, 1))
        storage.initialize(repeating: 0)
        width = columns
    }

    deinit { storage.deallocate() }

    subscript(row: Int, column: Int) -> Double {
        get { storage[row * width + column] }
        set { storage[row * width + column] = newValue }
    }

    func row(_ r: Int) -> [Double] { Array(storage[(r * width) ..< ((r + 1) * width)]) }
}
