extension String {
    /// The string with `&`, `<`, `>` and `"` replaced by their XML entities, safe inside XML or
    /// HTML text and double-quoted attributes (used by the SVG chart and HTML reports).
    ///
    ///     "a < b & \"c\"".xmlEscaped   // "a &lt; b &amp; &quot;c&quot;"
    public var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
