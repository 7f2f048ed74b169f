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
        let scalars = s.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "\"" || c == "\\" || c.value < 0x20 {
                out.append(contentsOf: Substring(scalars[start..<i]))
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                start = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        out.append(contentsOf: Substring(scalars[start..<scalars.endIndex]))
        out += "\""
    }

    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }
}
