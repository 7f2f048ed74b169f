import FoundationEssentials
import TextProcessing

/// One ROUGE variant, named as rouge-score and ROUGE-1.5.5 name them.
///
/// | name | definition (Lin 2004) | ROUGE-1.5.5 |
/// |---|---|---|
/// | `rouge1`…`rouge9` | n-gram co-occurrence, clipped counts | `-n N` |
/// | `rougeL` | LCS of the two texts, each taken as one sequence (rouge-score's `rougeL`) | — |
/// | `rougeLsum` | summary-level LCS: union LCS of each reference sentence against every predicted sentence, hits clipped by unigram counts (no double counting) | ROUGE-L |
/// | `rougeW` / `rougeW-1.2` | weighted LCS with f(k) = k^w, summary level | `-w 1.2` |
/// | `rougeS4`, `rougeS*` | skip bigrams at most 4 apart (any distance) | `-2 4`, `-2 -1` |
/// | `rougeSU4`, `rougeSU*` | the same plus unigrams | `-2 4 -u` |
public enum ROUGEMetric: Sendable, Hashable, CustomStringConvertible {
    case n(Int)
    case l
    case lsum
    case w(weight: Double)
    /// Skip bigrams with at most `maxSkip` words between the two (nil = unlimited), plus
    /// unigrams when `unigrams`.
    case s(maxSkip: Int?, unigrams: Bool)

    /// Parses a name such as `rouge2`, `rougeLsum`, `rougeW-1.3`, `rougeSU4` or `rougeS*`.
    public init(name: String) throws {
        switch name {
        case "rougeL": self = .l; return
        case "rougeLsum": self = .lsum; return
        case "rougeW": self = .w(weight: 1.2); return
        default: break
        }
        if name.hasPrefix("rougeW-"), let w = Double(name.dropFirst(7)), w > 1 {
            self = .w(weight: w); return
        }
        if name.count == 6, name.hasPrefix("rouge"), let n = Int(name.dropFirst(5)), (1...9).contains(n) {
            self = .n(n); return
        }
        for (prefix, unigrams) in [("rougeSU", true), ("rougeS", false)] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest == "*" { self = .s(maxSkip: nil, unigrams: unigrams); return }
            if let d = Int(rest), d >= 0, String(d) == rest { self = .s(maxSkip: d, unigrams: unigrams); return }
        }
        throw ScoringError.unknownMetric(name)
    }

    /// Parses a comma-separated list of names.
    public static func list(_ names: String) throws -> [ROUGEMetric] {
        try names.split(separator: ",").map { try ROUGEMetric(name: $0.trimmingWhitespace()) }
    }

    /// The key used in every output (rouge-score's names; `rougeW-1.2` style when w ≠ 1.2).
    public var name: String {
        switch self {
        case .n(let n): return "rouge\(n)"
        case .l: return "rougeL"
        case .lsum: return "rougeLsum"
        case .w(let w): return w == 1.2 ? "rougeW" : "rougeW-\(w)"
        case .s(let d, let u): return (u ? "rougeSU" : "rougeS") + (d.map(String.init) ?? "*")
        }
    }

    public var description: String { name }
}
