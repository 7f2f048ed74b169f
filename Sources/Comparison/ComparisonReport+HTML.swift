extension ComparisonReport {
    /// The comparison as one self-contained HTML page (inline CSS, no scripts, no external
    /// assets): the consensus summary, a coverage heat-map (fact × outlet; cell shade = how loaded
    /// the outlet's wording is), one column per outlet with aligned facts in rows and differences
    /// highlighted (loaded words red, words that differ from the consensus wording yellow), each
    /// outlet's unique sentences, and a framing-profile bar chart. A single version gets its
    /// sentences (loaded words marked), its profile and a summary, without coverage or omissions.
    public static func html(_ r: StoryComparison, title: String = "Parallax comparison") -> String {
        func esc(_ s: String) -> String { s.xmlEscaped }
        func marked(_ text: String, loaded: [String], changed: Set<Int>) -> String {
            chunks(text, loaded: loaded, changed: changed).map { c -> String in
                if c.loaded { return "<mark class=\"ld\">\(esc(c.text))</mark>" }
                if c.changed { return "<mark class=\"df\">\(esc(c.text))</mark>" }
                return esc(c.text)
            }.joined(separator: " ")
        }
        let n = r.outlets.count
        let single = n == 1
        let subtitle = single ? "one version, nothing to compare it with"
            : "\(n) versions · \(r.facts.count) shared facts (\(r.coverageSummary.all) reported by all) · aligner threshold \(r.threshold)"
        var h = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(esc(title))</title>
        <style>
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1d1d1f;background:#fff}
        h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
        .sub{color:#666;margin:0 0 16px} table{border-collapse:collapse}
        table.cols{width:100%;table-layout:fixed} table.cols td,table.cols th{vertical-align:top;border:1px solid #e3e3e3;padding:6px 8px}
        table.cols th{background:#f5f5f7;text-align:left} td.fid{width:56px;color:#666;font-size:12px;text-align:center}
        td.miss{background:#fafafa;color:#aaa;text-align:center} td.uniq{background:#f3f8ff}
        mark.ld{background:#ffd6d6;color:#8a0000;border-radius:2px} mark.df{background:#fff1b8;border-radius:2px}
        .heat td{width:26px;height:20px;border:1px solid #fff;text-align:center;font-size:11px}
        .heat th{font-weight:normal;font-size:12px;padding:0 6px;text-align:right}
        .heat th.o{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;height:auto}
        .bar{height:12px;background:#5b7db1;display:inline-block;vertical-align:middle;border-radius:2px}
        .chart td{padding:2px 6px;font-size:12px} .chart td.lbl{color:#444;text-align:right}
        ul.cons li{margin:4px 0} .who{color:#666;font-size:12px} .legend span{margin-right:14px}
        </style></head><body>
        <h1>\(esc(title))</h1>
        <p class="sub">\(subtitle)</p>
        <p class="legend"><span><mark class="ld">loaded word</mark></span><span><mark class="df">differs from the consensus wording</mark></span></p>
        <h2>\(single ? "Summary" : "Consensus summary")</h2><ul class="cons">
        """
        for c in r.consensus { h += "<li>\(esc(c.text)) <span class=\"who\">— \(esc(c.outlets.joined(separator: ", ")))</span></li>" }
        h += "</ul>\n"
        if !single { h += coverageHeatMap(r) }
        h += "<h2>\(single ? "Sentences" : "Side by side")</h2><table class=\"cols\"><tr><th style=\"width:56px\"></th>"
        for o in r.outlets {
            h += "<th>\(esc(o.name))" + (o.stance.map { " <span class=\"who\">(\(esc($0)))</span>" } ?? "")
            if let t = o.title { h += "<br><span class=\"who\">\(esc(t))</span>" }
            h += "</th>"
        }
        h += "</tr>"
        for f in r.facts {
            h += "<tr><td class=\"fid\">fact \(f.id)<br>\(f.members.count)/\(n)</td>"
            for o in 0..<n {
                if let m = f.members.first(where: { $0.outlet == o }) {
                    let s = r.outlets[o].sentences[m.sentence]
                    h += "<td>\(marked(s.text, loaded: s.loaded, changed: changedWords(f, outlet: o)))</td>"
                } else {
                    h += "<td class=\"miss\">omitted</td>"
                }
            }
            h += "</tr>"
        }
        h += "<tr><td class=\"fid\">\(single ? "" : "only here")</td>"
        for o in r.outlets {
            let u = single ? o.sentences : o.sentences.filter(\.unique)
            h += "<td class=\"uniq\">" + u.map { "<p>\(marked($0.text, loaded: $0.loaded, changed: []))</p>" }.joined() + "</td>"
        }
        h += "</tr></table>\n<h2>Framing profile (per 100 words)</h2><table class=\"chart\">"
        let cats = r.outlets[0].profile.categories.map(\.name)
        let maxRate = max(0.1, r.outlets.flatMap { $0.profile.categories.map(\.category.per100Words) }.max() ?? 0)
        let palette = ["#5b7db1", "#c98a2b", "#3f7f5f", "#8e5ba8", "#b03a2e", "#2f8f9d", "#7a7a2a"]
        for (k, c) in cats.enumerated() {
            h += "<tr><td class=\"lbl\" rowspan=\"\(n)\">\(esc(c))</td>"
            for (o, out) in r.outlets.enumerated() {
                if o > 0 { h += "<tr>" }
                let cat = out.profile.categories[k].category
                let w = Int((220 * cat.per100Words / maxRate).rounded())
                h += "<td>\(esc(out.name))</td><td><span class=\"bar\" style=\"width:\(w)px;background:\(palette[o % palette.count])\"></span> \(rate(cat.per100Words))"
                h += " <span class=\"who\">\(esc(cat.triggers.prefix(4).map(\.term).joined(separator: ", ")))</span></td></tr>"
            }
        }
        h += "</table>\n<h2>Who is quoted</h2><ul>"
        for o in r.outlets {
            h += "<li><b>\(esc(o.name))</b>: " + (o.profile.speakers.isEmpty ? "nobody by name" : esc(o.profile.speakers.map { "\($0.name) (\($0.statements))" }.joined(separator: ", ")))
            h += " <span class=\"who\">· quotation share \(pct(o.profile.quotationShare))</span></li>"
        }
        h += "</ul>\n"
        if !single { h += "<h2>Omissions</h2><ul>" }
        for o in r.outlets where !single {
            h += "<li><b>\(esc(o.name))</b>: " + (o.omitted.isEmpty ? "none" : o.omitted.map { "fact \($0)" }.joined(separator: ", ")) + "</li>"
        }
        h += single ? "</body></html>\n" : "</ul>\n</body></html>\n"
        return h
    }

    /// The coverage heat-map section: fact × outlet, shaded by how loaded the outlet's wording is.
    private static func coverageHeatMap(_ r: StoryComparison) -> String {
        func esc(_ s: String) -> String { s.xmlEscaped }
        var h = "<h2>Coverage</h2><table class=\"heat\"><tr><th></th>"
        for o in r.outlets { h += "<th class=\"o\">\(esc(o.name))</th>" }
        h += "</tr>"
        for (f, row) in zip(r.facts, r.coverage) {
            h += "<tr><th>fact \(f.id)</th>"
            for (o, s) in row.enumerated() {
                if let s {
                    let loaded = r.outlets[o].sentences[s].loaded.count
                    let shade = loaded == 0 ? "#3f7f5f" : (loaded == 1 ? "#c98a2b" : "#b03a2e")
                    h += "<td style=\"background:\(shade);color:#fff\" title=\"\(esc(r.outlets[o].name)): \(loaded) loaded\">\(loaded > 0 ? String(loaded) : "")</td>"
                } else {
                    h += "<td style=\"background:#e8e8ea\"></td>"
                }
            }
            h += "</tr>"
        }
        h += "<tr><th>unique</th>"
        for o in r.outlets {
            let u = o.sentences.filter(\.unique).count
            h += "<td style=\"background:#dbe7f7\">\(u)</td>"
        }
        h += "</tr></table>\n<p class=\"who\">Green: reported in neutral wording; amber/red: with 1 / 2+ loaded words; grey: omitted.</p>\n"
        return h
    }
}
