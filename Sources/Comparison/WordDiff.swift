/// A word-level difference between two aligned sentences, from the longest common subsequence
/// of their tokens.
///
/// The classic dynamic programme (Hirschberg 1975's quadratic-space form; sentences are short):
/// tokens are compared lower-cased, shown as written. Between two common words, what only the
/// first sentence has and what only the second has form one edit: both sides non-empty is a
/// substitution ("detained" → "seized"), only the second an addition ("an unlawful march"),
/// only the first an omission. Each edit is tagged with what its words are: an attribution
/// (report verbs, "according to"), a hedge, an intensifier, loaded wording, or else a modifier
/// when it is an addition or omission of at most two words.
public struct WordDiff: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable { case substitution, addition, omission }

    public struct Edit: Sendable, Equatable {
        public var kind: Kind
        /// The words of the first sentence (empty for an addition).
        public var from: String
        /// The words of the second sentence (empty for an omission).
        public var to: String
        /// What the changed words are: "attribution", "hedge", "intensifier", "loaded", "modifier".
        public var tags: [String]
    }

    public var edits: [Edit]
    /// Fraction of the longer sentence's words that are common, in [0, 1]; 1 for identical sentences.
    public var overlap: Double

    /// The tokens of both sentences as a merged sequence of (kept, from-only, to-only) runs.
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var prev = Array(repeating: 0, count: b.count + 1), cur = prev
        for i in 1...a.count {
            for j in 1...b.count {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : max(prev[j], cur[j - 1])
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// The diff of `a` against `b`, tagging edits with `lexicons`.
    public static func between(_ a: String, _ b: String, lexicons: FramingLexicons) -> WordDiff {
        let wa = _WordScanner.words(a), wb = _WordScanner.words(b)
        // "a" and "an" compare equal, so "a march" → "an unlawful march" is the addition of "unlawful".
        let la = wa.map { $0.lower == "an" ? "a" : $0.lower }, lb = wb.map { $0.lower == "an" ? "a" : $0.lower }
        let n = la.count, m = lb.count
        // Full table for the trace-back.
        var t = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    t[i][j] = la[i] == lb[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
                }
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        var fromRun: [String] = [], toRun: [String] = [], fromLower: [String] = [], toLower: [String] = []
        func flush() {
            guard !fromRun.isEmpty || !toRun.isEmpty else { return }
            let kind: Kind = fromRun.isEmpty ? .addition : (toRun.isEmpty ? .omission : .substitution)
            edits.append(Edit(kind: kind, from: fromRun.joined(separator: " "), to: toRun.joined(separator: " "),
                              tags: tags(fromLower + toLower, kind: kind, size: max(fromRun.count, toRun.count), lexicons)))
            fromRun = []; toRun = []; fromLower = []; toLower = []
        }
        while i < n || j < m {
            if i < n, j < m, la[i] == lb[j] {
                flush(); i += 1; j += 1
            } else if j < m, i == n || t[i][j + 1] >= t[i + 1][j] {
                toRun.append(wb[j].text); toLower.append(lb[j]); j += 1
            } else {
                fromRun.append(wa[i].text); fromLower.append(la[i]); i += 1
            }
        }
        flush()
        let common = n > 0 && m > 0 ? t[0][0] : 0
        return WordDiff(edits: edits, overlap: max(n, m) == 0 ? 1 : Double(common) / Double(max(n, m)))
    }

    private static func tags(_ words: [String], kind: Kind, size: Int, _ lex: FramingLexicons) -> [String] {
        var out: [String] = []
        if !lex.neutralReportVerbs.matches(in: words).isEmpty || !lex.loadedReportVerbs.matches(in: words).isEmpty {
            out.append("attribution")
        }
        if !lex.hedges.matches(in: words).isEmpty { out.append("hedge") }
        if !lex.intensifiers.matches(in: words).isEmpty { out.append("intensifier") }
        if !lex.loaded.matches(in: words).isEmpty || !lex.loadedReportVerbs.matches(in: words).isEmpty { out.append("loaded") }
        if out.isEmpty, kind != .substitution, size <= 2 { out.append("modifier") }
        return out
    }
}
