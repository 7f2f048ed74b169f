import FoundationEssentials
import TextProcessing

/// The aligner's decision rule: a logistic model over `PairFeatures`,
/// `p = σ(bias + Σ wᵢ·fᵢ)`, and the threshold above which two sentences count as the same fact.
///
/// Trained and cross-validated on MSRP's training pairs by `scripts/calibrate-aligner`, which
/// writes `Models/aligner/en-msrp-v<N>/weights.tsv` (`name<TAB>value` lines: `bias`,
/// `threshold` and one weight per feature).
public struct AlignmentModel: Sendable, Equatable {
    public var bias: Double
    public var weights: [Double]
    public var threshold: Double

    public init(bias: Double, weights: [Double], threshold: Double) {
        precondition(weights.count == PairFeatures.names.count,
                     "AlignmentModel: \(weights.count) weights for \(PairFeatures.names.count) features")
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
    }

    /// The bundled model, `Models/aligner/en-msrp-v1/weights.tsv`.
    public static func bundled() throws -> AlignmentModel {
        let file = "aligner/en-msrp-v1/weights.tsv"
        return try parse(try ModelStore.lines(file), file: file)
    }

    static func parse(_ lines: [String], file: String) throws -> AlignmentModel {
        let m = try _LogisticWeights.parse(lines, file: file, names: PairFeatures.names)
        return AlignmentModel(bias: m.bias, weights: m.weights, threshold: m.threshold)
    }

    /// The probability that the pair reports the same thing, in (0, 1).
    public func probability(_ f: PairFeatures) -> Double {
        _LogisticWeights.probability(bias: bias, weights: weights, f.values)
    }

    public func aligned(_ f: PairFeatures) -> Bool { probability(f) >= threshold }
}
