import FoundationEssentials

/// A dataset as `Evaluation/datasets/<name>.json` describes it: where its JSONL file is, whether a
/// record holds one document or several versions of a story, how each record's fields are read,
/// and where the data came from.
///
/// Example (`Evaluation/datasets/allsides-dev.json`, abridged):
///
///     {
///       "name": "allsides-dev",
///       "kind": "multi-document",
///       "path": "allsides/allsides-dev.jsonl",
///       "fields": {
///         "id": "id",
///         "sources": {"each": "sources", "text": {"sentences": ["title", "text"]}},
///         "reference": {"sentences": ["issue", "roundup[0]"]}
///       },
///       "source": "HLTCHKUST/framing-bias-metric @ 1586f55", "licence": "not stated"
///     }
///
/// `path` is resolved against the data directory (`--data-dir`, by default `../shared/data` beside
/// the project). Without `fields` the records must be in the standard format:
/// `{"id", "article"|"html", "reference"|"references"}` or `{"id", "sources": […], "reference"}`.
public struct DatasetManifest: Sendable, Equatable, Codable {
    /// Whether one record is one document or several sources about one story.
    public enum Kind: String, Sendable, Codable { case singleDocument = "single-document", multiDocument = "multi-document" }

    public var name: String
    public var description: String?
    public var kind: Kind
    /// The JSONL file, relative to the data directory (or absolute).
    public var path: String
    /// Record count the manifest was written against (a check, not a limit).
    public var count: Int?
    public var fields: FieldMap?
    /// Where the data came from (repository @ commit, paper).
    public var source: String?
    public var licence: String?
    /// Free-form notes: how references were formed, known quirks.
    public var notes: [String]?

    public init(name: String, description: String? = nil, kind: Kind, path: String, count: Int? = nil,
                fields: FieldMap? = nil, source: String? = nil, licence: String? = nil, notes: [String]? = nil) {
        self.name = name; self.description = description; self.kind = kind; self.path = path; self.count = count
        self.fields = fields; self.source = source; self.licence = licence; self.notes = notes
    }

    /// Reads and decodes a manifest file.
    /// - Throws: `EvaluationError.io` or `.invalidManifest` naming the file.
    public static func load(_ url: URL) throws -> DatasetManifest {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw EvaluationError.io(path: url.path, reason: "cannot read the manifest")
        }
        do {
            return try JSONDecoder().decode(DatasetManifest.self, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw EvaluationError.invalidManifest(file: url.path, reason: "missing '\((ctx.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))'")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx), let DecodingError.dataCorrupted(ctx) {
            let at = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            throw EvaluationError.invalidManifest(file: url.path, reason: at.isEmpty ? "not valid JSON" : "bad value at '\(at)'")
        } catch {
            throw EvaluationError.invalidManifest(file: url.path, reason: "\(error)")
        }
    }
}

/// How a raw record's fields map onto an evaluation record. Every member is optional; a
/// missing member falls back to the standard field name.
public struct FieldMap: Sendable, Equatable, Codable {
    /// The record id (string or integer). Default `"id"`.
    public var id: FieldExpression?
    /// A single document's plain text. Default `"article"`.
    public var article: FieldExpression?
    /// A single document's HTML (main content extracted before summarizing). Default `"html"`.
    public var html: FieldExpression?
    /// One reference (string) or several (array of strings). Default `"reference"`.
    public var reference: FieldExpression?
    /// Several references (array of strings). Default `"references"`.
    public var references: FieldExpression?
    /// A multi-document record's sources. Default: `"sources"`, whose elements are strings or
    /// objects with `"text"` or `"html"`.
    public var sources: SourcesMap?

    public init(id: FieldExpression? = nil, article: FieldExpression? = nil, html: FieldExpression? = nil,
                reference: FieldExpression? = nil, references: FieldExpression? = nil, sources: SourcesMap? = nil) {
        self.id = id; self.article = article; self.html = html
        self.reference = reference; self.references = references; self.sources = sources
    }
}

/// Where a record's sources are and how each one's text is read.
public struct SourcesMap: Sendable, Equatable, Codable {
    /// The array of sources. Default `"sources"`.
    public var each: String
    /// Each source's plain text, relative to the source element. Default: the element itself
    /// when it is a string, else its `"text"`.
    public var text: FieldExpression?
    /// Each source's HTML, relative to the element. Default `"html"`, used when there is no text.
    public var html: FieldExpression?

    public init(each: String = "sources", text: FieldExpression? = nil, html: FieldExpression? = nil) {
        self.each = each; self.text = text; self.html = html
    }
}
