import TextProcessing

/// One-call entry points: text in, summary out.
///
/// ```swift
/// import Summarization
/// let summary = try Summarization.summarize(text: articleText, sentences: 3)
/// for s in summary.sentences { print(s.text) }
/// ```
public enum Summarization {
    /// Summarizes plain article text (already free of page boilerplate) with `method`.
    ///
    /// Degenerate input is not an error: empty text gives an empty summary, and a text with
    /// fewer sentences than asked for is returned whole.
    /// - Parameters:
    ///   - text: the article; paragraphs separated by blank lines.
    ///   - method: the ranking method (`.centrality` by default).
    ///   - length: the summary length (3 sentences by default).
    /// - Throws: `ModelError` when the shipped IDF table cannot be found.
    public static func summarize(text: String, method: SummarizationMethod = .default,
                                 length: SummaryLength = .default) throws -> Summary {
        try summarize([Article(text: text)], method: method, length: length)
    }

    /// Summarizes `n` sentences of `text` (the common case).
    public static func summarize(text: String, method: SummarizationMethod = .default, sentences n: Int) throws -> Summary {
        try summarize(text: text, method: method, length: .sentences(n))
    }

    /// Summarizes one article, or several versions of one story together (near-duplicate
    /// sentences across versions merged; redundancy control on).
    ///
    /// A single article ranked by a method that needs no TF-IDF weights (the default's overlap,
    /// lead, random) is analyzed without them and the IDF table is not read, as in batch mode.
    public static func summarize(_ articles: [Article], method: SummarizationMethod = .default,
                                 length: SummaryLength = .default, redundancy: RedundancyControl? = nil,
                                 seed: UInt64 = 0) throws -> Summary {
        let summarizer = method.summarizer(seed: seed)
        let weighted = summarizer.needsWeights(sources: articles.count, redundancy: redundancy)
        _ = try ModelStore.url(IDFTable.defaultPath)  // a missing model is an error either way
        let vectorizer = TFIDFVectorizer(deferredIDF: { try IDFTable.newsDefault() })
        if weighted { try vectorizer.prepareWeights() }
        let document = vectorizer.analyze(articles, weighted: weighted).mergingNearDuplicates()
        return try summarizer.summarize(document, length: length, redundancy: redundancy)
    }
}

extension Article {
    /// An article from plain text: paragraphs are the blank-line-separated blocks, trimmed.
    public init(text: String) {
        var paragraphs: [String] = []
        var text = text
        text.withUTF8 { b in
            let n = b.count
            guard let base = b.baseAddress else { return }
            @inline(__always) func blank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C }
            var start = -1, end = -1          // current paragraph's first and last non-blank byte
            var p = 0
            // Line by line: a blank line closes the paragraph; another line extends it to its
            // last non-blank byte (the end of a scalar, as UTF-8 never puts blanks inside one).
            while p <= n {
                var e = n
                if p < n, let nl = memchr(base + p, 0x0A, n - p) { e = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) }
                var a = p
                while a < e, blank(base[a]) { a += 1 }
                if a == e {
                    if start >= 0 { paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...end]), as: UTF8.self)) }
                    start = -1
                } else {
                    var z = e - 1
                    while blank(base[z]) { z -= 1 }
                    if start < 0 { start = a }
                    end = z
                }
                p = e + 1
            }
            if start >= 0 { paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...end]), as: UTF8.self)) }
        }
        self.init(paragraphs: paragraphs)
    }
}

#if canImport(Glibc)
import Glibc
#endif
