import Foundation
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
        var values: [String: Double] = [:]
        for (n, line) in lines.enumerated() {
            let f = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count == 2, let v = Double(f[1]) else {
                throw ComparisonError.malformedModel(file: file, line: n + 1, expected: "name<TAB>number", found: line)
            }
            values[f[0]] = v
        }
        for k in ["bias", "threshold"] + PairFeatures.names where values[k] == nil {
            throw ComparisonError.malformedModel(file: file, line: lines.count, expected: "a line for '\(k)'", found: "end of file")
        }
        return AlignmentModel(bias: values["bias"]!, weights: PairFeatures.names.map { values[$0]! },
                              threshold: values["threshold"]!)
    }

    /// The probability that the pair reports the same thing, in (0, 1).
    public func probability(_ f: PairFeatures) -> Double {
        var z = bias
        for (w, x) in zip(weights, f.values) { z += w * x }
        return 1 / (1 + exp(-z))
    }

    public func aligned(_ f: PairFeatures) -> Bool { probability(f) >= threshold }
}
