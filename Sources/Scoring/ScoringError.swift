/// Everything that can go wrong while scoring: bad metric names, bad options, unreadable input.
public enum ScoringError: Error, Equatable, CustomStringConvertible {
    /// A metric name that is not one of `rouge1`…`rouge9`, `rougeL`, `rougeLsum`, `rougeW`,
    /// `rougeW-<weight>`, `rougeS<d>`, `rougeSU<d>`, `rougeS*`, `rougeSU*`.
    case unknownMetric(String)
    /// An option outside its range, e.g. α outside [0, 1].
    case invalidOption(String)
    /// Two score lists that must be paired document by document have different lengths.
    case unpaired(Int, Int)

    public var description: String {
        switch self {
        case .unknownMetric(let name):
            return "unknown ROUGE metric '\(name)' (expected rouge1…rouge9, rougeL, rougeLsum, rougeW, rougeW-1.2, rougeS4, rougeSU4, rougeS*, rougeSU*)"
        case .invalidOption(let message):
            return message
        case .unpaired(let a, let b):
            return "paired test needs the same documents on both sides: \(a) scores vs \(b)"
        }
    }
}
