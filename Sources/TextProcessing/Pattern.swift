/// A regular expression over the matching form of a line, for `LineClassifier`'s rules.
///
/// Swift `Regex` set up to match as ICU's `NSRegularExpression` (which the patterns were
/// written for) does: over Unicode scalars rather than `Character`s, with ICU's `\w`
/// (letters, marks, decimal digits, connector punctuation, ZWNJ and ZWJ; Swift's leaves out
/// the marks), ICU's `\d` (decimal digits only) and ICU's `\b` (see ``icuCompatible(_:)``).
/// Case-insensitive matching folds case simply: unlike ICU, `s` does not match `ſ` nor `k`
/// the Kelvin sign.
///
/// Compiling a `Regex` from its text costs about a quarter of a millisecond, and the rules
/// hold seventeen, so each pattern is compiled on its first use, and not at all for lines
/// that lack every one of its `mustContain` strings (compared with the line's ASCII letters
/// lower-cased): a pattern names there text that every match contains.
///
///     Pattern(#"^have a (news )?tip\b"#, mustContain: ["have a "]).matches("Have a tip? Write in")   // true
final class Pattern: @unchecked Sendable {
    private let source: String
    private let caseInsensitive: Bool
    private let mustContain: [[UInt8]]
    private let lock = Lock()
    private var compiled: Regex<AnyRegexOutput>?

    /// - Parameter mustContain: strings (lower case) of which every match contains one; empty
    ///   when there are none to name.
    init(_ pattern: String, caseInsensitive: Bool = true, mustContain: [String] = []) {
        source = pattern
        self.caseInsensitive = caseInsensitive
        self.mustContain = mustContain.map { Array($0.utf8) }
    }

    /// The compiled expression (compiled once, on first use; invalid patterns are programmer
    /// errors in `LineClassifier`'s fixed lists).
    var regex: Regex<AnyRegexOutput> {
        lock.withLock {
            if let compiled { return compiled }
            let r = try! Regex(Self.icuCompatible(source)).ignoresCase(caseInsensitive).matchingSemantics(.unicodeScalar)
            compiled = r
            return r
        }
    }

    /// True when the pattern matches somewhere in `s`.
    func matches(_ s: String) -> Bool {
        if !mustContain.isEmpty && !Self.containsAny(mustContain, in: s) { return false }
        return s.contains(regex)
    }

    /// True when `s`, with ASCII letters lower-cased, contains one of `needles` (UTF-8).
    static func containsAny(_ needles: [[UInt8]], in s: String) -> Bool {
        var s = s
        return s.withUTF8 { hay in
            needles.contains { needle in
                guard needle.count <= hay.count else { return false }
                search: for i in 0...(hay.count - needle.count) {
                    for (j, b) in needle.enumerated() {
                        let c = hay[i + j]
                        if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != b { continue search }
                    }
                    return true
                }
                return false
            }
        }
    }

    /// The members of ICU's `\w`, for use inside a character class.
    static let icuWordMembers = #"\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u{200C}\u{200D}"#

    /// `pattern` with `\w` and `\d` spelled out as ICU's classes and `\b` as "no ICU word,
    /// format or extending character next", which is ICU's `\b` wherever a word character
    /// precedes it — as in every pattern of `LineClassifier` (each `\b` ends a word: `tip\b`,
    /// `(updated|corrected)\b`).
    static func icuCompatible(_ pattern: String) -> String {
        var out = "", inClass = false
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                switch chars[i + 1] {
                case "w": out += inClass ? icuWordMembers : "[\(icuWordMembers)]"
                // ICU never puts a boundary before a format character or a grapheme extender.
                case "b" where !inClass: out += #"(?![\#(icuWordMembers)\p{Cf}\p{Grapheme_Extend}])"#
                case "d": out += #"\p{Nd}"#  // Swift's \d also takes other numbers (Ⅻ)
                default: out += "\\\(chars[i + 1])"
                }
                i += 2
                continue
            }
            if c == "[", !inClass { inClass = true } else if c == "]", inClass { inClass = false }
            out.append(c)
            i += 1
        }
        return out
    }
}
