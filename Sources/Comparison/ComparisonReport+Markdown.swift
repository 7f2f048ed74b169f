extension ComparisonReport {
    /// The comparison as a Markdown document: outlets, consensus summary, coverage matrix, wording
    /// differences per fact (a member sharing under half its words with the chosen wording is
    /// listed as reworded), unique content, omissions, framing profile, who is quoted, entities.
    /// The outlet table counts the sentences `FramingModel` marks framed. A single version has no
    /// coverage, wording or omission sections; its sentences are listed instead.
    public static func markdown(_ r: StoryComparison) -> String {
        func cell(_ s: String) -> String { s.replacingAll("|", with: "\\|") }
        let single = r.outlets.count == 1
        var md = single ? "# One version (nothing to compare it with)\n\n" : "# Comparison of \(r.outlets.count) versions\n\n"
        md += "| outlet | stance | words | sentences | in shared facts | unique | framed | omits |\n|---|---|---|---|---|---|---|---|\n"
        for o in r.outlets {
            let shared = o.sentences.filter { $0.fact != nil }.count
            md += "| \(cell(o.name)) | \(o.stance ?? "") | \(o.profile.words) | \(o.sentences.count) | \(shared) | \(o.sentences.filter(\.unique).count) | \(o.sentences.filter(\.framed).count) | \(o.omitted.count) |\n"
        }
        let cov = r.coverageSummary
        if !single {
            md += "\nFacts reported by all outlets: \(cov.all); by several: \(cov.several). Aligner threshold \(r.threshold).\n"
        }

        md += single ? "\n## Summary\n\n" : "\n## Consensus summary\n\n"
        if r.consensus.isEmpty { md += "(none)\n" }
        for c in r.consensus { md += "- \(c.text) — *\(c.outlets.joined(separator: ", "))*\n" }

        if !single {
            md += "\n## Coverage\n\n| fact | " + r.outlets.map { cell($0.name) }.joined(separator: " | ") + " |\n|---|"
            md += String(repeating: "---|", count: r.outlets.count) + "\n"
            for (f, row) in zip(r.facts, r.coverage) {
                md += "| \(f.id) | " + row.map { $0.map { "✓ s\($0 + 1)" } ?? "—" }.joined(separator: " | ") + " |\n"
            }

            md += "\n## Wording of shared facts\n"
            for f in r.facts {
                let w = f.wording
                md += "\n**Fact \(f.id)** (\(outletNames(r, f).joined(separator: ", "))): \(r.outlets[w.outlet].sentences[w.sentence].text) — *\(r.outlets[w.outlet].name)*\n"
                for d in f.differences where !d.diff.edits.isEmpty {
                    if d.diff.overlap < 0.5 {  // a rewrite: a word list of edits would not help a reader
                        md += "- \(r.outlets[d.outlet].name): reworded (\(pct(d.diff.overlap)) of the words shared)\n"
                        continue
                    }
                    let edits = d.diff.edits.map { e -> String in
                        let tag = e.tags.isEmpty ? "" : " [\(e.tags.joined(separator: ", "))]"
                        switch e.kind {
                        case .substitution: return "\"\(e.from)\" → \"\(e.to)\"\(tag)"
                        case .addition: return "+\"\(e.to)\"\(tag)"
                        case .omission: return "−\"\(e.from)\"\(tag)"
                        }
                    }
                    md += "- \(r.outlets[d.outlet].name): " + edits.joined(separator: "; ") + "\n"
                }
            }
        }

        md += single ? "\n## Sentences\n" : "\n## Only in one outlet\n"
        for o in r.outlets {
            let u = single ? o.sentences : o.sentences.filter(\.unique)
            guard !u.isEmpty else { continue }
            md += "\n**\(o.name)**\n"
            for s in u {
                md += "- \(s.text)" + (s.loaded.isEmpty ? "" : " *(loaded: \(s.loaded.joined(separator: ", ")))*")
                    + (s.framed ? " *(framed)*" : "") + "\n"
            }
        }

        if !single { md += "\n## Omissions (facts most other outlets report)\n\n" }
        for o in r.outlets where !single {
            md += "- \(o.name): " + (o.omitted.isEmpty ? "none" : o.omitted.map { "fact \($0)" }.joined(separator: ", ")) + "\n"
        }

        md += "\n## Framing profile (per 100 words; triggering words)\n\n| | " + r.outlets.map { cell($0.name) }.joined(separator: " | ") + " |\n|---|"
        md += String(repeating: "---|", count: r.outlets.count) + "\n"
        for (k, name) in r.outlets.first!.profile.categories.map(\.name).enumerated() {
            md += "| \(name) | " + r.outlets.map { o in
                let c = o.profile.categories[k].category
                let trig = c.triggers.prefix(4).map { $0.count > 1 ? "\($0.term) ×\($0.count)" : $0.term }.joined(separator: ", ")
                return rate(c.per100Words) + (trig.isEmpty ? "" : " (\(cell(trig)))")
            }.joined(separator: " | ") + " |\n"
        }
        md += "| valence | " + r.outlets.map { $0.profile.valence.map { rate($0) } ?? "—" }.joined(separator: " | ") + " |\n"
        md += "| arousal | " + r.outlets.map { $0.profile.arousal.map { rate($0) } ?? "—" }.joined(separator: " | ") + " |\n"
        md += "| quotation share | " + r.outlets.map { pct($0.profile.quotationShare) }.joined(separator: " | ") + " |\n"

        md += "\n## Who is quoted\n\n"
        for o in r.outlets {
            md += "- \(o.name): " + (o.profile.speakers.isEmpty ? "nobody by name"
                : o.profile.speakers.map { "\($0.name) (\($0.statements)\($0.direct > 0 ? ", \($0.direct) direct" : ""))" }.joined(separator: ", ")) + "\n"
        }
        md += "\n## Entities (mentions; first sentence; headline)\n\n"
        for o in r.outlets {
            md += "- \(o.name): " + o.profile.entities.prefix(8).map { e in
                "\(e.name) ×\(e.count)" + (e.firstSentence.map { " s\($0 + 1)" } ?? "") + (e.inHeadline ? " H" : "")
            }.joined(separator: ", ") + "\n"
        }
        return md
    }
}
