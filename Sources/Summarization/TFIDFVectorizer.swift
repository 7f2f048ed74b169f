import LinearAlgebra
import TextProcessing

/// Builds sentence × term TF-IDF vectors: the representation of every ranker except `lead`
/// and `random`.
///
/// A sentence's weight for term t is tf(t) · idf(t), where tf is the raw count (or
/// 1 + ln count with `sublinearTF`) and idf comes from an `IDFTable` (the shipped news table by
/// default); each sentence vector is then scaled to unit L2 length, so a dot product is a
/// cosine. Terms are `TermAnalyzer` terms: lower-cased, stop words dropped, Porter-stemmed
/// (each configurable).
///
/// ```swift
/// let v = try TFIDFVectorizer()
/// let (m, terms) = v.matrix(for: ["Rain fell in Paris.", "Paris rain stopped."])
/// // m is 2 × 4 over the stems ["rain", "fell", "pari", "stop"] (first-occurrence order);
/// // m[0, 0] = idf(rain)/‖row 0‖
/// ```
///
/// A vectorizer caches analyses and IDF weights; give each thread its own.
public final class TFIDFVectorizer {
    /// Weighting settings.
    public struct Options: Sendable, Equatable {
        /// Use 1 + ln(tf) instead of tf (default false: sentences rarely repeat a term).
        public var sublinearTF: Bool
        /// Tokenizer settings (stop words, stemming).
        public var analyzer: TermAnalyzer.Options
        public init(sublinearTF: Bool = false, analyzer: TermAnalyzer.Options = .init()) {
            self.sublinearTF = sublinearTF
            self.analyzer = analyzer
        }
    }

    public let options: Options
    /// The IDF table; nil until `prepareWeights()` when it was deferred
    /// (`init(options:deferredIDF:stopWords:)`).
    public private(set) var idfTable: IDFTable?
    private let loadIDF: (() throws -> IDFTable)?
    /// The analyzer that turns text into terms.
    public let analyzer: TermAnalyzer
    /// Per analyzer term id, everything analysis reads about it, side by side: counting a word
    /// and placing its term then touch one cache line (term ids of a large batch run to tens of
    /// thousands, and separate arrays indexed by id were a cache miss each per word — the term's
    /// text too, which a document's vocabulary copies).
    private struct TermSlot {
        /// Its count in the current sentence (reset after use).
        var count: Float = 0
        /// Its column in the current document, -1 when absent (reset after use).
        var column: Int32 = -1
        /// NaN until a weighted document first gives the term a column (the table look-up is
        /// skipped for terms only unweighted documents have used).
        var idf: Float = .nan
        var term: String
    }
    private var termSlots: [TermSlot] = []

    private let splitter = SentenceSplitter()

    /// - Parameters:
    ///   - idf: the IDF table; the shipped news table when nil.
    /// - Throws: `ModelError`/`SummarizationError` when the default table cannot be read.
    public init(options: Options = Options(), idf: IDFTable? = nil, stopWords: Set<String>? = nil) throws {
        self.options = options
        self.idfTable = try idf ?? IDFTable.newsDefault()
        self.loadIDF = nil
        self.analyzer = TermAnalyzer(options: options.analyzer, stopWords: stopWords)
    }

    /// A vectorizer that reads its IDF table only when a weighted analysis first needs it: call
    /// `prepareWeights()` before `analyze(_:weighted: true)`. Batch mode uses it, so a batch of
    /// single articles ranked by overlap never reads the table (a millisecond and a half of
    /// start-up).
    public init(options: Options = Options(), deferredIDF load: @escaping () throws -> IDFTable,
                stopWords: Set<String>? = nil) {
        self.options = options
        self.idfTable = nil
        self.loadIDF = load
        self.analyzer = TermAnalyzer(options: options.analyzer, stopWords: stopWords)
    }

    /// Loads a deferred IDF table (once; nothing to do otherwise).
    /// - Throws: what the loader throws (`ModelError`, `SummarizationError.malformedIDFTable`).
    public func prepareWeights() throws {
        if idfTable == nil, let loadIDF { idfTable = try loadIDF() }
    }

    /// The TF-IDF matrix of `sentences` (rows L2-normalised) and the term of each column.
    public func matrix(for sentences: [String]) -> (matrix: Matrix<Float>, terms: [String]) {
        let doc = analyze(sentences: sentences)
        return (doc.tfidfMatrix().matrix, doc.vocabulary)
    }

