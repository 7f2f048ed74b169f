/// JSON string literals for the hand-written JSON writers of every module (summaries, ROUGE
/// reports, comparisons): one escaping rule, so the machine interfaces cannot drift apart.
public enum JSONText {
    /// Appends `s` to `out` as a JSON string literal: quote, backslash and control characters
    /// escaped (`\n`, `\r`, `\t`, else `\u00XX` in lower-case hex); everything else verbatim UTF-8.
    ///
    ///     var out = ""
    ///     JSONText.appendQuoted("say \"hi\"\n", to: &out)   // out == #""say \"hi\"\n""#
    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        // Over UTF-8 bytes: the escaped characters are ASCII, which never occurs inside a
        // multi-byte sequence, so whole runs between them are appended at once.
        var s = s
        let clean = s.withUTF8 { b -> Bool in
            var start = 0
            for i in 0..<b.count {
                let c = b[i]
                guard c == 0x22 || c == 0x5C || c < 0x20 else { continue }
                if start < i { out += String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self) }
                switch c {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default:
                    let hex = String(c, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                start = i + 1
            }
            if start == 0 { return true }
            if start < b.count { out += String(decoding: UnsafeBufferPointer(rebasing: b[start..<b.count]), as: UTF8.self) }
            return false
        }
        if clean { out += s }
        out += "\""
    }

    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }
}
