import Summarization
import TextProcessing

/// A record ready for summarizing: its documents as `Article`s (HTML already extracted), its
/// sentences, and its references split into sentences (for ROUGE-Lsum).
public struct PreparedRecord: Sendable {
    public var id: String
    /// One article per source, in the record's order.
    public var documents: [Article]
    /// The sentences of every document in order (documents joined by a blank line), as the
    /// project's `SentenceSplitter` finds them. The oracle chooses among these.
    public var sentences: [String]
    /// Each reference as its sentences: its lines when it has line breaks, else split with
    /// `SentenceSplitter`.
    public var references: [[String]]

    public init(id: String, documents: [Article], sentences: [String], references: [[String]]) {
        self.id = id; self.documents = documents; self.sentences = sentences; self.references = references
    }

    /// All documents as one article (paragraphs in order), for single-document methods and for
    /// the peers' input, where sources are "joined by blank lines".
    public var joined: Article {
        documents.count == 1 ? documents[0] : Article(title: nil, paragraphs: documents.flatMap(\.paragraphs))
    }

    /// Prepares `record`: plain text is split into paragraphs at blank lines (`Article(text:)`);
    /// HTML goes through
    /// `extractHTML`.
    public init(_ record: EvaluationRecord, extractHTML: (String) throws -> Article) rethrows {
        var docs: [Article] = []
        for source in record.sources {
            switch source {
            case let .text(t): docs.append(Article(text: t))
            case let .html(h): docs.append(try extractHTML(h))
            }
        }
        let splitter = SentenceSplitter()
        let joined = docs.count == 1 ? docs[0] : Article(title: nil, paragraphs: docs.flatMap(\.paragraphs))
        let refs = record.references.map { ref -> [String] in
            if ref.contains("\n") {
                return ref.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            }
            return splitter.split(ref)
        }
        self.init(id: record.id, documents: docs, sentences: splitter.split(joined.body), references: refs)
    }
}

/// A role: a summarizer under evaluation. It returns the chosen sentences, in document order.
///
/// Implementations must be deterministic for a given record, length and seed — whatever thread
/// calls them — because the harness runs documents in parallel and promises byte-identical
/// outputs.
public protocol EvaluationSystem: Sendable {
    /// The row name in the tables and the outputs file name (`outputs/<dataset>/<name>.jsonl`).
    var name: String { get }
    func summarize(_ record: PreparedRecord, length: SummaryLength, seed: UInt64) throws -> [String]
}

/// One document's scores: F1 per key, plus whatever the scorer keeps for its aggregation
/// (the Scoring module's per-document `ROUGEScores`, with precision and recall).
public struct DocumentScores: Sendable {
    /// F1 per key, in the scorer's key order.
    public var fmeasures: [Double]
    /// The scorer's own record of the document, handed back to `aggregate`.
    public var detail: (any Sendable)?

    public init(fmeasures: [Double], detail: (any Sendable)? = nil) {
        self.fmeasures = fmeasures
        self.detail = detail
    }
}

/// A role: the metric. Wraps the Scoring module for the harness (and a fake in tests).
public protocol SummaryScoring: Sendable {
    /// Metric keys in column order (`rouge1`, `rouge2`, `rougeL`, `rougeLsum`).
    var keys: [String] { get }
    /// One line for the results' "Scorer" entry: mode, stemming, aggregation, test.
    var settings: String { get }
    /// The scores of `candidate` against `references`; every text is a list of sentences.
    func score(candidate: [String], references: [[String]]) -> DocumentScores
    /// The oracle's objective for `candidate`: higher is better. By default the mean of the
    /// first two keys' F1 (ROUGE-1 and ROUGE-2, as in Nallapati et al. 2017's labels).
    func objective(candidate: [String], references: [[String]]) -> Double
    /// The oracle's objective for one record, over subsets of `sentences` given as ascending
    /// indices. The default calls `objective(candidate:references:)`; a scorer may tokenize
    /// each sentence and the references once here and only count n-grams per call.
    func oracleObjective(sentences: [String], references: [[String]]) -> ([Int]) -> Double
    /// Per key, the mean F1 with a bootstrap 95% interval over the documents.
    func aggregate(_ documents: [DocumentScores], seed: UInt64) -> [ScoreInterval]
    /// The two-sided p-value that systems `a` and `b` (per-document values of one key, same
    /// documents in the same order) have the same mean.
    func pValue(_ a: [Double], _ b: [Double], seed: UInt64) -> Double
}

extension SummaryScoring {
    public func objective(candidate: [String], references: [[String]]) -> Double {
        let f = score(candidate: candidate, references: references).fmeasures
        return f.count >= 2 ? (f[0] + f[1]) / 2 : (f.first ?? 0)
    }

    public func oracleObjective(sentences: [String], references: [[String]]) -> ([Int]) -> Double {
        { indices in objective(candidate: indices.map { sentences[$0] }, references: references) }
    }
}
