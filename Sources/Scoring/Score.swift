/// Precision, recall and F of one ROUGE metric, as rouge-score's `Score` tuple.
///
/// ROUGE is 0 when either side is empty: precision and recall are then 0, and F is 0
/// whenever P + R = 0.
public struct Score: Sendable, Hashable, Codable {
    public var precision: Double
    public var recall: Double
    public var fmeasure: Double

    public init(precision: Double, recall: Double, fmeasure: Double) {
        self.precision = precision
        self.recall = recall
        self.fmeasure = fmeasure
    }

    /// A score with F computed from P and R with weight α on recall (ROUGE-1.5.5's `-p α`):
    /// F = P·R / ((1 − α)·P + α·R). α = 0.5 is the harmonic mean, computed as rouge-score
    /// does (2·P·R / (P + R)) so that the last bit agrees with it.
    public init(precision: Double, recall: Double, alpha: Double = 0.5) {
        self.precision = precision
        self.recall = recall
        self.fmeasure = Score.fmeasure(precision: precision, recall: recall, alpha: alpha)
    }

    /// F_α of a precision and a recall; 0 when the denominator is 0.
    public static func fmeasure(precision p: Double, recall r: Double, alpha: Double = 0.5) -> Double {
        if alpha == 0.5 { return p + r > 0 ? 2 * p * r / (p + r) : 0 }
        let d = (1 - alpha) * p + alpha * r
        return d > 0 ? p * r / d : 0
    }

    /// The all-zero score (either side empty).
    public static let zero = Score(precision: 0, recall: 0, fmeasure: 0)
}
