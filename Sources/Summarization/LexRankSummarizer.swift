import LinearAlgebra

/// LexRank (Erkan & Radev 2004, "LexRank: Graph-based Lexical Centrality as Salience in Text
/// Summarization").
///
/// Edges are the idf-modified cosine of the sentences' TF-IDF vectors (one `ssyrk` per block).
/// Continuous LexRank (`threshold == nil`) uses the cosines as weights; thresholded LexRank
/// keeps an unweighted edge where the cosine exceeds the threshold (the paper's best: 0.1).
/// Rows are normalised to a stochastic matrix and the stationary vector is computed by power
/// iteration with damping 0.85 (the paper's d = 0.15 teleport probability).
///
/// Deviations: self-similarities (the paper's diagonal of 1s) are removed, as in TextRank, so a
/// sentence cannot vote for itself; IDF comes from a background news table instead of the
/// input cluster (which is too small to estimate IDF from a single article).
public struct LexRankSummarizer: Summarizer {
    public var threshold: Float?
    public var damping: Double
    public var method: SummarizationMethod { threshold == nil ? .lexrank : .lexrankThreshold }

    public init(threshold: Float? = nil, damping: Double = 0.85) {
        self.threshold = threshold
        self.damping = damping
    }

    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        blockwise(document) { block in
            var w = cosineSimilarityMatrix(document.tfidfMatrix(rows: block).matrix, alreadyNormalized: true)
            if let t = threshold {
                for k in w.storage.indices { w.storage[k] = w.storage[k] > t ? 1 : 0 }
            }
            w.zeroDiagonal()
            return pageRank(w, damping: damping)
        }
    }
}
