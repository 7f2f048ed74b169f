import LinearAlgebra

/// A role: scores every sentence of a document for inclusion in an extractive summary.
///
/// Implementations only score; `summarize(_:length:redundancy:)` (shared by all) ranks,
/// applies the length budget and redundancy control, and returns the chosen sentences in
/// reading order.
public protocol Summarizer: Sendable {
    /// The method this summarizer implements.
    var method: SummarizationMethod { get }
    /// One score per sentence of `document` (higher is better).
    /// - Throws: `SummarizationError.numerical` when a factorization fails.
    func scores(for document: AnalyzedDocument) throws -> [Double]
    /// Whether `scores(for:)` reads the TF-IDF weights of a single-source document (true unless
    /// the method needs only term counts or positions). Batch mode analyzes single articles
    /// without weights when the method and the redundancy control do not read them
    /// (`TFIDFVectorizer.analyze(_:weighted:)`); several sources are always weighted, since
    /// near-duplicate merging and the multi-document redundancy cap compare their cosines.
    var readsWeightsOfSingleSource: Bool { get }
}

extension Summarizer {
    public var readsWeightsOfSingleSource: Bool { true }

    /// Whether summarizing `sources` articles under `redundancy` reads TF-IDF weights: several
    /// sources always do (near-duplicate merging, the multi-document cap), as does any
    /// redundancy control; one article only when the ranker reads them.
    public func needsWeights(sources: Int, redundancy: RedundancyControl?) -> Bool {
        sources > 1 || redundancy != nil || readsWeightsOfSingleSource
    }
}

extension Summarizer {
    /// Summarizes `document`: scores, selects by rank under `length` and `redundancy`, returns
    /// the selection in reading order.
    ///
    /// Degenerate input is not an error: no sentences give an empty summary; fewer sentences
    /// than requested give all of them.
    /// - Parameter redundancy: nil for the default — `.multiDocumentDefault` when the document
    ///   has several sources, `.none` otherwise.
    public func summarize(_ document: AnalyzedDocument, length: SummaryLength = .default,
                          redundancy: RedundancyControl? = nil) throws -> Summary {
        let (scores, chosen) = try scoredSelection(document, length: length, redundancy: redundancy)
        let order = rankOrder(scores)
        var rank = [Int](repeating: 0, count: scores.count)
        for (r, i) in order.enumerated() { rank[i] = r + 1 }
        let candidates = document.sentences.enumerated().map { i, s in
            ScoredSentence(text: s.text, score: scores[i], rank: rank[i], position: i, source: s.source,
                           positionInSource: s.positionInSource, range: s.range, selected: chosen.contains(i),
                           alsoIn: s.alsoIn)
        }
        return Summary(sentences: candidates.filter(\.selected), candidates: candidates, method: method)
    }

    /// The scores and the chosen sentences of `summarize` (which adds ranks and texts); batch mode
    /// needs only these.
    func scoredSelection(_ document: AnalyzedDocument, length: SummaryLength,
                         redundancy: RedundancyControl?) throws -> (scores: [Double], chosen: Set<Int>) {
        let scores = document.count == 0 ? [] : try self.scores(for: document)
        precondition(scores.count == document.count, "\(method): \(scores.count) scores for \(document.count) sentences")
        let control = redundancy ?? (document.isMultiDocument ? .multiDocumentDefault : .none)
        return (scores, select(document, scores: scores, length: length, redundancy: control))
    }
}

/// Indices by decreasing score, ties (and NaN) broken by position.
func rankOrder(_ scores: [Double]) -> [Int] {
    scores.indices.sorted { a, b in
        let x = scores[a].isNaN ? -Double.infinity : scores[a], y = scores[b].isNaN ? -Double.infinity : scores[b]
        return x != y ? x > y : a < b
    }
}

/// Greedy selection in rank order under the length budget and redundancy control.
func select(_ document: AnalyzedDocument, scores: [Double], length: SummaryLength,
            redundancy: RedundancyControl) -> Set<Int> {
    var chosen: [Int] = []
    var words = 0
    let budget = length.sentenceBudget(available: document.count)
    for i in rankOrder(scores) {
        if let b = budget, chosen.count >= b { break }
        if case let .similarityCap(cap) = redundancy,
           chosen.contains(where: { Double(document.cosine(i, $0)) > cap }) { continue }
        if case let .words(limit) = length {
            let w = document.sentences[i].wordCount
            if limit <= 0 { break }
            if !chosen.isEmpty && words + w > limit { continue }
            words += w
        }
        chosen.append(i)
    }
    return Set(chosen)
}

extension AnalyzedDocument {
    /// The cosine of sentences i and j's TF-IDF vectors (a sparse merge; 0 for an empty vector).
    public func cosine(_ i: Int, _ j: Int) -> Float {
        precondition(isWeighted, "cosine in a document analyzed without weights")
        let a = termRows[i], b = termRows[j]
        var x = 0, y = 0
        var s: Float = 0
        while x < a.count && y < b.count {
            if a[x].column == b[y].column { s += a[x].weight * b[y].weight; x += 1; y += 1 }
            else if a[x].column < b[y].column { x += 1 } else { y += 1 }
        }
        return s
    }
}
