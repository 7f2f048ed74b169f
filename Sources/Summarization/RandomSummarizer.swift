/// Random sentences: the floor every method must clear. Deterministic: the scores are a
/// SplitMix64 stream from `seed` (the same seed and document give the same summary).
public struct RandomSummarizer: Summarizer {
    public var method: SummarizationMethod { .random }
    public var seed: UInt64
    public init(seed: UInt64 = 0) { self.seed = seed }
    public func scores(for document: AnalyzedDocument) throws -> [Double] {
        var state = seed
        return document.sentences.map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }
}