    /// Segments and analyzes one or more articles (several = versions of one story).
    /// - Parameter weighted: false skips the TF-IDF weights (IDF look-ups, weighting and
    ///   normalisation), for rankers that read only term counts (`AnalyzedDocument.isWeighted`).
    public func analyze(_ articles: [Article], weighted: Bool = true) -> AnalyzedDocument {
        var sentences: [DocumentSentence] = []
        for (s, article) in articles.enumerated() {
            let split = splitter.sentences(in: article.body)
            sentences.reserveCapacity(sentences.count + split.count)
            for (k, sentence) in split.enumerated() {
                sentences.append(DocumentSentence(text: sentence.text, range: sentence.range, source: s,
                                                  positionInSource: k, wordCount: 0))
            }
        }
        return analyze(sentences: sentences, sources: articles, weighted: weighted)
    }

    /// Analyzes sentences given as strings (one source; ranges index a body that joins them
    /// with single spaces).
    public func analyze(sentences texts: [String]) -> AnalyzedDocument {
        var offset = 0
        var sentences: [DocumentSentence] = []
        for (k, t) in texts.enumerated() {
            let len = t.unicodeScalars.count
            sentences.append(DocumentSentence(text: t, range: offset..<(offset + len), source: 0, positionInSource: k, wordCount: 0))
            offset += len + 1
        }
        return analyze(sentences: sentences, sources: [Article(paragraphs: [texts.joined(separator: " ")])], weighted: true)
    }

    private func analyze(sentences input: [DocumentSentence], sources: [Article], weighted: Bool) -> AnalyzedDocument {
        // Weighted analysis reads the table; a deferred one must have been prepared.
        let table = weighted ? idfTable : nil
        precondition(!weighted || table != nil, "weighted analysis before prepareWeights() loaded the deferred IDF table")
        var sentences = input
        var vocabulary: [String] = []
        var idf: [Float] = []
        var rows: [[TermWeight]] = []
        rows.reserveCapacity(sentences.count)
        // Terms in order of first occurrence, so columns (and with them BLAS's summation order)
        // depend only on the text — not on hashing or on what else this vectorizer has seen.
        // Slots indexed by analyzer term id replace dictionaries (hashing was a sixth of batch
        // time); only the entries a document touches are reset.
        var order: [Int32] = []
        var documentTerms: [Int32] = []
        // A news sentence brings some ten new terms: room for them up front, not a dozen
        // regrowths per document.
        let expectedTerms = 12 * sentences.count
        vocabulary.reserveCapacity(expectedTerms); idf.reserveCapacity(expectedTerms)
        documentTerms.reserveCapacity(expectedTerms); order.reserveCapacity(64)
        // The slots as a local while the document is analyzed (no exclusivity checks on class
        // properties per token); handed back at the end.
        var slots = self.termSlots
        self.termSlots = []
        defer { self.termSlots = slots }
        for i in sentences.indices {
            order.removeAll(keepingCapacity: true)
            sentences[i].wordCount = analyzer.analyze(sentences[i].text) { id in
                let t = Int(id)
                while t >= slots.count {  // ids are handed out in order: a new one is the next
                    let term = analyzer.term(Int32(slots.count))
                    slots.append(TermSlot(term: term))
                }
                if slots[t].count == 0 { order.append(id) }
                slots[t].count += 1
            }
            var row: [TermWeight] = []
            row.reserveCapacity(order.count)
            var norm: Float = 0
            for id in order {
                let t = Int(id)
                let c = slots[t].count
                slots[t].count = 0
                var col = slots[t].column
                if col < 0 {
                    col = Int32(vocabulary.count); slots[t].column = col; documentTerms.append(id)
                    vocabulary.append(slots[t].term)
                    if let table {
                        if slots[t].idf.isNaN { slots[t].idf = Float(table.idf(slots[t].term)) }
                        idf.append(slots[t].idf)
                    }
                }
                guard weighted else { row.append(TermWeight(column: col, count: c, weight: 0)); continue }
                let tf = options.sublinearTF ? 1 + logf(c) : c
                let w = tf * idf[Int(col)]
                norm += w * w
                row.append(TermWeight(column: col, count: c, weight: w))
            }
            if norm > 0 { let inv = 1 / norm.squareRoot(); for k in row.indices { row[k].weight *= inv } }
            row.sort { $0.column < $1.column }
            rows.append(row)
        }
        for id in documentTerms { slots[Int(id)].column = -1 }
        var document = AnalyzedDocument(sources: sources, sentences: sentences, termRows: rows, vocabulary: vocabulary, idf: idf)
        document.isWeighted = weighted
        return document
    }
}

#if canImport(Glibc)
import Glibc
#endif
