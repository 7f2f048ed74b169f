extension StringProtocol {
    /// The text without leading and trailing tabs and space separators (Unicode category Zs) —
    /// the set `trimmingCharacters(in: .whitespaces)` removes, without Foundation's
    /// `CharacterSet`, whose first use cost a tenth of `parallax summarize`'s start-up when the
    /// model lists were read.
    func _trimmedSpaces() -> String {
        let s = unicodeScalars
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == "\t" || c == " " || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator) }
        guard let first = s.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = s.lastIndex(where: { !isSpace($0) })!
        return String(String.UnicodeScalarView(s[first...last]))
    }
}
