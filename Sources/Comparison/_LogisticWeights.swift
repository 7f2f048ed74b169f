import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The numbers of a logistic decision rule as `Models/<kind>/…/weights.tsv` stores them
/// (`name<TAB>value` lines: `bias`, `threshold` and one weight per feature name), shared by
/// `AlignmentModel` and `FramingModel`.
enum _LogisticWeights {
    /// Parses the lines of `file`.
    /// - Throws: `ComparisonError.malformedModel` for a line that is not `name<TAB>number`, or
    ///   naming the first of `bias`, `threshold`, `names` that has no line.
    static func parse(_ lines: [String], file: String, names: [String])
        throws -> (bias: Double, weights: [Double], threshold: Double) {
        var values: [String: Double] = [:]
        for (n, line) in lines.enumerated() {
            let f = line.split(separator: "\t").map { $0.trimmingWhitespace() }
            guard f.count == 2, let v = Double(f[1]) else {
                throw ComparisonError.malformedModel(file: file, line: n + 1, expected: "name<TAB>number", found: line)
            }
            values[f[0]] = v
        }
        for k in ["bias", "threshold"] + names where values[k] == nil {
            throw ComparisonError.malformedModel(file: file, line: lines.count, expected: "a line for '\(k)'", found: "end of file")
        }
        return (values["bias"]!, names.map { values[$0]! }, values["threshold"]!)
    }

    /// `σ(bias + Σ wᵢ·xᵢ)`, in (0, 1).
    static func probability(bias: Double, weights: [Double], _ x: [Double]) -> Double {
        var z = bias
        for (w, v) in zip(weights, x) { z += w * v }
        return 1 / (1 + exp(-z))
    }
}
