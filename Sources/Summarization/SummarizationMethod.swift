/// The extractive summarization methods Parallax offers (`parallax summarize --method`).
public enum SummarizationMethod: String, CaseIterable, Sendable, Codable {
    /// Position-aware centrality (PacSum-style, Zheng & Lapata 2019). The default: best ROUGE on
    /// both dev sets (see `Evaluation/results/summarize-quality.md`).
    case centrality
    /// The first sentences (of each source, for multi-document input).
    case lead
    /// Seeded random sentences: a floor for the others.
    case random
    /// Closest to the TF-IDF centroid of the document (Radev et al. 2004).
    case tfidf
    /// TextRank with Mihalcea & Tarau's (2004) log-length-normalised word-overlap similarity.
    case textrank
    /// TextRank over TF-IDF cosine similarity.
    case textrankCosine = "textrank-cosine"
    /// Continuous LexRank (Erkan & Radev 2004): PageRank over idf-modified cosine weights.
    case lexrank
    /// Thresholded LexRank: unweighted edges where the idf-modified cosine exceeds 0.1.
    case lexrankThreshold = "lexrank-threshold"
    /// LSA (Steinberger & Ježek 2004): sentence length in the leading singular space.
    case lsa

    /// The method used when none is named.
    public static let `default` = SummarizationMethod.centrality

    /// A summarizer for this method with its documented default settings.
    /// - Parameter seed: the seed of `random` (ignored by the others).
    public func summarizer(seed: UInt64 = 0) -> any Summarizer {
        switch self {
        case .centrality: return CentralitySummarizer()
        case .lead: return LeadSummarizer()
        case .random: return RandomSummarizer(seed: seed)
        case .tfidf: return CentroidSummarizer()
        case .textrank: return TextRankSummarizer(similarity: .overlap)
        case .textrankCosine: return TextRankSummarizer(similarity: .cosine)
        case .lexrank: return LexRankSummarizer(threshold: nil)
        case .lexrankThreshold: return LexRankSummarizer(threshold: 0.1)
        case .lsa: return LSASummarizer()
        }
    }
}
