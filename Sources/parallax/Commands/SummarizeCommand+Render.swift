import Parallax

/// Renders a `Summary` for the terminal (text), for documents (markdown) or for programs (JSON).
struct SummaryRenderer {
    var summary: Summary
    var sources: [String]
    var explain: Bool

    func render(_ format: SummaryFormat) -> String {
        switch format {
        case .json: return summary.json(includeCandidates: explain) + "\n"
        case .text:
            var out = summary.sentences.map { $0.text.replacingNewlines + "\n" }.joined()
            if explain { out += "\n" + table(markdown: false) }
            return out
        case .markdown:
            var out = "**Summary** (\(summary.method.rawValue), \(summary.sentences.count) of \(summary.candidates.count) sentences)\n\n"
            out += summary.sentences.map { "- \($0.text.replacingNewlines)\n" }.joined()
            if explain { out += "\n" + table(markdown: true) }
            return out
        }
    }

    /// Every candidate sentence in reading order with its rank and score.
    func table(markdown: Bool) -> String {
        let multi = Set(summary.candidates.map(\.source)).count > 1
        func position(_ s: ScoredSentence) -> String { multi ? "\(s.source + 1):\(s.positionInSource + 1)" : "\(s.position + 1)" }
        func clip(_ t: String) -> String {
            let flat = t.replacingNewlines
            return flat.count > 72 ? String(flat.prefix(71)) + "…" : flat
        }
        if markdown {
            var out = "| | rank | score | sentence | text |\n|---|---:|---:|---:|---|\n"
            for s in summary.candidates {
                out += "| \(s.selected ? "✓" : "") | \(s.rank) | \(Summary.format(s.score)) | \(position(s)) | \(clip(s.text).replacingAll("|", with: "\\|")) |\n"
            }
            return out
        }
        var out = "sel  rank  score       sentence  text\n"
        for s in summary.candidates {
            out += (s.selected ? " *  " : "    ") + pad(String(s.rank), 5) + "  " + pad(Summary.format(s.score), 10, left: true)
                + "  " + pad(position(s), 8) + "  " + clip(s.text) + "\n"
        }
        return out
    }

    private func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, n - s.count))
        return left ? s + fill : fill + s
    }
}

extension String {
    /// Line breaks inside a sentence flattened to spaces (one sentence a line on output).
    var replacingNewlines: String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
