import FoundationEssentials
import TextProcessing

extension ResultsTable {
    /// The table as GitHub Markdown: a title, a one-line legend, the table, notes, and how the run
    /// was made (command, commit, scorer, models, seed, date), ready for `Evaluation/results/`.
    ///
    /// Cells are F1 × 100 with the bootstrap 95% interval: `44.81 [43.91, 45.60]`. Each ROUGE
    /// column is followed by `p`, the paired test against that column's best row: `best` on the
    /// best row, a `*` after p when p < alpha, blank for the oracle. `chart`, when given, is the
    /// file name of the SVG chart, linked under the table.
    public func markdown(chart: String? = nil) -> String {
        var out = "# ROUGE on \(dataset)\n\n"
        out += "\(documents) records · \(metadata.length) · F1 × 100 with bootstrap 95% CIs · "
        out += "`*` = significantly below the column's best row (paired test, p < \(fixed(alpha, 2)))\n\n"
        var header = "| Method | From | Words |"
        var rule = "|:--|:--|--:|"
        for k in keys { header += " \(displayName(k)) | p |"; rule += ":--|--:|" }
        out += header + "\n" + rule + "\n"
        let best = keys.indices.map { bestRow(forKey: $0) }
        for (i, r) in rows.enumerated() {
            var line = "| \(r.method) | \(r.kind.label) | \(fixed(r.words, 1)) |"
            for k in keys.indices {
                let s = r.scores[k]
                line += " \(percent(s.mid)) [\(percent(s.low)), \(percent(s.high))] | \(pCell(row: i, key: k, best: best[k])) |"
            }
            out += line + "\n"
        }
        if let chart { out += "\n![ROUGE with 95% CIs per method](\(chart))\n" }
        if !notes.isEmpty {
            out += "\n"
            for n in notes { out += "- \(n)\n" }
        }
        out += "\n## How this was made\n\n"
        out += "- Command: `\(metadata.command)`\n"
        out += "- Commit: \(metadata.commit)\n"
        out += "- Scorer: \(metadata.scorer)\n"
        out += "- Models: \(metadata.models.isEmpty ? "none" : metadata.models.joined(separator: ", "))\n"
        out += "- Length: \(metadata.length); seed \(metadata.seed)\n"
        if !metadata.includedOutputs.isEmpty {
            let peers = rows.filter { $0.kind == .external }.map(\.method)
            out += "- Included outputs: \(metadata.includedOutputs.map { "`\($0)`" }.joined(separator: ", ")) (\(peers.joined(separator: ", ")));"
            out += " peers' outputs are made by `scripts/peers \(dataset)` (docs/evaluate.md)\n"
        }
        if skipped.isEmpty {
            out += "- Records skipped: none\n"
        } else {
            let shown = skipped.prefix(5).map { "\(PathName.lastPathComponent($0.file)):\($0.line): \($0.reason)" }
            out += "- Records skipped: \(skipped.count) (\(shown.joined(separator: "; "))\(skipped.count > 5 ? "; …" : ""))\n"
        }
        out += "- Date: \(metadata.date)\n"
        return out
    }

    func pCell(row i: Int, key k: Int, best: Int?) -> String {
        if i == best { return "best" }
        guard let p = rows[i].pValues[k] else { return "" }
        return pText(p) + (p < alpha ? " *" : "")
    }
}

extension ResultRow.Kind {
    /// The `From` column: who produced the row.
    public var label: String {
        switch self {
        case .oracle: return "oracle (ceiling)"
        case .ours: return "Parallax"
        case .external: return "peer"
        }
    }
}
