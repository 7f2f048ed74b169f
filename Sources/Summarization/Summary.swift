/// One sentence with the score a summarizer gave it.
public struct ScoredSentence: Sendable, Hashable {
    /// The sentence exactly as in its source.
    public var text: String
    /// The summarizer's score (higher is more summary-worthy; scales differ between methods).
    public var score: Double
    /// 1 for the highest score; ties broken by earlier position.
    public var rank: Int
    /// Index among all sentences of the input, in reading order (0-based).
    public var position: Int
    /// Which source it comes from (0-based) and its index there.
    public var source: Int
    public var positionInSource: Int
    /// Its range in its source's body, in Unicode scalars.
    public var range: Range<Int>
    /// Whether the summary includes it.
    public var selected: Bool
    /// Other sources whose near-duplicate sentence was merged into this one.
    public var alsoIn: [Int]
}

/// The result of summarizing: the chosen sentences in document order, and every sentence's
/// score for explanation.
public struct Summary: Sendable {
    /// The selected sentences, in reading order (by source, then position).
    public var sentences: [ScoredSentence]
    /// Every candidate sentence (near-duplicates merged away are absent), in reading order.
    public var candidates: [ScoredSentence]
    /// The method that produced the scores.
    public var method: SummarizationMethod

    /// The selected sentences' texts.
    public var texts: [String] { sentences.map(\.text) }
    /// The summary as one string: the sentences joined by single spaces.
    public var text: String { texts.joined(separator: " ") }
    /// Its length in words (whitespace-separated).
    public var wordCount: Int { sentences.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count } }
}
