import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import TextProcessing

/// Inverse document frequencies of terms (Porter stems) in a background news corpus.
///
/// The table stores document frequencies, not text: `df(t)` = how many of `documentCount`
/// articles contain term t at least once. The weight is scikit-learn's smoothed IDF
///
///     idf(t) = ln((1 + N) / (1 + df(t))) + 1
///
/// so every weight is ≥ 1 and a term seen in every document weighs exactly 1. A term the table
/// has never seen takes df = 0, the largest weight, ln(1 + N) + 1 (`unseenIDF`): new names and
/// rare words are as informative as the rarest words of the corpus.
///
/// The shipped table, `Models/idf/en-news-v1/idf.tsv`, is built by `scripts/build-idf` (see its
/// MANIFEST.json for corpus, counts and tokenizer/stemmer settings).
///
/// File format (UTF-8 TSV): lines starting with `#` are comments; the first other line is
/// `__documents__<TAB>N`; then one `term<TAB>df` a line.
public struct IDFTable: Sendable {
    /// The number of documents the frequencies were counted over (N).
    public let documentCount: Int
    /// term → document frequency (built on first use: lookups go through a byte table).
    public var documentFrequencies: [String: Int] { storage.dictionary }
    private let storage: _DocumentFrequencies

    /// The model-store path of the default table.
    public static let defaultPath = "idf/en-news-v1/idf.tsv"

    public init(documentCount: Int, documentFrequencies: [String: Int]) {
        var table = _ByteTable(capacity: 4 * documentFrequencies.count / 3 + 1)
        for (term, df) in documentFrequencies { table.set(term, value: Int32(clamping: df)) }
        self.init(documentCount: documentCount, table: table, dictionary: documentFrequencies)
    }

    private init(documentCount: Int, table: _ByteTable, dictionary: [String: Int]?) {
        self.documentCount = documentCount
        self.storage = _DocumentFrequencies(table: table, dictionary: dictionary)
    }

    /// The document frequency of `term` (0 when unseen).
    public func df(_ term: String) -> Int {
        storage.table.find(term).map(Int.init) ?? 0
    }

    /// The smoothed IDF of `term` (see the type's discussion); `unseenIDF` for unseen terms.
    public func idf(_ term: String) -> Double {
        Self.idf(df: df(term), documents: documentCount)
    }

    /// The weight of a term the table has never seen: ln(1 + N) + 1.
    public var unseenIDF: Double { Self.idf(df: 0, documents: documentCount) }

    /// ln((1 + N) / (1 + df)) + 1.
    public static func idf(df: Int, documents n: Int) -> Double {
        log(Double(1 + n) / Double(1 + df)) + 1
    }

    /// A table with no documents: every term weighs 1 (plain TF). Used when no model is wanted.
    public static let uniform = IDFTable(documentCount: 0, documentFrequencies: [:])

    /// The shipped English news table, loaded once per process from the model store.
    /// - Throws: `ModelError.notFound` when `Models/` is missing; `SummarizationError` when the
    ///   file is malformed.
    public static func newsDefault() throws -> IDFTable {
        try _DefaultIDF.shared.get()
    }

    /// Reads a table in the format above.
    /// - Throws: `SummarizationError.malformedIDFTable` naming the file and line.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        // Terms go straight from the file's bytes into a byte table (no String per term: building
        // a `[String: Int]` of the shipped table was a fifth of `summarize`'s start-up).
        var dfs = _ByteTable(capacity: data.count / 8, keyBytes: data.count)  // a line is some 9 bytes: grows at most once
        var n: Int? = nil
        var lineNo = 0
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            let count = bytes.count
            while start < count {
                var end = start
                while end < count, bytes[end] != 0x0A { end += 1 }
                lineNo += 1
                defer { start = end + 1 }
                if end == start || bytes[start] == 0x23 { continue } // blank or '#'
                var tab = start
                while tab < end, bytes[tab] != 0x09 { tab += 1 }
                var value = 0, digits = 0
                var k = tab + 1
                while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39 { value = value * 10 + Int(bytes[k] - 0x30); k += 1; digits += 1 }
                let term = UnsafeBufferPointer(rebasing: bytes[start..<tab])
                guard tab < end, digits > 0, digits <= 9, k == end, tab > start else {
                    throw SummarizationError.malformedIDFTable(
                        file: url.path, line: lineNo,
                        found: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                if n == nil {
                    guard term.elementsEqual("__documents__".utf8) else {
                        throw SummarizationError.malformedIDFTable(
                            file: url.path, line: lineNo, found: String(decoding: term, as: UTF8.self) + "\t…")
                    }
                    n = value
                } else {
                    dfs.set(term, hash: _ByteTable.hash(term), value: Int32(value))  // a repeated term: the last line wins
                }
            }
        }
        guard let documents = n else {
            throw SummarizationError.malformedIDFTable(file: url.path, line: max(1, lineNo), found: "")
        }
        self.init(documentCount: documents, table: dfs, dictionary: nil)
    }

    /// Counts document frequencies of the analyzer's terms over `documents`.
    public static func count<S: Sequence>(_ documents: S, analyzer: TermAnalyzer) -> IDFTable where S.Element == String {
        var dfByID: [Int32: Int] = [:]
        var n = 0
        for doc in documents {
            n += 1
            var seen = Set<Int32>()
            analyzer.analyze(doc) { seen.insert($0) }
            for id in seen { dfByID[id, default: 0] += 1 }
        }
        var dfs: [String: Int] = [:]
        for (id, df) in dfByID { dfs[analyzer.term(id)] = df }
        return IDFTable(documentCount: n, documentFrequencies: dfs)
    }

    /// The table in the file format above, terms sorted by decreasing df then alphabetically
    /// (a stable, diffable order).
    public func serialized(comment: String) -> String {
        var out = comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n")
        out += "\n__documents__\t\(documentCount)\n"
        for (t, df) in documentFrequencies.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            out += "\(t)\t\(df)\n"
        }
        return out
    }
}

/// Loads the default table once per process, thread-safely.
private final class _DefaultIDF: @unchecked Sendable {
    static let shared = _DefaultIDF()
    private let lock = Lock()
    private var table: IDFTable?
    func get() throws -> IDFTable {
        lock.lock(); defer { lock.unlock() }
        if let table { return table }
        let t = try IDFTable(contentsOf: ModelStore.url(IDFTable.defaultPath))
        table = t
        return t
    }
}

/// An `IDFTable`'s frequencies: a byte table for lookups, and the `[String: Int]` view, made
/// once on first request (a reference type so that the view can be cached behind a lock).
private final class _DocumentFrequencies: @unchecked Sendable {
    let table: _ByteTable
    private var cached: [String: Int]?
    private let lock = Lock()

    init(table: _ByteTable, dictionary: [String: Int]?) {
        self.table = table
        self.cached = dictionary
    }

    var dictionary: [String: Int] {
        lock.lock(); defer { lock.unlock() }
        if let cached { return cached }
        var d: [String: Int] = [:]
        d.reserveCapacity(table.count)
        table.forEach { key, value in d[String(decoding: key, as: UTF8.self)] = Int(value) }
        cached = d
        return d
    }
}
