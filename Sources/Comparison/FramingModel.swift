import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import TextProcessing

/// A per-sentence framing score: how likely a sentence is to carry framing (a loaded phrase, or
/// content that is selected to cast someone in a light), `p = σ(bias + Σ wᵢ·fᵢ)` over five
/// transparent features of the sentence alone.
///
/// | feature | value |
/// |---|---|
/// | `log_words` | ln(1 + words) — longer sentences hold more annotated spans |
/// | `loaded` | loaded words and loaded report verbs (`FramingLexicons.loaded`, `.loadedReportVerbs`) |
/// | `intensifiers` | intensifiers ("very", "sharply") |
/// | `strongest_negative` | max(0, −min v)/4 over the words' VADER valence v (−4…+4): one strongly negative word is a judgement, many mild ones mostly a long sentence |
/// | `partial_quote` | 1 when some but under 80 % of the words are inside quotation marks: a quotation woven into the journalist's own sentence |
///
/// A sentence is *framed* when `p ≥ threshold`. The weights are fitted by
/// `scripts/calibrate-framing` on BASIL's development triplets (Fan et al., EMNLP 2019: Fox
/// News, New York Times and HuffPost articles with lexical and informational bias annotations),
/// with leave-triplets-out cross-validation; only the six numbers are shipped
/// (`Models/framing/en-basil-v1/weights.tsv`). The score is weak evidence (cross-validated F1
/// 37 for BASIL's biased sentences against 32 for marking every sentence, docs/compare.md):
/// use it to rank sentences for a reader, not to judge one.
public struct FramingModel: Sendable, Equatable {
    /// The feature names, in the order of `weights` and of `features(...)`'s values.
    public static let featureNames = ["log_words", "loaded", "intensifiers", "strongest_negative", "partial_quote"]

    public var bias: Double
    public var weights: [Double]
    public var threshold: Double

    public init(bias: Double, weights: [Double], threshold: Double) {
        precondition(weights.count == Self.featureNames.count,
                     "FramingModel: \(weights.count) weights for \(Self.featureNames.count) features")
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
    }

    /// The bundled model, `Models/framing/en-basil-v1/weights.tsv`.
    public static func bundled() throws -> FramingModel {
        let file = "framing/en-basil-v1/weights.tsv"
        return try parse(try ModelStore.lines(file), file: file)
    }

    /// Parses `name<TAB>number` lines: `bias`, `threshold` and one weight per feature name.
    /// - Throws: `ComparisonError.malformedModel` naming the file and line.
    static func parse(_ lines: [String], file: String) throws -> FramingModel {
        let m = try _LogisticWeights.parse(lines, file: file, names: featureNames)
        return FramingModel(bias: m.bias, weights: m.weights, threshold: m.threshold)
    }

    /// The feature values of one sentence (see the table above), in `featureNames` order.
    /// - Parameters:
    ///   - words: the sentence's words with their quotation state.
    ///   - loaded: how many loaded terms it holds (`FramingProfile.loadedTerms`).
    ///   - valence: VADER's valence (the model was fitted with it; a user's `--lexicon` does not
    ///     replace it here).
    static func features(_ words: [_Word], loaded: Int, lexicons lex: FramingLexicons,
                         valence: [String: Double]) -> [Double] {
        let lower = words.map(\.lower)
        let negative = lower.reduce(0.0) { max($0, -(valence[$1] ?? 0)) } / 4
        let quoted = Double(words.filter(\.inQuote).count) / Double(max(words.count, 1))
        return [log(1 + Double(words.count)), Double(loaded), Double(lex.intensifiers.matches(in: lower).count),
                negative, quoted > 0 && quoted < 0.8 ? 1 : 0]
    }

    /// The probability that a sentence with these feature values carries framing, in (0, 1).
    public func score(_ features: [Double]) -> Double {
        _LogisticWeights.probability(bias: bias, weights: weights, features)
    }
}
