/// Splits text into word tokens for analysis (not for ROUGE, which has its own tokenizer that
/// must match rouge-score exactly).
///
/// The text is cut at white space into chunks; each chunk, without its outer punctuation, is
/// either a URL (`http://…`, `https://…`, `www.…`) or an e-mail address, kept whole, or is split
/// into runs of letters and digits, joined across
/// - hyphens inside a word: "state-run", "38-minute" (not en or em dashes: "3–4" is two numbers),
/// - apostrophes inside a word: "don't", "Putin’s" (typographic apostrophes are folded to `'`),
/// - periods between letters or digits: "U.S", "3.5", "1.13bn",
/// - commas between digits: "1,550,000".
/// A token made only of digits and `.`/`,` is a number; anything else is a word.
///
/// Example:
/// ```swift
/// Tokenizer().words("Germany’s state-run RT paid $1,200.50 (see www.example.org).")
/// // ["germany's", "state-run", "rt", "paid", "1,200.50", "see"]
/// ```
/// - Complexity: O(n) in the length of the text.
public struct Tokenizer: Sendable {
    public init() {}

    /// What a token is.
    public enum Kind: String, Sendable, Equatable {
        case word, number, url, email
    }

    /// One token with its place in the text.
    public struct Token: Sendable, Equatable {
        /// The token as written in the text.
        public var text: String
        /// Lower-cased, in `TextNormalizer`'s matching form (’ → '): the form to count and compare.
        public var normalized: String
        public var kind: Kind
        /// Offsets in Unicode scalars into the text that was tokenized.
        public var range: Range<Int>
    }

    /// The lower-cased words and numbers of `text` (URLs and e-mail addresses left out).
    public func words(_ text: String) -> [String] {
        tokens(in: text).filter { $0.kind == .word || $0.kind == .number }.map(\.normalized)
    }

    /// Every token of `text`, in order.
    public func tokens(in text: String) -> [Token] {
        let original = Array(text.unicodeScalars)
        let m = original.map { TextNormalizer.matchingScalar($0) ?? "\u{200B}" }
        var out: [Token] = []
        func emit(_ r: Range<Int>, _ kind: Kind) {
            var raw = String.UnicodeScalarView(), norm = String.UnicodeScalarView()
            raw.append(contentsOf: original[r])
            norm.append(contentsOf: m[r].filter { $0 != "\u{200B}" })
            out.append(Token(text: String(raw), normalized: String(norm).lowercased(), kind: kind, range: r))
        }
        var i = 0
        while i < m.count {
            if m[i].properties.isWhitespace { i += 1; continue }
            var end = i
            while end < m.count, !m[end].properties.isWhitespace { end += 1 }
            // The chunk without outer punctuation, for the URL and e-mail tests.
            var a = i, b = end
            while a < b, !Self.isAlnum(m[a]) { a += 1 }
            while b > a, !Self.isAlnum(m[b - 1]) && m[b - 1] != "/" { b -= 1 }
            if a < b, let kind = Self.linkKind(m[a..<b]) {
                emit(a..<b, kind)
            } else {
                scanWords(m, original, i..<end, emit)
            }
            i = end
        }
        return out
    }

    private func scanWords(_ m: [Unicode.Scalar], _ original: [Unicode.Scalar], _ chunk: Range<Int>, _ emit: (Range<Int>, Kind) -> Void) {
        var i = chunk.lowerBound
        while i < chunk.upperBound {
            guard Self.isAlnum(m[i]) else { i += 1; continue }
            let start = i
            var onlyDigits = true
            while i < chunk.upperBound {
                let c = m[i]
                if Self.isAlnum(c) {
                    if !Self.isDigit(c) { onlyDigits = false }
                    i += 1
                    continue
                }
                guard i + 1 < chunk.upperBound, i > start else { break }
                let prev = m[i - 1], next = m[i + 1]
                let joins: Bool
                switch c {
                case "-": joins = Self.isHyphen(original[i]) && Self.isAlnum(next)
                case "'": joins = Self.isLetter(prev) && Self.isLetter(next)
                case ".": joins = Self.isAlnum(prev) && Self.isAlnum(next)
                case ",": joins = Self.isDigit(prev) && Self.isDigit(next)
                default: joins = false
                }
                guard joins else { break }
                if c == "-" || c == "'" { onlyDigits = false }
                i += 1
            }
            emit(start..<i, onlyDigits ? .number : .word)
        }
    }

    /// True for a hyphen (`-`, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN). En and em dashes fold
    /// to `-` in the matching form too, so this looks at the original scalar.
    private static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

    /// `.url` for `http://…`, `https://…`, `www.x.y`; `.email` for `name@host.tld`; nil otherwise.
    static func linkKind(_ s: ArraySlice<Unicode.Scalar>) -> Kind? {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        let lower = String(v).lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return lower.count > 8 ? .url : nil }
        if lower.hasPrefix("www."), lower.dropFirst(4).contains(".") { return .url }
        let parts = lower.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasSuffix("."),
           parts[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) {
            return .email
        }
        return nil
    }
}
