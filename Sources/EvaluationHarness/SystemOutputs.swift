import FoundationEssentials
import TextProcessing

/// One system's summaries for a dataset, by record id: the unit `outputs/<dataset>/<method>.jsonl`
/// holds and `--include-outputs` reads.
///
/// File format: one JSON object a line, `{"id": "…", "summary": "…"}`, where the summary's
/// sentences are separated by `\n` (what ROUGE-Lsum splits on). Reading also accepts `summary`
/// as an array of sentences (`parallax summarize --jsonl` output) and numeric ids.
public struct SystemOutputs: Sendable, Equatable {
    public var name: String
    public var summaries: [String: [String]]

    public init(name: String, summaries: [String: [String]]) { self.name = name; self.summaries = summaries }

    /// The JSONL text for `ids` in that order (ids without a summary are written with an empty one).
    public func jsonl(order ids: [String]) -> String {
        var out = ""
        for id in ids {
            let line = JSONValue.object([("id", .string(id)), ("summary", .string((summaries[id] ?? []).joined(separator: "\n")))])
            out += line.foundationSerialized() + "\n"
        }
        return out
    }

    /// Reads one outputs file; the system is named after the file (`sumy_lsa.jsonl` → `sumy_lsa`).
    /// - Throws: `EvaluationError.invalidOutputs` with the line number of a bad line or repeated id.
    public static func read(_ url: URL) throws -> SystemOutputs {
        guard let data = try? Data(contentsOf: url) else { throw EvaluationError.io(path: url.path, reason: "cannot read the outputs file") }
        var summaries: [String: [String]] = [:]
        var line = 0
        for raw in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            line += 1
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = JSONValue.parseAsFoundation([UInt8](raw)), object.objectMembers != nil else {
                throw EvaluationError.invalidOutputs(file: url.path, reason: "line \(line): not a JSON object")
            }
            guard let idValue = object["id"], let id = FieldExpression.text(idValue) else {
                throw EvaluationError.invalidOutputs(file: url.path, reason: "line \(line): missing 'id'")
            }
            let sentences: [String]
            if let s = object["summary"]?.stringValue {
                sentences = s.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            } else if let a = object["summary"]?.arrayItems {
                sentences = a.compactMap(\.stringValue)
            } else {
                throw EvaluationError.invalidOutputs(file: url.path, reason: "line \(line): missing 'summary' (a string or an array of sentences)")
            }
            if summaries[id] != nil { throw EvaluationError.invalidOutputs(file: url.path, reason: "line \(line): repeated id '\(id)'") }
            summaries[id] = sentences
        }
        return SystemOutputs(name: url.deletingPathExtension().lastPathComponent, summaries: summaries)
    }

    /// Every `*.jsonl` file in `directory`, sorted by name.
    public static func readDirectory(_ directory: URL) throws -> [SystemOutputs] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw EvaluationError.io(path: directory.path, reason: "cannot list the outputs folder")
        }
        let files = names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted()
        if files.isEmpty { throw EvaluationError.invalidOutputs(file: directory.path, reason: "no .jsonl outputs files in the folder") }
        return try files.map { try read(directory.appendingPathComponent($0)) }
    }

    /// Checks that every id in `ids` has a summary.
    /// - Throws: `EvaluationError.invalidOutputs` with the number missing and the first one.
    public func checkCovers(_ ids: [String], file: String) throws {
        let missing = ids.filter { summaries[$0] == nil }
        if let first = missing.first {
            throw EvaluationError.invalidOutputs(file: file, reason: "no summary for \(missing.count) of the dataset's \(ids.count) records (first: id '\(first)')")
        }
    }
}
