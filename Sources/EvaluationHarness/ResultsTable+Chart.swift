import FoundationEssentials
import TextProcessing

extension ResultsTable {
    /// A self-contained SVG chart: one panel per ROUGE key, one line per row (same order as the
    /// table), a dot at the mean (mid) F1 × 100 and an error bar with caps across its 95% interval. The oracle is
    /// drawn grey, peers orange, Parallax's methods blue; the best row of each panel is filled.
    /// No scripts, fonts or external references, so it renders the same in a browser, on GitHub,
    /// or embedded in a paper.
    public func svgChart() -> String {
        let rowHeight = 22.0, labelWidth = 170.0, panelWidth = 210.0, gap = 24.0
        let top = 58.0, bottom = 34.0
        let width = labelWidth + Double(keys.count) * (panelWidth + gap) + 10
        let height = top + Double(rows.count) * rowHeight + bottom
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fixed(width, 0))\" height=\"\(fixed(height, 0))\" "
        s += "viewBox=\"0 0 \(fixed(width, 0)) \(fixed(height, 0))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        s += "<title>ROUGE F1 on \(dataset.xmlEscaped) with 95% confidence intervals</title>\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        s += "<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">ROUGE F1 × 100 on \(dataset.xmlEscaped) (\(documents) records, \(metadata.length.xmlEscaped))</text>\n"
        s += "<text x=\"10\" y=\"38\" fill=\"#555\">dot = mean, bar = bootstrap 95% CI; blue = Parallax, orange = peer, grey = oracle; filled = best in panel</text>\n"
        for (i, r) in rows.enumerated() {
            let y = top + (Double(i) + 0.5) * rowHeight
            s += "<text x=\"\(fixed(labelWidth - 8, 1))\" y=\"\(fixed(y + 4, 1))\" text-anchor=\"end\">\(r.method.xmlEscaped)</text>\n"
        }
        for (k, key) in keys.enumerated() {
            let x0 = labelWidth + Double(k) * (panelWidth + gap)
            let lows = rows.map { $0.scores[k].low * 100 }, highs = rows.map { $0.scores[k].high * 100 }
            let lo = ((lows.min() ?? 0) / 10).rounded(.down) * 10
            var hi = ((highs.max() ?? 100) / 10).rounded(.up) * 10
            if hi <= lo { hi = lo + 10 }
            func px(_ v: Double) -> Double { x0 + (v - lo) / (hi - lo) * panelWidth }
            s += "<text x=\"\(fixed(x0 + panelWidth / 2, 1))\" y=\"\(fixed(top - 6, 1))\" text-anchor=\"middle\" font-weight=\"bold\">\(displayName(key))</text>\n"
            s += "<rect x=\"\(fixed(x0, 1))\" y=\"\(fixed(top, 1))\" width=\"\(fixed(panelWidth, 1))\" height=\"\(fixed(Double(rows.count) * rowHeight, 1))\" fill=\"none\" stroke=\"#ccc\"/>\n"
            var t = lo
            while t <= hi + 1e-9 {
                let x = px(t)
                s += "<line x1=\"\(fixed(x, 1))\" y1=\"\(fixed(top, 1))\" x2=\"\(fixed(x, 1))\" y2=\"\(fixed(top + Double(rows.count) * rowHeight, 1))\" stroke=\"#eee\"/>\n"
                s += "<text x=\"\(fixed(x, 1))\" y=\"\(fixed(height - bottom + 16, 1))\" text-anchor=\"middle\" fill=\"#555\">\(fixed(t, 0))</text>\n"
                t += 10
            }
            let best = bestRow(forKey: k)
            for (i, r) in rows.enumerated() {
                let y = top + (Double(i) + 0.5) * rowHeight
                let sc = r.scores[k]
                let colour = r.kind == .oracle ? "#888888" : (r.kind == .external ? "#e07b00" : "#1f5fbf")
                let (xl, xh) = (px(sc.low * 100), px(sc.high * 100))
                s += "<line x1=\"\(fixed(xl, 1))\" y1=\"\(fixed(y, 1))\" x2=\"\(fixed(xh, 1))\" y2=\"\(fixed(y, 1))\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
                for x in [xl, xh] {   // whisker caps at the interval's ends
                    s += "<line x1=\"\(fixed(x, 1))\" y1=\"\(fixed(y - 5, 1))\" x2=\"\(fixed(x, 1))\" y2=\"\(fixed(y + 5, 1))\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
                }
                let fill = i == best ? colour : "white"
                s += "<circle cx=\"\(fixed(px(sc.mid * 100), 1))\" cy=\"\(fixed(y, 1))\" r=\"2.5\" fill=\"\(fill)\" stroke=\"\(colour)\" stroke-width=\"1.5\">"
                s += "<title>\(r.method.xmlEscaped) \(displayName(key)) \(percent(sc.mid)) [\(percent(sc.low)), \(percent(sc.high))]</title></circle>\n"
            }
        }
        s += "</svg>\n"
        return s
    }
}
