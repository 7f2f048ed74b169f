import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Raw co-occurrence counts of one metric for one reference–prediction pair, before they
/// become P/R/F. Kept apart so that several references can be combined the way ROUGE-1.5.5
/// does (`-f A` adds counts over references).
struct _Counts {
    /// Matches (for ROUGE-W, the sum of f(run length)).
    var hits: Double
    /// Units in the reference (n-grams, skip bigrams, tokens; for ROUGE-W f(Σ f(sentence length))).
    var reference: Double
    /// Units in the prediction (for ROUGE-W f(token count)).
    var prediction: Double
    /// The per-reference score ROUGE-1.5.5's `-f B` ranks references by (its recall; for ROUGE-W
    /// f⁻¹(hits / Σ f(sentence length))).
    var selection: Double

    static let zero = _Counts(hits: 0, reference: 0, prediction: 0, selection: 0)

    static func + (l: _Counts, r: _Counts) -> _Counts {
        _Counts(hits: l.hits + r.hits, reference: l.reference + r.reference,
                prediction: l.prediction + r.prediction, selection: 0)
    }

    /// P, R and F. rouge-score divides by max(count, 1); ROUGE-W applies f⁻¹(x) = x^(1/w).
    func score(weight: Double?, alpha: Double, roundTo5: Bool) -> Score {
        var r = reference > 0 ? hits / reference : 0
        var p = prediction > 0 ? hits / prediction : 0
        if let w = weight {
            r = Glibc.pow(r, 1 / w)
            p = Glibc.pow(p, 1 / w)
        }
        guard roundTo5 else { return Score(precision: p, recall: r, alpha: alpha) }
        // ROUGE-1.5.5 prints each document's R and P with "%7.5f" and computes F from those.
        r = _round5(r)
        p = _round5(p)
        let d = (1 - alpha) * p + alpha * r
        let f = d > 0 ? _round5(p * r / d) : 0
        return Score(precision: p, recall: r, fmeasure: f)
    }
}

/// `sprintf("%7.5f", x)` read back as a number (the C library rounds the exact binary value).
func _round5(_ x: Double) -> Double {
    Double(String(cFormat: "%.5f", x)) ?? x
}
