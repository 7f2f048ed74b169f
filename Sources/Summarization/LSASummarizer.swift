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

    /// Blocks with more sentences than this (and fewer sentences than terms) take the
    /// eigen-decomposition route: the k largest eigenpairs of X·Xᵀ through `ssyevr` give the
    /// same scores as the SVD (σ² = eigenvalue) without computing all singular vectors.
    public static let gramThreshold = 256

    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        try blockwise(document) { block in
            let (x, _) = document.rawTFIDFMatrix(rows: block)
            do {
                if x.rows > LSASummarizer.gramThreshold && x.rows < x.columns {
                    // Long input: the k largest eigenpairs of X·Xᵀ (one ssyrk + ssyevr) are X's
                    // leading left singular vectors with σ², at a fraction of a full thin SVD.
                    let e = try largestEigenpairs(syrk(x), count: dimensions)
                    return (0..<x.rows).map { i in
                        var s: Double = 0
                        for d in 0..<e.values.count { s += Double(max(0, e.values[d])) * Double(e.vectors[i, d] * e.vectors[i, d]) }
                        return s.squareRoot()
                    }
                }
                let svd = try truncatedSVD(x, rank: dimensions)
                return (0..<x.rows).map { i in
                    var s: Double = 0
                    for d in 0..<svd.singularValues.count { let v = Double(svd.singularValues[d] * svd.u[i, d]); s += v * v }
                    return s.squareRoot()
                }
            } catch { throw SummarizationError.numerical("\(error)") }
        }
    }
}
