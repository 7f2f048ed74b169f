/// Splits text into word tokens for analysis (not for ROUGE, which has its own tokenizer).
///
/// A token is a run of letters or digits, joined across inner hyphens, apostrophes and
/// decimal points ("state-run", "don't", "3.5"). Tokens are lower-cased.
public struct Tokenizer: Sendable {
    public init() {}

    /// The lower-cased word tokens of `text`.
    public func words(_ text: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func isWord(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if isWord(c) {
                cur.append(c)
            } else if !cur.isEmpty, "-'’.".unicodeScalars.contains(c), i + 1 < scalars.count, isWord(scalars[i + 1]) {
                cur.append(c == "’" ? "'" : c)
            } else if !cur.isEmpty {
                out.append(String(cur).lowercased()); cur = String.UnicodeScalarView()
            }
            i += 1
        }
        if !cur.isEmpty { out.append(String(cur).lowercased()) }
        return out
    }
}
