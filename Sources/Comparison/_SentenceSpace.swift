import Foundation
import LinearAlgebra

/// Sentences as L2-normalised TF-IDF vectors in one space, and their cosine similarities.
///
/// Adapter around the project's vectorizer: weights are raw term frequency times the smoothed
/// inverse document frequency `ln((1 + N) / (1 + df)) + 1` (scikit-learn's `smooth_idf`), where
/// each sentence is one document, the convention of Summarization's `TFIDFVectorizer`. When that
/// type lands on `main` this file delegates to it instead of weighting terms itself.
struct _SentenceSpace {
    /// Sparse rows: (term id, weight), sorted by term id, each of unit length (or empty).
    var rows: [[(Int, Float)]]
    var dimension: Int

    init(terms: [[String]]) {
        var ids: [String: Int] = [:]
        var df: [Int] = []
        var counted: [[(Int, Int)]] = []
        for ts in terms {
            var tf: [Int: Int] = [:]
            for t in ts {
                let id: Int
                if let k = ids[t] { id = k } else { id = ids.count; ids[t] = id; df.append(0) }
                tf[id, default: 0] += 1
            }
            for k in tf.keys { df[k] += 1 }
            counted.append(tf.sorted { $0.key < $1.key })
        }
        let n = Double(terms.count)
        let idf = df.map { Float(log((1 + n) / (1 + Double($0))) + 1) }
        rows = counted.map { row in
            var r = row.map { ($0.0, Float($0.1) * idf[$0.0]) }
            let norm = r.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { for i in r.indices { r[i].1 /= norm } }
            return r
        }
        dimension = ids.count
    }

    /// Cosine of rows `i` and `j` (0 when either is empty).
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
    /// Only terms that occur in sentences of at least two different groups (`group[i]` is the
    /// version of sentence i) can contribute to a cross-version similarity, so the matrix is built
    /// over those columns only; within-version entries are therefore not exact and must not be read.
    /// One BLAS call (`syrk`: the n × k matrix times its transpose) computes the products.
    /// - Complexity: O(n² k) for n sentences and k shared terms.
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
        var storage = Array(repeating: Float(0), count: n * k)
        for (i, r) in rows.enumerated() {
            for (t, w) in r where column[t] >= 0 { storage[i * k + column[t]] = w }
        }
        return _gram(storage, rows: n, columns: k)
    }
}

/// Stand-in for `LinearAlgebra.syrk` until it is on `main` (a naive loop, same result).
func _gram(_ a: [Float], rows n: Int, columns k: Int) -> [Float] {
    var c = Array(repeating: Float(0), count: n * n)
    for i in 0..<n {
        for j in i..<n {
            var s: Float = 0
            for t in 0..<k { s += a[i * k + t] * a[j * k + t] }
            c[i * n + j] = s; c[j * n + i] = s
        }
    }
    return c
}
