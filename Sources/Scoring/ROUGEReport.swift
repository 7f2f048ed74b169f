import FoundationEssentials
import TextProcessing

/// Renders scores for people (`table`) and for programs (`json`, `jsonl`, `csv`). Every
/// rendering names the tokenizer mode and whether stemming was on; key names are rouge-score's.
public struct ROUGEReport: Sendable {
    public enum Format: String, Sendable, CaseIterable { case table, json, jsonl, csv }

    public let options: ROUGEScorer.Options

    public init(options: ROUGEScorer.Options) { self.options = options }

    private var modeLabel: String { options.mode.rawValue }

    // MARK: Per document

    /// One line per document, in input order:
    /// `{"id": "…", "rouge1": {"precision": …, "recall": …, "fmeasure": …}, …, "mode": "rouge-score", "stem": false}`.
    public func perDocumentJSONL(ids: [String], scores: [ROUGEScores]) -> String {
        var out = ""
        out.reserveCapacity(scores.count * (40 + 80 * (scores.first?.values.count ?? 1)))
        let tail = ", \"mode\": \"\(modeLabel)\", \"stem\": \(options.stem)}\n"
        for (id, s) in zip(ids, scores) {
            out += "{\"id\": "
            JSONText.appendQuoted(id, to: &out)
            for (m, v) in zip(s.metrics, s.values) {
                out += ", \""
                out += m.name
                out += "\": {\"precision\": "
                out += Self.number(v.precision)
                out += ", \"recall\": "
                out += Self.number(v.recall)
                out += ", \"fmeasure\": "
                out += Self.number(v.fmeasure)
                out += "}"
            }
            out += tail
        }
        return out
    }

