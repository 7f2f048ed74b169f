import TextProcessing

/// Turns sentence text into vocabulary terms: lower-cased word tokens, stop words dropped,
/// Porter stems — the features every ranker, the IDF table and the keyword extractor share.
///
/// Tokens follow rouge-score's view of a word (a run of ASCII letters and digits after
/// lower-casing; other ASCII characters separate words) with two refinements: a decimal point
/// between digits stays inside the token ("3.5"), and non-ASCII letters (é, ü) stay inside
/// words. Curly apostrophes separate like straight ones, so "BA’s" gives "ba" and "s" (a stop
/// word). The scan works on UTF-8 bytes and caches each distinct word's stem and stop-word
/// status, which is what makes batch summarization fast.
///
/// An analyzer is a reference type with a growing cache: give each thread its own
/// (`TermAnalyzer` is not `Sendable`). Term ids are stable for the analyzer's lifetime.
///
/// ```swift
/// let analyzer = TermAnalyzer()
/// analyzer.words(in: "The U.S. economy grew 3.5% in 2024") // ["the", "u", "s", "economy", "grew", "3.5", "in", "2024"]
/// analyzer.terms(in: "The economy grew").map(analyzer.term)   // ["economi", "grew"]  (stems, stop words gone)
/// ```
public final class TermAnalyzer {
    /// Settings that change which terms a text yields.
    public struct Options: Sendable, Equatable {
        /// Drop stop words (default true).
        public var removeStopWords: Bool
        /// Reduce words to Porter stems (default true).
        public var stem: Bool
        public init(removeStopWords: Bool = true, stem: Bool = true) {
            self.removeStopWords = removeStopWords
            self.stem = stem
        }
    }

    public let options: Options
    private let stemmer: any Stemming
    /// word bytes → term id (or -1 for a stop word)
    private var cache = _ByteTable()
    /// Stands in for `cache` while `analyze` holds it (shared, never written).
    private static let placeholderCache = _ByteTable(capacity: 16)
    private var termStrings: [String] = []
    /// stem bytes → term id (a byte table, not a `[String: Int32]`: hashing Strings was a fifth
    /// of the cost of each new word).
    private var termIndex = _ByteTable()
    /// The stop words, as a byte table (value 1) for the same reason.
    private let stopWords: _ByteTable

    /// - Parameters:
    ///   - stopWords: words to drop; the default is Parallax's English list.
    ///   - stemmer: the stemmer for terms; Porter's by default.
    public init(options: Options = Options(), stopWords: Set<String>? = nil, stemmer: any Stemming = PorterStemmer()) {
        self.options = options
        self.stemmer = stemmer
        let words = stopWords ?? TermAnalyzer.defaultStopWords
        var table = _ByteTable(capacity: 2 * words.count)  // small: half full
        for w in words { table.insert(w, value: 1) }
        self.stopWords = table
    }

    /// The default stop words for ranking: `Models/stopwords/en-ranking-v1`, a short list of
    /// function words plus the fragments this tokenizer leaves when it splits contractions at
    /// the apostrophe ("don't" → "don", "t") and news's reporting verbs ("said", "says").
    ///
    /// It is deliberately shorter than TextProcessing's `StopWords.english`: that list also drops
    /// quantifiers and adverbs ("more", "many", "several", "still", "never") that carry content
    /// in news, and with it every ranker lost 0.2–0.4 ROUGE-1 on bbc-dev. When the model file is
    /// missing, `StopWords.english` is used.
    public static let defaultStopWords: Set<String> = {
        if let lines = try? ModelStore.lines(rankingStopWordsModel) { return Set(lines.map { $0.lowercased() }) }
        return StopWords.english.words
    }()

    /// The model-store path of the ranking stop-word list.
    public static let rankingStopWordsModel = "stopwords/en-ranking-v1/stopwords.txt"

    /// Whether `word` (lower-cased) is a stop word for this analyzer.
    public func isStopWord(_ word: String) -> Bool { stopWords.find(word) != nil }

    /// The number of distinct terms seen so far.
    public var termCount: Int { termStrings.count }

    /// The term (stem) with id `id`.
    public func term(_ id: Int32) -> String { termStrings[Int(id)] }

    /// The id of `term` if this analyzer has seen it.
    public func id(ofTerm term: String) -> Int32? { termIndex.find(term) }

