import LinearAlgebra
import TextProcessing

/// One sentence of an analyzed document, with where it came from.
public struct DocumentSentence: Sendable, Hashable {
    /// The sentence as it appears in its source (original characters kept).
    public var text: String
    /// Its range in its source's `Article.body`, in Unicode scalars.
    public var range: Range<Int>
    /// Which source (input document) it comes from, 0-based.
    public var source: Int
    /// Its index among its source's sentences, 0-based (the "position" of lead-bias methods).
    public var positionInSource: Int
    /// The number of word tokens, stop words included.
    public var wordCount: Int
    /// Sources whose near-duplicate of this sentence was merged into it (multi-document input).
    public var alsoIn: [Int] = []
}

/// A term and its weight in one sentence's vector.
public struct TermWeight: Sendable, Hashable {
    /// The column of the term in `AnalyzedDocument.vocabulary`.
    public var column: Int32
    /// Raw count of the term in the sentence.
    public var count: Float
    /// TF-IDF weight, L2-normalised over the sentence.
    public var weight: Float
}

/// Sentences with their terms: the typed stage every ranker consumes (`Article` →
/// `SegmentedDocument` → `AnalyzedDocument`), built by `TFIDFVectorizer.analyze`.
///
/// Vectors are stored sparsely (a sentence has a handful of terms); `tfidfMatrix(rows:)`
/// materialises a dense block for BLAS over only the terms that block uses.
public struct AnalyzedDocument: Sendable {
    /// The input documents (one for a single article).
    public var sources: [Article]
    /// Every sentence, in reading order (source by source).
    public var sentences: [DocumentSentence]
    /// Per sentence, its terms with counts and normalised TF-IDF weights, sorted by column.
    public var termRows: [[TermWeight]]
    /// Column → term (Porter stem).
    public var vocabulary: [String]
    /// Column → IDF weight from the table (empty when the document is not `isWeighted`).
    public var idf: [Float]
    /// Whether `termRows` carry TF-IDF weights. A document analyzed with `weighted: false` has
    /// counts only (every weight 0, `idf` empty): enough for overlap similarity and positions,
    /// and the TF-IDF views (`tfidfMatrix`, `rawTFIDFMatrix`, `cosine`) refuse it.
    public var isWeighted: Bool = true

    /// The number of sentences.
    public var count: Int { sentences.count }
    /// Whether there is more than one source.
    public var isMultiDocument: Bool { sources.count > 1 }

    /// The largest number of sentences compared all-against-all. Longer documents are ranked in
    /// consecutive blocks of at most this many sentences, so similarity memory stays
    /// O(n · blockSize) instead of O(n²) (see `blocks`).
    public static let blockSize = 1024

    /// Consecutive row ranges of at most `blockSize` sentences, of near-equal length, covering
    /// every sentence (one range for ordinary articles).
    public func blocks(maxSize: Int = AnalyzedDocument.blockSize) -> [Range<Int>] {
        let n = count
        guard n > maxSize else { return n == 0 ? [] : [0..<n] }
        let k = (n + maxSize - 1) / maxSize
        return (0..<k).map { b in (b * n / k)..<((b + 1) * n / k) }
    }

    /// The dense TF-IDF matrix of sentences `rows` (rows L2-normalised; a sentence without
    /// terms is a zero row), over the columns those sentences use, and those columns' ids.
    public func tfidfMatrix(rows: Range<Int>? = nil) -> (matrix: Matrix<Float>, columns: [Int32]) {
        precondition(isWeighted, "TF-IDF matrix of a document analyzed without weights")
        return denseMatrix(rows: rows ?? 0..<count) { $0.weight }
    }

    /// The dense matrix of unnormalised TF-IDF weights (count × idf) of sentences `rows`.
    public func rawTFIDFMatrix(rows: Range<Int>? = nil) -> (matrix: Matrix<Float>, columns: [Int32]) {
        precondition(isWeighted, "TF-IDF matrix of a document analyzed without weights")
        return denseMatrix(rows: rows ?? 0..<count) { $0.count * idf[Int($0.column)] }
    }

    /// The dense 0/1 term-presence matrix of sentences `rows`, over the columns they use.
    public func presenceMatrix(rows: Range<Int>? = nil) -> (matrix: Matrix<Float>, columns: [Int32]) {
        denseMatrix(rows: rows ?? 0..<count) { _ in 1 }
    }

    /// The dense 0/1 term-presence matrix of sentences `rows` over only the columns that two or
    /// more of them use. Its off-diagonal entries — the numbers of distinct terms two sentences
    /// share — equal `presenceMatrix`'s; a term of one sentence only adds to the diagonal, and
    /// dropping those columns (most of a news article's terms) shrinks the BLAS product about
    /// threefold.
    public func sharedPresenceMatrix(rows: Range<Int>) -> (matrix: Matrix<Float>, columns: [Int32]) {
        var uses = [Int32](repeating: 0, count: vocabulary.count)
        for r in rows { for t in termRows[r] { uses[Int(t.column)] += 1 } }
        return denseMatrix(rows: rows, including: { uses[Int($0)] > 1 }) { _ in 1 }
    }

    private func denseMatrix(rows: Range<Int>, including include: (Int32) -> Bool = { _ in true },
                             _ value: (TermWeight) -> Float) -> (matrix: Matrix<Float>, columns: [Int32]) {
        var local = [Int32](repeating: -1, count: vocabulary.count)
        var columns: [Int32] = []
        for r in rows { for t in termRows[r] where local[Int(t.column)] < 0 && include(t.column) {
            local[Int(t.column)] = Int32(columns.count); columns.append(t.column)
        } }
        let w = columns.count
        var m = Matrix<Float>(rows: rows.count, columns: w)
        m.storage.withUnsafeMutableBufferPointer { p in
            for (i, r) in rows.enumerated() { for t in termRows[r] where local[Int(t.column)] >= 0 {
                p[i * w + Int(local[Int(t.column)])] = value(t)
            } }
        }
        return (m, columns)
    }
}
