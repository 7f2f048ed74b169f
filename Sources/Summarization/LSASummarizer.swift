import LinearAlgebra

/// LSA sentence ranking (Steinberger & Ježek 2004, "Using Latent Semantic Analysis in Text
/// Summarization and Summary Evaluation").
///
/// The sentence × term TF-IDF matrix A is factorised A ≈ U·Σ·Vᵀ (truncated SVD through LAPACK
/// `sgesdd`); sentence i's score is the length of its vector in the leading r-dimensional topic
/// space, √(Σₖ σₖ²·uᵢₖ²), so a sentence scores high when it weighs heavily on strong topics.
///
/// Dimensions: r = `dimensions` (default 3), as the paper recommends keeping only the few
/// strongest topics when the summary is a few sentences. Deviation: the paper's matrix is
/// binary or tf-weighted; unnormalised TF-IDF weights (count × idf) are used here, so a long
/// sentence rich in rare terms weighs more, as in the paper's tf weighting.
public struct LSASummarizer: Summarizer {
    public var dimensions: Int
    public var method: SummarizationMethod { .lsa }
    public init(dimensions: Int = 3) { self.dimensions = dimensions }

    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        try blockwise(document) { block in
            let (x, _) = document.rawTFIDFMatrix(rows: block)
            let svd: SingularValueDecomposition<Float>
            do { svd = try truncatedSVD(x, rank: dimensions) } catch { throw SummarizationError.numerical("\(error)") }
            let k = svd.singularValues.count
            return (0..<x.rows).map { i in
                var s: Double = 0
                for d in 0..<k { let v = Double(svd.singularValues[d] * svd.u[i, d]); s += v * v }
                return s.squareRoot()
            }
        }
    }
}
