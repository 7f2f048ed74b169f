/// One word of a sentence as written, for display, diffs and entity spotting.
struct _Word: Sendable, Equatable {
    /// The word as it appears (case kept, curly apostrophes kept).
    var text: String
    /// Lower-cased, with `’` folded to `'`: the form lexicons are matched against.
    var lower: String
    /// Whether the word stands inside quotation marks.
    var inQuote: Bool
}

/// Splits a sentence into words with the same rule as `TextProcessing.Tokenizer` (runs of letters
/// or digits, joined across inner hyphens, apostrophes and decimal points) but keeps the original
/// spelling and tracks quotation marks.
///
/// Quotation state is carried by the caller across the sentences of one paragraph, because a
/// quotation may span sentences. Straight `"` toggles; `“` opens and `”` closes. Single quotes
/// are ignored (they are apostrophes far more often than quotation marks in news text).
enum _WordScanner {
    static func words(_ text: String, inQuote: inout Bool) -> [_Word] {
        var out: [_Word] = []
        var cur = String.UnicodeScalarView()
        var curQuoted = inQuote
        let s = Array(text.unicodeScalars)
        func isWord(_ c: Unicode.Scalar) -> Bool {
            if c.value < 0x80 {  // ASCII fast path: letters and digits
                return (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x30 && c.value <= 0x39)
            }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
        func flush() {
            guard !cur.isEmpty else { return }
            let t = String(cur)
            out.append(_Word(text: t, lower: t.lowercased().replacingAll("’", with: "'"), inQuote: curQuoted))
            cur = String.UnicodeScalarView()
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if isWord(c) {
                if cur.isEmpty { curQuoted = inQuote }
                cur.append(c)
            } else if !cur.isEmpty, "-'’.".unicodeScalars.contains(c), i + 1 < s.count, isWord(s[i + 1]) {
                cur.append(c)
            } else {
                flush()
                if c == "\"" { inQuote.toggle() } else if c == "“" { inQuote = true } else if c == "”" { inQuote = false }
            }
            i += 1
        }
        flush()
        return out
    }

    static func words(_ text: String) -> [_Word] {
        var q = false
        return words(text, inQuote: &q)
    }
}
