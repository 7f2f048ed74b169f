extension ResultsTable {
    /// The rows as CSV (RFC 4180), one line per row, F1 in [0, 1] to 6 decimals:
    ///
    ///     method,from,words,rouge1_low,rouge1_mid,rouge1_high,rouge1_p,…
    ///     lead,Parallax,60.8,0.439053,0.448052,0.456045,0.000400,…
    ///
    /// `_p` is empty for the best row and the oracle.
    public func csv() -> String {
        var header = ["method", "from", "words"]
        for k in keys { header += ["\(k)_low", "\(k)_mid", "\(k)_high", "\(k)_p"] }
        var lines = [header.joined(separator: ",")]
        for r in rows {
            var cells = [csvField(r.method), csvField(r.kind.label), fixed(r.words, 1)]
            for k in keys.indices {
                let s = r.scores[k]
                cells += [fixed(s.low, 6), fixed(s.mid, 6), fixed(s.high, 6), r.pValues[k].map { fixed($0, 6) } ?? ""]
            }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Quotes a CSV field when it holds a comma, quote or line break (doubling inner quotes).
func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
}

import FoundationEssentials
import TextProcessing
