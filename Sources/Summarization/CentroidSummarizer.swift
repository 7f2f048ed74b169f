import LinearAlgebra

/// TF-IDF centroid ranking (after Radev et al. 2004, "Centroid-based summarization of multiple
/// documents"): a sentence's score is the cosine between its TF-IDF vector and the centroid
/// (mean) of all sentence vectors.
///
/// Deviation: Radev et al. keep only the centroid's top-weighted words and add position and
/// first-sentence-overlap features; this is the pure centroid cosine. One `sgemv` per block.
public struct CentroidSummarizer: Summarizer {
    public var method: SummarizationMethod { .tfidf }
    public init() {}
    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        blockwise(document) { block in
            let (x, _) = document.tfidfMatrix(rows: block)
            let centroid = gemv(x, [Float](repeating: 1 / Float(x.rows), count: x.rows), transpose: true)
            let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return [Double](repeating: 0, count: block.count) }
            return gemv(x, centroid).map { Double($0 / norm) }
        }
    }
}
