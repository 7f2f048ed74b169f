import FoundationEssentials
import TextProcessing

/// A record the loader skipped, and why.
public struct DatasetIssue: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line number in the JSONL file.
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) { self.file = file; self.line = line; self.reason = reason }

    /// `path:line: reason`, the form compilers use, so editors can jump to it.
    public var description: String { "\(file):\(line): \(reason)" }
}

/// A dataset after loading: the usable records in file order and what was skipped.
public struct LoadedDataset: Sendable {
    public var name: String
    public var manifest: DatasetManifest?
    /// The manifest file, when the dataset was named by one.
    public var manifestURL: URL?
    /// The JSONL file that was read.
    public var file: String
    public var records: [EvaluationRecord]
    public var issues: [DatasetIssue]
}

/// Reads a JSONL dataset robustly.
///
/// Every non-blank line is one JSON object. A line that is not valid JSON, lacks the id, the text
/// or the reference, has an empty reference, or repeats an earlier id is an *issue*: in the
/// default mode it is reported (see `LoadedDataset.issues`) and the loader goes on; with
/// `strict` the first issue is thrown as `EvaluationError.invalidRecord`. Blank lines are ignored.
///
/// - Complexity: O(file size); records are parsed one line at a time.
public struct DatasetLoader: Sendable {
    public var fields: FieldMap
    public var strict: Bool

    public init(fields: FieldMap? = nil, strict: Bool = false) {
        self.fields = fields ?? FieldMap()
        self.strict = strict
    }

    /// Loads `url`, naming the dataset `name`.
    /// - Throws: `EvaluationError.io` when the file cannot be read; `.invalidRecord` for the first
    ///   issue when strict; `.emptyDataset` when no record is usable.
    public func load(_ url: URL, name: String, manifest: DatasetManifest? = nil) throws -> LoadedDataset {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw EvaluationError.io(path: url.path, reason: "cannot read the dataset file")
        }
        var records: [EvaluationRecord] = []
        var issues: [DatasetIssue] = []
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for lineData in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineData.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let outcome = parse(Data(lineData), line: lineNumber)
            switch outcome {
            case let .success(record):
                if let first = seen[record.id] {
                    let issue = DatasetIssue(file: url.path, line: lineNumber, reason: "duplicate id '\(record.id)' (first on line \(first))")
                    if strict { throw EvaluationError.invalidRecord(file: issue.file, line: issue.line, reason: issue.reason) }
                    issues.append(issue)
                } else {
                    seen[record.id] = lineNumber
                    records.append(record)
                }
            case let .failure(reason):
                if strict { throw EvaluationError.invalidRecord(file: url.path, line: lineNumber, reason: reason.text) }
                issues.append(DatasetIssue(file: url.path, line: lineNumber, reason: reason.text))
            }
        }
        guard !records.isEmpty else { throw EvaluationError.emptyDataset(file: url.path, skipped: issues.count) }
        return LoadedDataset(name: name, manifest: manifest, manifestURL: nil, file: url.path, records: records, issues: issues)
    }

    struct Reason: Error { var text: String }

    func parse(_ line: Data, line number: Int) -> Result<EvaluationRecord, Reason> {
        guard let object = JSONValue.parseAsFoundation([UInt8](line)), object.objectMembers != nil else {
            return .failure(Reason(text: "not a JSON object"))
        }
        let idExpr = fields.id ?? .path("id")
        guard let id = idExpr.string(in: object), !id.isEmpty else {
            return .failure(Reason(text: "missing field '\(idExpr.label)'"))
        }
        // The text(s).
        var sources: [EvaluationRecord.Source] = []
        let sourcesMap = fields.sources ?? SourcesMap()
        let articleExpr = fields.article ?? .path("article")
        let htmlExpr = fields.html ?? .path("html")
        if let array = FieldExpression.lookup(sourcesMap.each, in: object)?.arrayItems, fields.sources != nil || object[sourcesMap.each] != nil {
            for (i, element) in array.enumerated() {
                if let s = element.stringValue, sourcesMap.text == nil {
                    sources.append(.text(s))
                } else if let t = (sourcesMap.text ?? .path("text")).string(in: element) {
                    sources.append(.text(t))
                } else if let h = (sourcesMap.html ?? .path("html")).string(in: element) {
                    sources.append(.html(h))
                } else {
                    return .failure(Reason(text: "id '\(id)': source \(i + 1) has no '\((sourcesMap.text ?? .path("text")).label)'"))
                }
            }
            sources.removeAll { source in
                if case let .text(t) = source { return t.allSatisfy(\.isWhitespace) }
                if case let .html(h) = source { return h.allSatisfy(\.isWhitespace) }
                return false
            }
            if sources.isEmpty { return .failure(Reason(text: "id '\(id)': no non-empty source in '\(sourcesMap.each)'")) }
        } else if let article = articleExpr.string(in: object) {
            sources = [.text(article)]
        } else if let html = htmlExpr.string(in: object) {
            sources = [.html(html)]
        } else if fields.sources != nil {
            return .failure(Reason(text: "id '\(id)': missing field '\(sourcesMap.each)'"))
        } else {
            return .failure(Reason(text: "id '\(id)': missing field '\(articleExpr.label)' (or '\(htmlExpr.label)' or '\(sourcesMap.each)')"))
        }
        if fields.sources == nil, sources.count == 1, case let .text(t) = sources[0], t.allSatisfy(\.isWhitespace) {
            return .failure(Reason(text: "id '\(id)': empty '\(articleExpr.label)'"))
        }
        // The reference(s).
        let referenceExpr = fields.reference ?? .path("reference")
        let referencesExpr = fields.references ?? .path("references")
        var references: [String]
        var referenceLabel = referenceExpr.label
        if let v = referenceExpr.value(in: object) {
            if let s = v.stringValue { references = [s] } else if let a = v.arrayItems { references = a.compactMap(\.stringValue) } else {
                return .failure(Reason(text: "id '\(id)': '\(referenceExpr.label)' is not text"))
            }
        } else if let a = referencesExpr.value(in: object)?.arrayItems {
            references = a.compactMap(\.stringValue)
            referenceLabel = referencesExpr.label
        } else {
            return .failure(Reason(text: "id '\(id)': missing field '\(referenceExpr.label)' (or '\(referencesExpr.label)')"))
        }
        references = references.filter { !$0.allSatisfy(\.isWhitespace) }
        if references.isEmpty { return .failure(Reason(text: "id '\(id)': empty reference in '\(referenceLabel)'")) }
        return .success(EvaluationRecord(id: id, sources: sources, references: references, line: number))
    }
}
