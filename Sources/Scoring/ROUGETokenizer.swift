import TextProcessing

/// How text becomes tokens before ROUGE counts them. Every output names the mode it used.
public enum ROUGETokenizerMode: String, Sendable, CaseIterable {
    /// Exactly rouge-score 0.1.2's `tokenize.tokenize`: Python's `str.lower()`, every run of
    /// characters other than `a-z0-9` is a separator, and with stemming on, tokens longer than
    /// three characters go through NLTK's default `PorterStemmer()`
    /// (``PorterStemmer/Mode/nltkExtensions``). Two non-ASCII letters lower-case to ASCII in
    /// Python and are honoured: `İ` (U+0130, → `i` followed by a combining dot, which
    /// separates) and the Kelvin sign `K` (U+212A, → `k`).
    case rougeScore = "rouge-score"
    /// ROUGE-1.5.5's text handling for one-sentence-per-line input: ASCII `A-Z` lower-cased,
    /// `-` and every byte outside `A-Za-z0-9` separate tokens (each byte of a non-ASCII
    /// character separates), with `-m` stemming by ``ROUGE155Stemmer`` for tokens longer than
    /// three characters after an optional exception table.
    case rouge155
}

/// Turns text into ROUGE tokens, as a list of strings (for inspection and tests; the scorer
/// itself works on integer ids).
///
/// ```swift
/// ROUGETokenizer(mode: .rougeScore, stem: true).tokenize("The cats' running-shoes, 2x!")
/// // ["the", "cat", "run", "shoe", "2x"]
/// ```
public struct ROUGETokenizer: Sendable {
    public let mode: ROUGETokenizerMode
    public let stem: Bool
    /// Tokens (lower case, before stemming) to drop, as ROUGE-1.5.5's `-s` does with its list.
    public let stopWords: Set<String>
    /// rouge155 mode: word → replacement consulted before the stemmer (ROUGE-1.5.5 consults
    /// WordNet 2.0's exception lists, e.g. `went` → `go`).
    public let stemExceptions: [String: String]

    public init(mode: ROUGETokenizerMode = .rougeScore, stem: Bool = false,
                stopWords: Set<String> = [], stemExceptions: [String: String] = [:]) {
        self.mode = mode
        self.stem = stem
        self.stopWords = stopWords
        self.stemExceptions = stemExceptions
    }

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [String] {
        let analyzer = _Analyzer(self)
        var doc = _Tokens()
        analyzer.analyze(text, into: &doc)
        return doc.ids.map { String(decoding: analyzer.finals.bytes($0), as: UTF8.self) }
    }

    /// The tokens of each line of `text` (the sentences of `rougeLsum`).
    public func sentences(_ text: String) -> [[String]] {
        let analyzer = _Analyzer(self)
        var doc = _Tokens()
        analyzer.analyze(text, into: &doc)
        return (0..<doc.sentenceCount).map { s in
            doc.sentence(s).map { String(decoding: analyzer.finals.bytes($0), as: UTF8.self) }
        }
    }
}

/// A tokenized text: token ids and where each line starts.
struct _Tokens {
    var ids: [Int32] = []
    /// Start of sentence k is `starts[k]`; the last element is `ids.count`.
    var starts: [Int32] = [0]

    var sentenceCount: Int { starts.count - 1 }
    func sentence(_ k: Int) -> ArraySlice<Int32> { ids[Int(starts[k]) ..< Int(starts[k + 1])] }

    mutating func clear() {
        ids.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
    }
}

/// The tokenizer's working state: interned raw tokens, their final ids (after stop words and
/// stemming), cached so each distinct token is stemmed once. One per thread.
final class _Analyzer {
    let config: ROUGETokenizer
    private var raw = _TokenInterner()
    private(set) var finals = _TokenInterner()
    private var finalOfRaw: [Int32] = []   // -1: stop word
    private let nltk = PorterStemmer(mode: .nltkExtensions)
    private let perl = ROUGE155Stemmer()
    private let stopWords: Set<[UInt8]>
    private let exceptions: [[UInt8]: [UInt8]]

    init(_ config: ROUGETokenizer) {
        self.config = config
        stopWords = Set(config.stopWords.map { Array($0.utf8) })
        exceptions = Dictionary(config.stemExceptions.map { (Array($0.key.utf8), Array($0.value.utf8)) },
                                uniquingKeysWith: { a, _ in a })
    }

    /// The number of distinct final tokens so far (ids are below it).
    var vocabularySize: Int { finals.count }

    private func finalID(forNew bytes: [UInt8]) -> Int32 {
        if stopWords.contains(bytes) { return -1 }
        guard config.stem, bytes.count > 3 else { return finals.intern(bytes) }
        switch config.mode {
        case .rougeScore:
            let s = nltk.stem(String(decoding: bytes, as: UTF8.self))
            return finals.intern(Array(s.utf8))
        case .rouge155:
            if let e = exceptions[bytes] { return finals.intern(e) }
            var w = bytes
            perl.stem(&w)
            return finals.intern(w)
        }
    }

