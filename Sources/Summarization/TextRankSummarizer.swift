import LinearAlgebra

/// TextRank sentence extraction (Mihalcea & Tarau 2004, "TextRank: Bringing Order into Texts").
///
/// Sentences are nodes of an undirected weighted graph; the score is the stationary vector of
/// the damped random walk (d = 0.85, power iteration to L1 change < 1e-7, at most 300 steps;
/// sentences without edges are dangling nodes that link everywhere). Edge weights:
///
/// - `.overlap` (the paper's): |Sᵢ ∩ Sⱼ| / (ln|Sᵢ| + ln|Sⱼ|), where the overlap counts distinct
///   shared terms (one `ssyrk` of the 0/1 term-presence matrix) and |S| is the sentence's number
///   of terms. Deviations: words are Porter stems with stop words removed (as summa and sumy do);
///   a pair whose denominator is 0 (two one-term sentences) gets weight 0.
/// - `.cosine`: TF-IDF cosine (one `ssyrk` of the normalised TF-IDF matrix).
///
/// Self-loops are removed. Documents longer than `AnalyzedDocument.blockSize` sentences are
/// ranked block by block.
public struct TextRankSummarizer: Summarizer {
    public enum Similarity: Sendable { case overlap, cosine }
    public var similarity: Similarity
    public var damping: Double
    public var method: SummarizationMethod { similarity == .overlap ? .textrank : .textrankCosine }
    /// The paper's overlap reads term counts only.
    public var readsWeightsOfSingleSource: Bool { similarity == .cosine }

    public init(similarity: Similarity = .overlap, damping: Double = 0.85) {
        self.similarity = similarity
        self.damping = damping
    }

    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        blockwise(document) { block in
            var w: Matrix<Float>
            switch similarity {
            case .cosine:
                w = cosineSimilarityMatrix(document.tfidfMatrix(rows: block).matrix, alreadyNormalized: true)
            case .overlap:
                w = overlapSimilarity(document, block)
            }
            w.zeroDiagonal()
            return pageRank(w, damping: damping)
        }
    }
}

/// Mihalcea & Tarau's similarity for sentences `block`: shared distinct terms (one `ssyrk` of
/// the 0/1 presence matrix over the terms two or more sentences use) over ln|Sᵢ| + ln|Sⱼ|
/// (|S| = number of terms; 0 when that is 0). The diagonal is 0 (no self-loops).
func overlapSimilarity(_ document: AnalyzedDocument, _ block: Range<Int>) -> Matrix<Float> {
    var w = syrk(document.sharedPresenceMatrix(rows: block).matrix)
    let logLen = block.map { r -> Float in
        let terms = document.termRows[r].reduce(Float(0)) { $0 + $1.count }
        return terms > 0 ? logf(terms) : 0
    }
    let n = block.count
    w.storage.withUnsafeMutableBufferPointer { s in
        for i in 0..<n { for j in 0..<n {
            let d = logLen[i] + logLen[j]
            s[i * n + j] = d > 0 && i != j ? s[i * n + j] / d : 0
        } }
    }
    return w
}

#if canImport(Glibc)
import Glibc
#endif
