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
    public static func summarize(_ articles: [Article], method: SummarizationMethod = .default,
                                 length: SummaryLength = .default, redundancy: RedundancyControl? = nil,
                                 seed: UInt64 = 0) throws -> Summary {
        let vectorizer = try TFIDFVectorizer()
        let document = vectorizer.analyze(articles).mergingNearDuplicates()
        return try method.summarizer(seed: seed).summarize(document, length: length, redundancy: redundancy)
    }
}

extension Article {
    /// An article from plain text: paragraphs are the blank-line-separated blocks, trimmed.
    public init(text: String) {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        self.init(paragraphs: paragraphs.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
    }
}
