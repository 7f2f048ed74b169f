import FoundationEssentials
import HTMLExtraction
import Summarization
import TextProcessing

/// Parallax's summarization methods as evaluation systems, and the HTML front end the harness
/// uses for `html` records.
///
/// Each record is analysed once (`TFIDFVectorizer.analyze` then `mergingNearDuplicates()`, as
/// `Summarization.summarize(_:method:length:redundancy:seed:)` does) and the analysis is shared
/// by every method, so adding methods costs only their ranking. Several sources are summarized
/// together as a multi-document input (redundancy control on, as `parallax summarize` does).
public enum ParallaxSystems {
    /// Every method `parallax summarize --method` accepts.
    public static var names: [String] { SummarizationMethod.allCases.map(\.rawValue) }

    /// The methods a run evaluates when `--methods` is not given: the baselines, the classic
    /// rankers and the default method.
    public static var defaultNames: [String] {
        let preferred = ["lead", "random", "tfidf", "textrank", "lexrank", "lsa", SummarizationMethod.default.rawValue]
        var seen = Set<String>()
        return preferred.filter { names.contains($0) && seen.insert($0).inserted }
    }

    /// The systems for `names` (each must be in `names`), sharing one analysis cache.
    /// - Throws: `EvaluationError.invalidOutputs`… never for valid names; a `ModelError` when the
    ///   IDF table cannot be found.
    public static func systems(named requested: [String]) throws -> [any EvaluationSystem] {
        let shared = try _AnalysisCache()
        return requested.compactMap { SummarizationMethod(rawValue: $0) }.map { SummarizerSystem(method: $0, cache: shared) }
    }

    /// Main-content extraction for `html` records (`HTMLExtraction.ArticleExtractor`).
    public static let extractHTML: @Sendable (String) throws -> Article = { try ArticleExtractor().extract(html: $0) }
}

/// One `SummarizationMethod` under evaluation.
struct SummarizerSystem: EvaluationSystem {
    let method: SummarizationMethod
    let cache: _AnalysisCache
    var name: String { method.rawValue }

    func summarize(_ record: PreparedRecord, length: SummaryLength, seed: UInt64) throws -> [String] {
        let document = try cache.document(for: record)
        return try method.summarizer(seed: seed).summarize(document, length: length).texts
    }
}

/// Analyses by record id, computed once with a vectorizer from a pool (a `TFIDFVectorizer`
/// caches and must not be shared between threads).
final class _AnalysisCache: @unchecked Sendable {
    private let idf: IDFTable
    private var documents: [String: AnalyzedDocument] = [:]
    private var idle: [TFIDFVectorizer] = []
    private let lock = Lock()

    init() throws { idf = try IDFTable.newsDefault() }

    func document(for record: PreparedRecord) throws -> AnalyzedDocument {
        lock.lock()
        if let d = documents[record.id] { lock.unlock(); return d }
        let vectorizer = idle.popLast()
        lock.unlock()
        let v = try vectorizer ?? TFIDFVectorizer(idf: idf)
        let d = v.analyze(record.documents).mergingNearDuplicates()
        lock.lock()
        idle.append(v)
        documents[record.id] = d
        lock.unlock()
        return d
    }
}
