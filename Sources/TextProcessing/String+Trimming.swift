/// White-space trimming with the semantics of Foundation's
/// `trimmingCharacters(in: .whitespaces)` and `(in: .whitespacesAndNewlines)`, without
/// Foundation: Parallax links only `FoundationEssentials`, which has no `CharacterSet`.
///
/// Foundation trims Unicode *scalars* (not `Character`s), so a space before a combining mark
/// is removed and the mark stays: `" \u{301}x"` trims to `"\u{301}x"`. The sets are
/// Foundation's, which differ from `Character.isWhitespace`:
///
/// | set | scalars |
/// |---|---|
/// | ``Unicode/Scalar/isFoundationWhitespace`` | U+0009, U+0020, U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000 |
/// | ``Unicode/Scalar/isFoundationNewline`` | U+000A–U+000D, U+0085, U+2028, U+2029 |
///
/// U+200B ZERO WIDTH SPACE counts as white space (Foundation's table predates its move out of
/// `Zs`); U+180E and U+FEFF do not.
///
///     "\u{00A0} a b\t".trimmingWhitespace()          // "a b"
///     "\n a \u{2028}".trimmingWhitespaceAndNewlines()  // "a"
extension Unicode.Scalar {
    /// True for the scalars of Foundation's `CharacterSet.whitespaces` (see the table above).
    @inlinable
    public var isFoundationWhitespace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// True for the scalars of Foundation's `CharacterSet.newlines`.
    @inlinable
    public var isFoundationNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// `self` without leading and trailing scalars for which `drop` is true.
    /// - Complexity: O(n).
    public func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Foundation's `trimmingCharacters(in: .whitespaces)`: spaces and tabs, not newlines.
    public func trimmingWhitespace() -> String {
        trimmingScalars(where: \.isFoundationWhitespace)
    }

    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars(where: { $0.isFoundationWhitespace || $0.isFoundationNewline })
    }
}
