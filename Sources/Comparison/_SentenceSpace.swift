import LinearAlgebra
import Summarization

/// Sentences as L2-normalised TF-IDF vectors in one space (Summarization's `TFIDFVectorizer`:
/// raw term frequency × the smoothed IDF of the shipped news table, Porter stems, stop words
/// dropped), and their cosine similarities.
///
/// The only place Comparison turns text into terms, so alignment and summarization share one
/// definition of a term and one IDF.
struct _SentenceSpace {
    /// Sparse rows: (column, weight), sorted by column, each of unit length (or empty).
    var rows: [[(Int, Float)]]
    /// Each sentence's content terms (stems, in order, repeats kept).
    var terms: [[String]]
    var dimension: Int

    /// - Throws: `ModelError` when the news IDF table cannot be read.
    init(texts: [String]) throws {
        let vectorizer = try TFIDFVectorizer()
        let doc = vectorizer.analyze(sentences: texts)
        rows = doc.termRows.map { $0.map { (Int($0.column), $0.weight) } }
        let analyzer = vectorizer.analyzer
        terms = texts.map { analyzer.terms(in: $0).map(analyzer.term) }
        dimension = doc.vocabulary.count
    }

    /// Cosine of rows `i` and `j` in [0, 1] (0 when either is empty).
    func cosine(_ i: Int, _ j: Int) -> Float {
        let a = rows[i], b = rows[j]
        var x = 0, y = 0
        var s: Float = 0
        while x < a.count && y < b.count {
            if a[x].0 == b[y].0 { s += a[x].1 * b[y].1; x += 1; y += 1 } else if a[x].0 < b[y].0 { x += 1 } else { y += 1 }
        }
        return min(max(s, 0), 1)
    }

    /// The dense n × n cosine matrix (row-major) of all rows against all rows.
    ///
    /// Only terms that occur in sentences of at least two different groups (`groups[i]` is the
    /// version of sentence i) can contribute to a cross-version similarity, so the matrix is built
    /// over those columns only; within-version entries are therefore not exact and must not be
    /// read. One BLAS call (`syrk`: the n × k matrix times its transpose) computes the products.
    /// - Complexity: O(n² k) for n sentences and k shared terms; n² floats of memory.
    func crossSimilarity(groups: [Int]) -> [Float] {
        let n = rows.count
        var firstGroup = Array(repeating: -1, count: dimension)
        var shared = Array(repeating: false, count: dimension)
        for (i, r) in rows.enumerated() {
            for (t, _) in r {
                if firstGroup[t] == -1 { firstGroup[t] = groups[i] } else if firstGroup[t] != groups[i] { shared[t] = true }
            }
        }
        var column = Array(repeating: -1, count: dimension)
        var k = 0
        for t in 0..<dimension where shared[t] { column[t] = k; k += 1 }
        guard n > 0, k > 0 else { return Array(repeating: 0, count: n * n) }
        var x = Matrix<Float>(rows: n, columns: k)
        for (i, r) in rows.enumerated() {
            for (t, w) in r where column[t] >= 0 { x.storage[i * k + column[t]] = w }
        }
        return syrk(x).storage
    }
}
