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
    /// Positions (0-based, in the second sentence's words) of the words that are not common.
    public var changedInSecond: Set<Int>
    /// Fraction of the longer sentence's words that are common, in [0, 1]; 1 for identical sentences.
    public var overlap: Double

    /// The largest middle part (words of one side × words of the other, after the common prefix and
    /// suffix) diffed word by word; a larger one is reported as a single edit.
    static let maxCells = 4_000_000

    /// The length of the longest common subsequence of `a` and `b` (two rows of the table).
    static func lcsLength<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
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
        between(words: _WordScanner.words(a), _WordScanner.words(b), lexicons: lexicons)
    }

    /// The diff of two sentences already scanned into words.
    static func between(words wa: [_Word], _ wb: [_Word], lexicons: FramingLexicons) -> WordDiff {
        // "a" and "an" compare equal, so "a march" → "an unlawful march" is the addition of "unlawful".
        let la = wa.map { $0.lower == "an" ? "a" : $0.lower }, lb = wb.map { $0.lower == "an" ? "a" : $0.lower }
        let n = la.count, m = lb.count
        // Common prefix and suffix are matched directly; the table covers only the middle.
        var p = 0
        while p < n, p < m, la[p] == lb[p] { p += 1 }
        var q = 0
        while q < n - p, q < m - p, la[n - 1 - q] == lb[m - 1 - q] { q += 1 }
        let mn = n - p - q, mm = m - p - q
        // Beyond `maxCells` the middle is one edit instead of a quadratic table (a 10,000-word
        // sentence must not need 800 MB).
        let tabled = mn * mm <= Self.maxCells
        var t = Array(repeating: Array(repeating: 0, count: (tabled ? mm : 0) + 1), count: (tabled ? mn : 0) + 1)
        if tabled && mn > 0 && mm > 0 {
            for i in stride(from: mn - 1, through: 0, by: -1) {
                for j in stride(from: mm - 1, through: 0, by: -1) {
                    t[i][j] = la[p + i] == lb[p + j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
                }
            }
        }
        var edits: [Edit] = []
        var changed = Set<Int>()
        var fromRun: [String] = [], toRun: [String] = [], fromLower: [String] = [], toLower: [String] = []
        func flush() {
            guard !fromRun.isEmpty || !toRun.isEmpty else { return }
            let kind: Kind = fromRun.isEmpty ? .addition : (toRun.isEmpty ? .omission : .substitution)
            edits.append(Edit(kind: kind, from: fromRun.joined(separator: " "), to: toRun.joined(separator: " "),
                              tags: tags(fromLower + toLower, kind: kind, size: max(fromRun.count, toRun.count), lexicons)))
            fromRun = []; toRun = []; fromLower = []; toLower = []
        }
        var i = 0, j = 0  // indices into the middle
        while i < mn || j < mm {
            if tabled, i < mn, j < mm, la[p + i] == lb[p + j] {
                flush(); i += 1; j += 1
            } else if j < mm, i == mn || !tabled || t[i][j + 1] >= t[i + 1][j] {
                toRun.append(wb[p + j].text); toLower.append(lb[p + j]); changed.insert(p + j); j += 1
            } else {
                fromRun.append(wa[p + i].text); fromLower.append(la[p + i]); i += 1
            }
        }
        flush()
        let common = p + q + (tabled && mn > 0 && mm > 0 ? t[0][0] : 0)
        return WordDiff(edits: edits, changedInSecond: changed, overlap: max(n, m) == 0 ? 1 : Double(common) / Double(max(n, m)))
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
