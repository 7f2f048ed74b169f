import TextProcessing

/// Random sentences: the floor every method must clear. Deterministic: the scores are a
/// SplitMix64 stream from `seed` (the same seed and document give the same summary).
public struct RandomSummarizer: Summarizer {
    public var method: SummarizationMethod { .random }
    public var readsWeightsOfSingleSource: Bool { false }
    public var seed: UInt64
    public init(seed: UInt64 = 0) { self.seed = seed }
    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        var generator = SplitMix64(seed: seed)
        return document.sentences.map { _ in generator.nextUnitDouble() }
    }
}
