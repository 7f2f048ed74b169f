/// The lead baseline: the first sentences, the strongest simple baseline for news.
///
/// Score = 1 / (1 + position in source), so with several sources the first sentence of every
/// source outranks every second sentence (ties go to the earlier source).
public struct LeadSummarizer: Summarizer {
    public var method: SummarizationMethod { .lead }
    public var readsWeightsOfSingleSource: Bool { false }
    public init() {}
    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        document.sentences.map { 1 / Double(1 + $0.positionInSource) }
    }
}
