extension ComparisonReport {
    /// The comparison as side-by-side columns for a terminal `width` characters wide: one row per
    /// shared fact, then each outlet's unique sentences, then omissions, the framing profile and
    /// the consensus. Loaded words are marked (red when `color`, else `*word*` is not used: plain
    /// text stays plain). With more outlets than fit at 18 characters a column, the facts are listed
    /// one outlet under another instead. A single version is listed sentence by sentence, with its
    /// profile and a summary.
    public static func terminal(_ r: StoryComparison, width: Int = 100, color: Bool = false) -> String {
        let n = r.outlets.count
        let single = n == 1
        let gap = 3
        let colWidth = (max(width, 40) - gap * (n - 1)) / n
        let sideBySide = colWidth >= 18
        func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        func paint(_ text: String, loaded: [String], changed: Set<Int>) -> [(String, Int)] {
            // Words with their display length; colouring adds invisible escape codes.
            chunks(text, loaded: loaded, changed: changed).map { c in
                guard color else { return (c.text, c.text.count) }
                if c.loaded { return ("\u{1B}[31m\(c.text)\u{1B}[0m", c.text.count) }
                if c.changed { return ("\u{1B}[33m\(c.text)\u{1B}[0m", c.text.count) }
                return (c.text, c.text.count)
            }
        }
        func wrap(_ words: [(String, Int)], _ w: Int) -> [String] {
            var lines: [String] = [], cur = "", len = 0
            for (s, l) in words {
                if len > 0 && len + 1 + l > w {
                    lines.append(cur + String(repeating: " ", count: max(0, w - len))); cur = ""; len = 0
                }
                if len > 0 { cur += " "; len += 1 }
                cur += s; len += l
            }
            if len > 0 || lines.isEmpty { lines.append(cur + String(repeating: " ", count: max(0, w - len))) }
            return lines
        }
        func row(_ cells: [[String]]) -> String {
            let h = cells.map(\.count).max() ?? 0
            var out = ""
            for k in 0..<h {
                let line = cells.map { k < $0.count ? $0[k] : String(repeating: " ", count: colWidth) }
                    .joined(separator: String(repeating: " ", count: gap))
                out += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
            }
            return out
        }
        let rule = String(repeating: "─", count: min(width, max(40, sideBySide ? colWidth * n + gap * (n - 1) : width)))
        var out = ""
        if sideBySide {
            out += row(r.outlets.map { o in wrap([(bold(o.name), o.name.count)] + (o.stance.map { [("(\($0))", $0.count + 2)] } ?? []), colWidth) })
            out += rule + "\n"
            for f in r.facts {
                out += bold("fact \(f.id)") + " · \(f.members.count)/\(n) outlets\n"
                out += row((0..<n).map { o in
                    guard let m = f.members.first(where: { $0.outlet == o }) else { return wrap([("—", 1)], colWidth) }
                    let s = r.outlets[o].sentences[m.sentence]
                    return wrap(paint(s.text, loaded: s.loaded, changed: changedWords(f, outlet: o)), colWidth)
                })
            }
            out += (single ? "" : rule + "\n") + bold(single ? "one version, nothing to compare it with: its sentences" : "only in one outlet") + "\n"
            out += row(r.outlets.map { o in
                let u = single ? o.sentences : o.sentences.filter(\.unique)
                return u.isEmpty ? wrap([("—", 1)], colWidth) : u.flatMap { wrap([("•", 1)] + paint($0.text, loaded: $0.loaded, changed: []), colWidth) }
            })
        } else {
            for f in r.facts {
                out += bold("fact \(f.id)") + " · \(f.members.count)/\(n) outlets\n"
                for m in f.members {
                    let s = r.outlets[m.outlet].sentences[m.sentence]
                    out += "  \(r.outlets[m.outlet].name): " + paint(s.text, loaded: s.loaded, changed: changedWords(f, outlet: m.outlet)).map(\.0).joined(separator: " ") + "\n"
                }
            }
            out += bold("only in one outlet") + ": " + r.outlets.map { "\($0.name) \($0.sentences.filter(\.unique).count)" }.joined(separator: ", ") + "\n"
        }
        out += rule + "\n"
        if !single {
            out += bold("omits (reported by most others)") + "\n"
            for o in r.outlets where !o.omitted.isEmpty {
                out += "  \(o.name): " + o.omitted.map { "fact \($0)" }.joined(separator: ", ") + "\n"
            }
        }
        out += bold("framing per 100 words") + "\n"
        for o in r.outlets {
            let p = o.profile
            let parts = p.categories.filter { $0.category.count > 0 }.map { c in
                "\(c.name) \(rate(c.category.per100Words)) (" + c.category.triggers.prefix(3).map(\.term).joined(separator: ", ") + ")"
            }
            out += "  \(o.name): " + (parts.isEmpty ? "no lexicon hits" : parts.joined(separator: "; "))
            out += "; quotes \(pct(p.quotationShare))"
            if !p.speakers.isEmpty { out += "; speakers " + p.speakers.map(\.name).joined(separator: ", ") }
            out += "\n"
        }
        out += bold(single ? "summary" : "consensus") + "\n"
        for c in r.consensus { out += "  • \(c.text) [\(c.outlets.joined(separator: ", "))]\n" }
        return out
    }
}