    /// The same objects as ``perDocumentJSONL(ids:scores:)``, as one JSON array.
    public func perDocumentJSON(ids: [String], scores: [ROUGEScores]) -> String {
        let lines = perDocumentJSONL(ids: ids, scores: scores).split(separator: "\n")
        return "[\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + (lines.isEmpty ? "]\n" : "\n]\n")
    }

    public func perDocumentCSV(ids: [String], scores: [ROUGEScores]) -> String {
        guard let metrics = scores.first?.metrics else { return "id\n" }
        var out = "id,mode,stem"
        for m in metrics { out += ",\(m.name)_precision,\(m.name)_recall,\(m.name)_fmeasure" }
        out += "\n"
        for (id, s) in zip(ids, scores) {
            out += Self.csvField(id) + ",\(modeLabel),\(options.stem)"
            for v in s.values { out += ",\(Self.number(v.precision)),\(Self.number(v.recall)),\(Self.number(v.fmeasure))" }
            out += "\n"
        }
        return out
    }

    public func perDocumentTable(ids: [String], scores: [ROUGEScores]) -> String {
        guard let metrics = scores.first?.metrics else { return "" }
        let idWidth = max(8, min(40, ids.map(\.count).max() ?? 0))
        var out = "F-measure per document (mode \(modeLabel), stemming \(options.stem ? "on" : "off"))\n"
        out += Self.pad("id", idWidth) + metrics.map { "  " + Self.pad($0.name, 9) }.joined() + "\n"
        for (id, s) in zip(ids, scores) {
            out += Self.pad(String(id.prefix(40)), idWidth) + s.values.map { "  " + Self.pad(Self.fixed5($0.fmeasure), 9) }.joined() + "\n"
        }
        return Self.trimmingTrailingSpaces(out)
    }

    // MARK: Aggregate

    /// The aggregate as JSON: mode, stemming, document count, bootstrap settings, then per
    /// metric `{"low": {...}, "mid": {...}, "high": {...}}` (rouge-score's `AggregateScore`).
    public func aggregateJSON(_ intervals: [(metric: ROUGEMetric, interval: BootstrapAggregator.Interval)],
                              documents: Int, bootstrap: BootstrapAggregator) -> String {
        var out = "{\n  \"mode\": \"\(modeLabel)\",\n  \"stem\": \(options.stem),\n  \"documents\": \(documents),\n"
        out += "  \"bootstrap\": {\"samples\": \(bootstrap.samples), \"confidence\": \(bootstrap.confidence), \"seed\": \(bootstrap.seed)}"
        for (metric, i) in intervals {
            out += ",\n  \"\(metric.name)\": {"
            out += ["low": i.low, "mid": i.mid, "high": i.high].sorted { Self.order($0.key) < Self.order($1.key) }
                .map { "\"\($0.key)\": " + Self.scoreJSON($0.value) }.joined(separator: ", ")
            out += "}"
        }
        return out + "\n}\n"
    }

    public func aggregateCSV(_ intervals: [(metric: ROUGEMetric, interval: BootstrapAggregator.Interval)]) -> String {
        var out = "metric,measure,low,mid,high,mode,stem\n"
        for (metric, i) in intervals {
            for (name, key) in [("precision", \Score.precision), ("recall", \Score.recall), ("fmeasure", \Score.fmeasure)] {
                out += "\(metric.name),\(name),\(Self.number(i.low[keyPath: key])),\(Self.number(i.mid[keyPath: key])),\(Self.number(i.high[keyPath: key])),\(modeLabel),\(options.stem)\n"
            }
        }
        return out
    }

    public func aggregateTable(_ intervals: [(metric: ROUGEMetric, interval: BootstrapAggregator.Interval)],
                               documents: Int, bootstrap: BootstrapAggregator) -> String {
        var out = "ROUGE over \(documents) document\(documents == 1 ? "" : "s"), mode \(modeLabel), stemming \(options.stem ? "on" : "off")"
        if bootstrap.samples > 0 {
            out += "; mean [\(Self.percent(bootstrap.confidence)) bootstrap interval, \(bootstrap.samples) resamples, seed \(bootstrap.seed)]"
        }
        out += "\n\n" + Self.pad("metric", 10)
        for h in ["precision", "recall", "F"] { out += "  " + Self.pad(h, bootstrap.samples > 0 ? 25 : 9) }
        out += "\n"
        for (metric, i) in intervals {
            out += Self.pad(metric.name, 10)
            for key in [\Score.precision, \Score.recall, \Score.fmeasure] {
                var cell = Self.fixed5(i.mid[keyPath: key])
                if bootstrap.samples > 0 { cell += " [\(Self.fixed5(i.low[keyPath: key])), \(Self.fixed5(i.high[keyPath: key]))]" }
                out += "  " + Self.pad(cell, bootstrap.samples > 0 ? 25 : 9)
            }
            out += "\n"
        }
        return Self.trimmingTrailingSpaces(out)
    }

    // MARK: Formatting helpers

    /// Padding leaves spaces at line ends; tables are printed without them.
    static func trimmingTrailingSpaces(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var l = line
                while l.last == " " { l.removeLast() }
                return l
            }
            .joined(separator: "\n")
    }

    private static func order(_ key: String) -> Int { ["low": 0, "mid": 1, "high": 2][key] ?? 3 }

    static func scoreJSON(_ s: Score) -> String {
        "{\"precision\": \(number(s.precision)), \"recall\": \(number(s.recall)), \"fmeasure\": \(number(s.fmeasure))}"
    }

    /// Shortest text that reads back as the same Double (JSON-valid).
    static func number(_ x: Double) -> String { x.isFinite ? x.description : "null" }

    static func fixed5(_ x: Double) -> String { String(cFormat: "%.5f", x) }

    static func percent(_ x: Double) -> String {
        let p = x * 100
        return p == p.rounded() ? "\(Int(p))%" : "\(p)%"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension ROUGEReport {
    /// One row of a significance comparison.
    public struct Comparison: Sendable {
        public var metric: ROUGEMetric
        public var measure: String
        public var result: PairedSignificance.Result
        public init(metric: ROUGEMetric, measure: String, result: PairedSignificance.Result) {
            self.metric = metric
            self.measure = measure
            self.result = result
        }
    }

    public func comparisonTable(_ rows: [Comparison], a: String, b: String, documents: Int, test: PairedSignificance) -> String {
        let name = test.method == .randomization ? "approximate randomisation" : "paired bootstrap"
        var out = "A = \(a), B = \(b): \(documents) paired document\(documents == 1 ? "" : "s"), mode \(modeLabel), stemming \(options.stem ? "on" : "off")\n"
        out += "two-sided \(name) test, \(test.trials) trials, seed \(test.seed)\n\n"
        out += Self.pad("metric", 10) + "  " + Self.pad("measure", 9) + "  " + Self.pad("A", 7) + "  " + Self.pad("B", 7) + "  " + Self.pad("A - B", 8) + "  p\n"
        for r in rows {
            let d = r.result.difference
            out += Self.pad(r.metric.name, 10) + "  " + Self.pad(r.measure, 9) + "  " + Self.fixed5(r.result.meanA) + "  " + Self.fixed5(r.result.meanB)
                + "  " + (d >= 0 ? "+" : "-") + Self.fixed5(abs(d)) + "  " + String(cFormat: "%.4f", r.result.p) + "\n" as String
        }
        return Self.trimmingTrailingSpaces(out)
    }

    public func comparisonJSON(_ rows: [Comparison], a: String, b: String, documents: Int, test: PairedSignificance) -> String {
        var out = "{\n  \"mode\": \"\(modeLabel)\",\n  \"stem\": \(options.stem),\n  \"documents\": \(documents),\n"
        out += "  \"a\": "; JSONText.appendQuoted(a, to: &out)
        out += ",\n  \"b\": "; JSONText.appendQuoted(b, to: &out)
        out += ",\n  \"test\": {\"method\": \"\(test.method.rawValue)\", \"trials\": \(test.trials), \"seed\": \(test.seed)},\n  \"results\": ["
        out += rows.map { r in
            "\n    {\"metric\": \"\(r.metric.name)\", \"measure\": \"\(r.measure)\", \"a\": \(Self.number(r.result.meanA)), \"b\": \(Self.number(r.result.meanB)), \"difference\": \(Self.number(r.result.difference)), \"p\": \(Self.number(r.result.p))}"
        }.joined(separator: ",")
        return out + "\n  ]\n}\n"
    }

    public func comparisonCSV(_ rows: [Comparison]) -> String {
        var out = "metric,measure,a,b,difference,p,mode,stem\n"
        for r in rows {
            out += "\(r.metric.name),\(r.measure),\(Self.number(r.result.meanA)),\(Self.number(r.result.meanB)),\(Self.number(r.result.difference)),\(Self.number(r.result.p)),\(modeLabel),\(options.stem)\n"
        }
        return out
    }
}
