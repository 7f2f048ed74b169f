extension String {
    /// `self` with every occurrence of `target` replaced by `replacement`, as Foundation's
    /// `replacingOccurrences(of:with:)` does for a one-scalar target, without Foundation.
    ///
    /// Foundation matches scalar by scalar (`"\n"` matches inside `"\r\n"`), but not when the
    /// match is followed by a combining character, which belongs to it: `"|\u{301}"` keeps its
    /// bar. Combining here means `Grapheme_Extend` (nonspacing and enclosing marks, some spacing
    /// marks such as U+09BE, the half-width kana voicing marks) or an emoji skin-tone modifier
    /// (U+1F3FB–U+1F3FF). Over every scalar this differs from Foundation for 109 of them: 82 that
    /// Unicode 16 and 17 added, which Foundation's tables predate, and 27 older marks on which
    /// the two sets of tables disagree (Kannada U+0CC0 and others).
    ///
    ///     "a|b".replacingAll("|", with: "\\|")          // "a\\|b"
    ///     "x\r\ny".replacingAll("\n", with: "<br>")     // "x\r<br>y"
    /// - Complexity: O(n).
    public func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return self }
        var out = String.UnicodeScalarView()
        let scalars = Array(unicodeScalars)
        for (k, u) in scalars.enumerated() {
            if u == target, k + 1 == scalars.count || !Self.isCombining(scalars[k + 1]) {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// True for the scalars that attach to the one before them in Foundation's matching.
    static func isCombining(_ u: Unicode.Scalar) -> Bool {
        u.properties.isGraphemeExtend || (0x1F3FB...0x1F3FF).contains(u.value)
    }
}
