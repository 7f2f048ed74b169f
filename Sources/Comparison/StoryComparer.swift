import TextProcessing

/// Compares 1 to 50 outlets' versions of one story.
///
/// The pipeline: segment each body into sentences; align all sentences of all versions in one
/// TF-IDF space and cluster them into facts (`SentenceAligner.cluster`); mark unique sentences
/// and loaded terms; per outlet, the framing profile and the facts it omits that a majority of
/// the other outlets report; per fact, the least loaded wording and each other outlet's word-level
/// diff against it; finally the consensus summary (`consensus(...)`).
///
/// One version has nothing to be aligned with: it gets no facts, no sentence of it is unique
/// (`unique` means that another outlet leaves it out), and what remains is its framing profile,
/// its sentences' framing marks and loaded words, and a summary chosen by the consensus ranking.
///
/// ```swift
/// let comparer = try StoryComparer.bundled()
/// let result = try comparer.compare([ledger, star, courier])
/// result.facts.count          // facts shared by at least two outlets
/// result.outlets[2].omitted   // facts the third outlet leaves out
/// ```
public struct StoryComparer: Sendable {
    public var lexicons: FramingLexicons
    public var aligner: SentenceAligner
    /// Words of non-names (calendar, sentence-opening function words) for entity spotting.
    public var nonNames: Set<String>
    /// The consensus summary stops once it holds at least this many words.
    public var consensusWords: Int = 60
    public var splitter = SentenceSplitter()
    /// The per-sentence framing score (`FramingModel`); nil leaves every sentence unscored.
    public var framing: FramingModel?
    /// The valence the framing model was fitted with (VADER's), kept apart from
    /// `lexicons.valence`, which a user lexicon may replace.
    public var framingValence: [String: Double] = [:]

    public init(lexicons: FramingLexicons, model: AlignmentModel, nonNames: Set<String>) {
        self.lexicons = lexicons
        self.aligner = SentenceAligner(model: model)
        self.nonNames = nonNames
    }

    /// The comparer with the bundled lexicons and aligner model.
    public static func bundled() throws -> StoryComparer {
        var c = StoryComparer(lexicons: try .bundled(), model: try .bundled(),
                              nonNames: Set(try ModelStore.lines("lexicons/en-parallax-v1/non-names.txt")))
        c.framing = try .bundled()
        c.framingValence = c.lexicons.valence
        return c
    }

    public static let versionLimit = 1...50