    /// Every lower-cased word token of `text`, stop words included, in order.
    public func words(in text: String) -> [String] {
        var out: [String] = []
        scan(text) { word, _, _ in out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }

    /// The term ids of `text`'s words, in order (stop words removed when the options say so).
    public func terms(in text: String) -> [Int32] {
        var out: [Int32] = []
        _ = analyze(text) { out.append($0) }
        return out
    }

    /// Calls `body` with the term id of each non-stop word of `text`; returns the number of
    /// word tokens (stop words included), the length Mihalcea & Tarau's similarity divides by.
    @discardableResult
    public func analyze(_ text: String, _ body: (Int32) -> Void) -> Int {
        var n = 0
        // The cache as a local during the scan (no exclusivity check per token).
        var cache = self.cache
        self.cache = Self.placeholderCache
        scan(text) { word, h, prefix in
            n += 1
            let id: Int32
            if let cached = cache.find(word, hash: h, prefix: prefix) { id = cached } else {
                id = resolve(word, hash: h)
                if cache.count > 1_000_000 { cache.removeAll() } // bound the cache for endless streams
                cache.insert(word, hash: h, value: id)
            }
            if id >= 0 { body(id) }
        }
        self.cache = cache
        return n
    }

    /// The term id of a lower-cased word token, or -1 when it is a stop word.
    public func termID(forWord word: String) -> Int32 {
        var word = word
        return word.withUTF8 { bytes in
            let h = _ByteTable.hash(bytes)
            if let id = cache.find(bytes, hash: h) { return id }
            let id = resolve(bytes, hash: h)
            cache.insert(bytes, hash: h, value: id)
            return id
        }
    }

    /// Stop-word check and stemming for a word (its bytes and `_ByteTable.hash`) not in the cache.
    private func resolve(_ word: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
        let id: Int32
        if options.removeStopWords && stopWords.find(word, hash: h) != nil {
            id = -1
        } else {
            // Porter strips a lone "s" to nothing; an empty stem keeps the word.
            let stemmed = options.stem ? stemmer.stem(utf8: word) : ""
            let t = stemmed.isEmpty ? String(decoding: word, as: UTF8.self) : stemmed
            if let existing = termIndex.find(t) { id = existing } else {
                id = Int32(termStrings.count)
                termStrings.append(t)
                termIndex.insert(t, value: id)
            }
        }
        return id
    }

    /// Scans `text`'s UTF-8 bytes for words (see the type's discussion), lower-casing ASCII, and
    /// calls `emit` with each word, its `_ByteTable.hash` (computed as the bytes are copied) and
    /// its `_ByteTable.prefix`. Tokens are assembled in `scratch` (a token is never longer than
    /// the text; eight bytes spare let the prefix be one load), so the scan allocates nothing.
    /// Inlined into its callers, so `emit` is inlined too instead of called through a closure
    /// thunk once per word (3% of a batch's instructions).
    @inline(__always) private func scan(_ text: String, _ emit: (UnsafeBufferPointer<UInt8>, UInt32, UInt64) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            guard n > 0, let src = bytes.baseAddress else { return }
            if scratchCapacity < n + 8 {
                scratch.deallocate()
                scratchCapacity = max(n + 8, 2 * scratchCapacity)
                scratch = .allocate(capacity: scratchCapacity)
                scratch.initialize(repeating: 0, count: scratchCapacity)  // the prefix load reads past a short word
            }
            let buf = scratch
            var len = 0
            var h = _ByteTable.hashSeed
            func flush() {  // the word so far, if any, and a fresh one
                if len > 0 {
                    let word = UnsafeBufferPointer(start: buf, count: len)
                    emit(word, h, _ByteTable.prefix(readingEightBytesOf: word))
                }
                len = 0
                h = _ByteTable.hashSeed
            }
            var i = 0
            Self.byteClass.withUnsafeBufferPointer { byteClass in
                while i < n {
                    let b = src[i]
                    let k = byteClass[Int(b)]
                    if k >= 0x30 {  // a letter or digit, lower-cased
                        buf[len] = k; len += 1; h = _ByteTable.hash(h, k)
                        i += 1
                    } else if k == Self.separator {
                        flush()
                        i += 1
                    } else if k == Self.period {
                        if len > 0, buf[len - 1] >= 0x30, buf[len - 1] <= 0x39, i + 1 < n, src[i + 1] >= 0x30, src[i + 1] <= 0x39 {
                            buf[len] = b; len += 1; h = _ByteTable.hash(h, b)  // decimal point inside a number
                        } else {
                            flush()
                        }
                        i += 1
                    } else {
                        // A multi-byte scalar: punctuation from General Punctuation (U+2000–U+206F,
                        // E2 80–81 xx), Latin-1 punctuation/symbols (C2 xx) and CJK punctuation
                        // (E3 80 xx) separate; other scalars (letters) stay in the word.
                        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                        let isSeparator = (b == 0xE2 && i + 1 < n && (src[i + 1] == 0x80 || src[i + 1] == 0x81))
                            || b == 0xC2 || (b == 0xE3 && i + 1 < n && src[i + 1] == 0x80)
                        if isSeparator {
                            flush()
                        } else {
                            for k in i..<min(n, i + width) { buf[len] = src[k]; len += 1; h = _ByteTable.hash(h, src[k]) }
                        }
                        i += width
                    }
                }
            }
            flush()
        }
    }

    private static let separator: UInt8 = 0, period: UInt8 = 1, multiByte: UInt8 = 2
    /// Per byte: the lower-cased byte for ASCII letters and digits (all ≥ 0x30), `period` for
    /// `.`, `multiByte` for the lead and continuation bytes of non-ASCII scalars, else `separator`.
    private static let byteClass: [UInt8] = (0..<256).map { v -> UInt8 in
        let b = UInt8(v)
        switch b {
        case 0x61...0x7A, 0x30...0x39: return b
        case 0x41...0x5A: return b | 0x20
        case 0x2E: return period
        case 0x80...: return multiByte
        default: return separator
        }
    }

    private var scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 9)
    private var scratchCapacity = 9
    deinit { scratch.deallocate() }
}
