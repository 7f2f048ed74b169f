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
    private let raw = _TokenInterner()
    let finals = _TokenInterner()
    private var finalOfRaw: [Int32] = []   // -1: stop word
    private var scratch: [UInt8] = []
    private let nltk = PorterStemmer(mode: .nltkExtensions)
    private let perl = ROUGE155Stemmer()
    private let stopWords: Set<[UInt8]>
    private let exceptions: [[UInt8]: [UInt8]]

    init(_ config: ROUGETokenizer) {
        self.config = config
        stopWords = Set(config.stopWords.map { Array($0.utf8) })
        exceptions = Dictionary(config.stemExceptions.map { (Array($0.key.utf8), Array($0.value.utf8)) },
                                uniquingKeysWith: { a, _ in a })
        scratch.reserveCapacity(64)
    }

    /// The number of distinct final tokens so far (ids are below it).
    var vocabularySize: Int { finals.count }

    private func finalID(forNew token: [UInt8]) -> Int32 {
        if stopWords.contains(token) { return -1 }
        guard config.stem, token.count > 3 else { return finals.intern(token) }
        switch config.mode {
        case .rougeScore:
            let s = nltk.stem(String(decoding: token, as: UTF8.self))
            return finals.intern(Array(s.utf8))
        case .rouge155:
            if let e = exceptions[token] { return finals.intern(e) }
            var w = token
            perl.stem(&w)
            return finals.intern(w)
        }
    }

    @inline(__always) private func emit(_ doc: inout _Tokens) {
        guard !scratch.isEmpty else { return }
        var isNew = false
        let rid = scratch.withUnsafeBufferPointer { raw.intern($0, isNew: &isNew) }
        if isNew { finalOfRaw.append(finalID(forNew: scratch)) }
        let f = finalOfRaw[Int(rid)]
        if f >= 0 { doc.ids.append(f) }
        scratch.removeAll(keepingCapacity: true)
    }

    /// Appends the tokens of `text` to `doc`, a new sentence at every line break.
    func analyze(_ text: String, into doc: inout _Tokens) {
        var text = text
        text.withUTF8 { analyze(bytes: $0, into: &doc) }
    }

    func analyze(bytes u: UnsafeBufferPointer<UInt8>, into doc: inout _Tokens) {
        let rougeScore = config.mode == .rougeScore
        var p = 0
        let n = u.count
        while p < n {
            let b = u[p]
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                scratch.append(b)
            } else if b >= 65 && b <= 90 {
                scratch.append(b | 0x20)
            } else if rougeScore && b == 0xC4 && p + 1 < n && u[p + 1] == 0xB0 {
                scratch.append(105)          // İ → i + U+0307 (a separator)
                emit(&doc)
                p += 2
                continue
            } else if rougeScore && b == 0xE2 && p + 2 < n && u[p + 1] == 0x84 && u[p + 2] == 0xAA {
                scratch.append(107)          // Kelvin sign → k
                p += 3
                continue
            } else {
                emit(&doc)
                if b == 10 { doc.starts.append(Int32(doc.ids.count)) }
            }
            p += 1
        }
        emit(&doc)
        doc.starts.append(Int32(doc.ids.count))
    }
}