    /// Compares `versions`.
    /// - Throws: `ComparisonError.versionCount` outside 1…50 versions, `.duplicateOutlet` when two
    ///   share a name, `.emptyVersion` when one has no words (a version with only a headline is
    ///   compared by its headline).
    /// - Complexity: O(n² k) for n sentences in all and k terms shared across versions.
    public func compare(_ versions: [OutletVersion]) throws -> StoryComparison {
        guard Self.versionLimit.contains(versions.count) else { throw ComparisonError.versionCount(versions.count) }
        var seen = Set<String>()
        for v in versions {
            guard seen.insert(v.name).inserted else { throw ComparisonError.duplicateOutlet(v.name) }
        }
        // A version with a headline but no body is compared by its headline.
        let segmented = versions.map { v -> [Sentence] in
            let s = splitter.sentences(in: v.article.body)
            if s.isEmpty, let t = v.article.title { return splitter.sentences(in: t) }
            return s
        }
        for (v, s) in zip(versions, segmented) where s.isEmpty || s.allSatisfy({ Tokenizer().words($0.text).isEmpty }) {
            throw ComparisonError.emptyVersion(v.name)
        }
        var texts: [String] = [], group: [Int] = [], place: [StoryComparison.Place] = []
        for (o, ss) in segmented.enumerated() {
            for (k, s) in ss.enumerated() { texts.append(s.text); group.append(o); place.append(.init(outlet: o, sentence: k)) }
        }
        let scanned = texts.map { _WordScanner.words($0) }
        let (root, support, links, similarity) = try aligner.cluster(texts: texts, words: scanned, group: group, versions: versions.count)

        // Facts: clusters with members from two or more outlets, ordered by mean relative position.
        var clusters: [Int: [Int]] = [:]
        for (i, r) in root.enumerated() { clusters[r, default: []].append(i) }
        let multi = clusters.values.filter { $0.count > 1 }.map { $0.sorted { group[$0] < group[$1] } }
        func relPos(_ i: Int) -> Double { Double(place[i].sentence) / Double(max(segmented[group[i]].count, 1)) }
        let ordered = multi.sorted { a, b in
            let pa = a.map(relPos).reduce(0, +) / Double(a.count), pb = b.map(relPos).reduce(0, +) / Double(b.count)
            return pa != pb ? pa < pb : a[0] < b[0]
        }
        var factOf = Array(repeating: Int?.none, count: texts.count)
        for (k, c) in ordered.enumerated() { for i in c { factOf[i] = k + 1 } }
        var linkProb: [Int: [Double]] = [:]
        for l in links { if let f = factOf[l.a] { linkProb[f, default: []].append(l.probability) } }

        let loadedTerms = scanned.map { FramingProfile.loadedTerms($0.map(\.lower), lexicons) }
        let loadedness = texts.indices.map { i -> Double in
            let lower = scanned[i].map(\.lower)
            return Double(loadedTerms[i].count * 2 + lexicons.intensifiers.matches(in: lower).count)
        }
        var facts: [StoryComparison.Fact] = []
        for (k, c) in ordered.enumerated() {
            // Least loaded wording; ties: most support, then outlet order.
            let w = c.min { a, b in
                loadedness[a] != loadedness[b] ? loadedness[a] < loadedness[b]
                    : (support[a] != support[b] ? support[a] > support[b] : a < b)
            }!
            let diffs = c.filter { $0 != w }.map { i in
                (outlet: group[i], diff: WordDiff.between(words: scanned[w], scanned[i], lexicons: lexicons))
            }
            let probs = linkProb[k + 1] ?? []
            facts.append(.init(id: k + 1, members: c.map { place[$0] }, wording: place[w], differences: diffs,
                               confidence: probs.isEmpty ? 0 : probs.reduce(0, +) / Double(probs.count)))
        }

        var outlets: [StoryComparison.Outlet] = []
        var flat = 0
        for (o, v) in versions.enumerated() {
            var entries: [StoryComparison.SentenceEntry] = []
            var inQuote = false, paragraph = -1
            for s in segmented[o] {
                var entry = StoryComparison.SentenceEntry(text: s.text, paragraph: s.paragraph, fact: factOf[flat],
                                                          unique: versions.count > 1 && factOf[flat] == nil,
                                                          loaded: loadedTerms[flat])
                if let framing {
                    // Quotation state carries across the sentences of a paragraph, as in the profile.
                    if s.paragraph != paragraph { inQuote = false; paragraph = s.paragraph }
                    let words = _WordScanner.words(s.text, inQuote: &inQuote)
                    entry.framingFeatures = FramingModel.features(words, loaded: loadedTerms[flat].count,
                                                                  lexicons: lexicons, valence: framingValence)
                    let p = framing.score(entry.framingFeatures)
                    entry.framing = p
                    entry.framed = p >= framing.threshold
                }
                entries.append(entry)
                flat += 1
            }
            let profile = FramingProfile.measure(headline: v.article.title, sentences: segmented[o],
                                                 lexicons: lexicons, nonNames: nonNames)
            let others = Double(versions.count - 1)
            let omitted = facts.filter { f in
                !f.members.contains { $0.outlet == o } && Double(f.members.count) > others / 2
            }.map(\.id)
            outlets.append(.init(name: v.name, stance: v.stance, title: v.article.title, sentences: entries,
                                 profile: profile, omitted: omitted))
        }
        var result = StoryComparison(outlets: outlets, facts: facts, consensus: [], threshold: aligner.model.threshold)
        result.consensus = consensus(result, support: support, place: place, similarity: similarity)
        return result
    }
}
