import FoundationEssentials

/// Normalises text in two ways: for display (Unicode NFC, nothing else) and for matching
/// (typographic variants folded to ASCII).
///
/// Parallax keeps the text a person reads untouched apart from NFC, so every sentence's
/// range points into what was read. Comparisons of words across outlets, stop-word lookups and
/// abbreviation checks use the *matching form*, in which typographically different spellings of
/// the same text are equal:
///
/// | in the original | matching form |
/// |---|---|
/// | ‘ ’ ‚ ‛ ′ ʼ (curly and prime apostrophes) | `'` |
/// | “ ” „ ‟ ″ « » | `"` |
/// | ‐ ‑ ‒ – — ― − (hyphens, dashes, minus) | `-` |
/// | U+00A0, U+2007, U+202F and the other Unicode spaces | ` ` |
/// | … | `...` |
/// | soft hyphen, zero-width space/joiners, BOM | removed |
///
/// Example:
/// ```swift
/// TextNormalizer.matchingForm("“It’s\u{00A0}over” — 3–4")   // "\"It's over\" - 3-4"
/// ```
/// The matching form can be longer or shorter than the original (`…` becomes three characters),
/// so never index the original with offsets taken from it; use `matchingScalar(_:)` when a
/// scalar-for-scalar correspondence is needed.
public enum TextNormalizer {
    /// `text` in Unicode Normalization Form C (canonical composition): the display form.
    ///
    /// Computed by the standard library's normalizer (`String._nfcCodeUnits`, the one `String`
    /// comparison uses) instead of Foundation's `precomposedStringWithCanonicalMapping`; the two
    /// agree on every scalar of the Unicode version Foundation's tables cover.
    /// - Complexity: O(n).
    public static func displayForm(_ text: String) -> String {
        String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// `text` in NFC with typographic variants folded (see the table in the type's documentation).
    /// - Complexity: O(n).
    public static func matchingForm(_ text: String) -> String {
        // ASCII text is its own NFC and matching form (every fold below is of a non-ASCII scalar).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for s in displayForm(text).unicodeScalars {
            switch s {
            case "\u{2026}": out.append(contentsOf: "...".unicodeScalars)
            default:
                if let m = matchingScalar(s) { out.append(m) }
            }
        }
        return String(out)
    }

    /// The single-scalar matching form of `s`: the folded scalar, `s` itself when nothing
    /// applies, or nil for invisible characters that matching ignores. `…` maps to itself here
    /// (it is three characters only in `matchingForm`).
    public static func matchingScalar(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.value < 0xA0 { return s }  // every case below is at U+00A0 or above
        switch s {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{02BC}": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
        case "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": return nil
        case "\u{00A0}", "\u{1680}", "\u{2000}"..."\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}": return " "
        default: return s
        }
    }
}
