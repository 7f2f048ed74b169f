/// The comparison of several outlets' versions of one story: what they share (facts), what each
/// leaves out or adds, how each words the shared facts, how each frames the story, and a
/// consensus summary.
///
/// Produced by `StoryComparer.compare(_:)`; rendered by `ComparisonReport` as JSON, Markdown,
/// terminal columns or HTML.
public struct StoryComparison: Sendable {
    /// One body sentence of one version.
    public struct SentenceEntry: Sendable, Equatable {
        public var text: String
        public var paragraph: Int
        /// The fact it belongs to, nil when no other outlet reports it.
        public var fact: Int?
        /// True when no other outlet reports it (then `fact` is nil).
        public var unique: Bool
        /// Loaded words and loaded report verbs in it, in order.
        public var loaded: [String]
        /// `FramingModel`'s probability that the sentence carries framing; nil without a model.
        public var framing: Double? = nil
        /// Whether `framing` reaches the model's threshold.
        public var framed: Bool = false
        /// The model's feature values (`FramingModel.featureNames` order), empty without a model.
        public var framingFeatures: [Double] = []
    }

    /// One outlet's side of the comparison.
    public struct Outlet: Sendable {
        public var name: String
        public var stance: String?
        public var title: String?
        public var sentences: [SentenceEntry]
        public var profile: FramingProfile
        /// Facts this outlet omits although most other outlets report them.
        public var omitted: [Int]
    }

    /// Where a sentence stands: outlet index and sentence index.
    public struct Place: Sendable, Equatable, Hashable {
        public var outlet: Int
        public var sentence: Int
    }

    /// Sentences of different outlets that report the same thing.
    public struct Fact: Sendable {
        public var id: Int
        /// One sentence per reporting outlet, in outlet order.
        public var members: [Place]
        /// The least loaded wording among the members (the consensus wording).
        public var wording: Place
        /// How each other member's wording differs from `wording`.
        public var differences: [(outlet: Int, diff: WordDiff)]
        /// Mean aligner probability of the links that formed the fact.
        public var confidence: Double
    }

    /// One sentence of the consensus summary.
    public struct ConsensusSentence: Sendable, Equatable {
        public var text: String
        /// The fact it stands for, nil when it is a single outlet's sentence chosen to fill the length.
        public var fact: Int?
        /// The outlets that report it (the first is the one whose wording was chosen).
        public var outlets: [String]
    }

    public var outlets: [Outlet]
    public var facts: [Fact]
    public var consensus: [ConsensusSentence]
    /// The aligner threshold in force.
    public var threshold: Double

    /// Fact ids reported by every outlet, by more than one but not all, and unique sentences per outlet.
    public var coverageSummary: (all: Int, several: Int, unique: [Int]) {
        let n = outlets.count
        let all = facts.filter { $0.members.count == n }.count
        return (all, facts.count - all, outlets.map { $0.sentences.filter(\.unique).count })
    }

    /// The fact × outlet coverage matrix: `matrix[f][o]` is the sentence index of outlet o in fact f.
    public var coverage: [[Int?]] {
        facts.map { f in
            var row = [Int?](repeating: nil, count: outlets.count)
            for m in f.members { row[m.outlet] = m.sentence }
            return row
        }
    }
}
