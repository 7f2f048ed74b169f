/// One item of an evaluation dataset: the text(s) to summarize and the reference summaries.
public struct EvaluationRecord: Sendable, Equatable {
    /// One input text, plain or HTML.
    public enum Source: Sendable, Equatable {
        case text(String)
        case html(String)
    }

    /// Unique within the dataset; outputs files are matched to references by it.
    public var id: String
    /// One source for a single-document record; several versions of a story for a multi-document one.
    public var sources: [Source]
    /// One or more reference summaries, none empty.
    public var references: [String]
    /// The 1-based line of the record in its JSONL file.
    public var line: Int

    public init(id: String, sources: [Source], references: [String], line: Int) {
        self.id = id; self.sources = sources; self.references = references; self.line = line
    }
}