    /// Appends the tokens of `text` to `doc`, a new sentence at every line break.
    func analyze(_ text: String, into doc: inout _Tokens) {
        var text = text
        text.withUTF8 { analyze(bytes: $0, into: &doc) }
    }

    /// Byte classes: 0 separates, 10 is a line break, anything else is the (lower-cased)
    /// token byte.
    private static let classOf: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 97...122, 48...57: return UInt8(b)
        case 65...90: return UInt8(b | 0x20)
        case 10: return 10
        default: return 0
        }
    }

    /// Appends the tokens of the UTF-8 bytes `u` to `doc`, a new sentence at every line break.
    /// One pass: tokens are hashed and interned straight from the input through the class
    /// table (no copy). In rouge-score mode a text containing `İ` or the Kelvin sign (which
    /// Python lower-cases to ASCII) takes a normalising pass first.
    func analyze(bytes u: UnsafeBufferPointer<UInt8>, into doc: inout _Tokens) {
        let rougeScore = config.mode == .rougeScore
        let ids = doc.ids.count, starts = doc.starts.count
        if tokenize(u, into: &doc, stopAtPythonSpecials: rougeScore) { return }
        // rouge-score mode met `İ` or the Kelvin sign: undo and take the normalising pass.
        doc.ids.removeLast(doc.ids.count - ids)
        doc.starts.removeLast(doc.starts.count - starts)
        var norm: [UInt8] = []
        norm.reserveCapacity(u.count)
        var p = 0
        while p < u.count {
            if u[p] == 0xC4 && p + 1 < u.count && u[p + 1] == 0xB0 { norm += [105, 32]; p += 2; continue }   // İ → "i" + U+0307
            if u[p] == 0xE2 && p + 2 < u.count && u[p + 1] == 0x84 && u[p + 2] == 0xAA { norm.append(107); p += 3; continue }  // K → "k"
            norm.append(u[p]); p += 1
        }
        _ = norm.withUnsafeBufferPointer { tokenize($0, into: &doc, stopAtPythonSpecials: false) }
    }

    /// Interns one token (inout tables: statically checked, no runtime exclusivity tracking).
    @inline(__always)
    private func emit(_ h: UInt64, _ p: UnsafePointer<UInt8>, _ n: Int, _ cls: UnsafePointer<UInt8>,
                      _ table: inout _TokenInterner, _ finalOf: inout [Int32], _ doc: inout _Tokens) {
        var isNew = false
        let rid = table.intern(hash: _TokenInterner.hashFinish(h ^ UInt64(n)), p, n, map: cls, isNew: &isNew)
        if isNew {
            var lowered = [UInt8](repeating: 0, count: n)
            for k in 0..<n { lowered[k] = cls[Int(p[k])] }
            finalOf.append(finalID(forNew: lowered))
        }
        let f = finalOf[Int(rid)]
        if f >= 0 { doc.ids.append(f) }
    }

    /// Tokenizes `u`; returns false, leaving `doc` partly filled, when `stopAtPythonSpecials`
    /// and the text holds `İ` (C4 B0) or the Kelvin sign (E2 84 AA).
    private func tokenize(_ u: UnsafeBufferPointer<UInt8>, into doc: inout _Tokens, stopAtPythonSpecials: Bool) -> Bool {
        guard let base = u.baseAddress else { doc.starts.append(Int32(doc.ids.count)); return true }
        var complete = true
        var table = _TokenInterner(placeholder: ())
        swap(&table, &raw)
        var finalOf: [Int32] = []
        swap(&finalOf, &finalOfRaw)
        Self.classOf.withUnsafeBufferPointer { clsBuffer in
            let cls = clsBuffer.baseAddress!
            var start = -1
            var h = _TokenInterner.hashBasis
            let n = u.count
            for i in 0..<n {
                let b = base[i]
                let c = cls[Int(b)]
                if c > 10 {
                    if start < 0 { start = i; h = _TokenInterner.hashBasis }
                    h = (h ^ UInt64(c)) &* _TokenInterner.hashPrime
                    continue
                }
                if stopAtPythonSpecials && (b == 0xC4 || b == 0xE2) {
                    if (b == 0xC4 && i + 1 < n && base[i + 1] == 0xB0)
                        || (b == 0xE2 && i + 2 < n && base[i + 1] == 0x84 && base[i + 2] == 0xAA) {
                        complete = false
                        break
                    }
                }
                if start >= 0 {
                    emit(h, base + start, i - start, cls, &table, &finalOf, &doc)
                    start = -1
                }
                if c == 10 { doc.starts.append(Int32(doc.ids.count)) }
            }
            if start >= 0 && complete { emit(h, base + start, n - start, cls, &table, &finalOf, &doc) }
        }
        swap(&table, &raw)
        swap(&finalOf, &finalOfRaw)
        if complete { doc.starts.append(Int32(doc.ids.count)) }
        return complete
    }
}
