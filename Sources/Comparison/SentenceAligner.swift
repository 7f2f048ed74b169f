/// Decides whether sentences report the same thing, for pairs and for whole story sets.
///
/// Sentences are vectors in one TF-IDF space (`_SentenceSpace`, Summarization's vectorizer with
/// the news IDF table); candidate pairs are ranked by cosine, and the decision is the
/// `AlignmentModel`'s (a logistic model over `PairFeatures`, calibrated on MSRP).
public struct SentenceAligner: Sendable {
    public var model: AlignmentModel

    public init(model: AlignmentModel) { self.model = model }

    /// One decision per pair: the model's probability and whether it reaches the threshold.
    /// Each pair is decided on its own (the IDF comes from the news table, not from the input).
    /// - Throws: `ModelError` when the IDF table cannot be read.
    public func align(pairs: [(String, String)]) throws -> [(similarity: Double, aligned: Bool)] {
        try features(pairs: pairs).map { f in
            let p = model.probability(f)
            return (p, p >= model.threshold)
        }
    }

    /// The features of each pair (for calibration: `parallax align --features`).
    public func features(pairs: [(String, String)]) throws -> [PairFeatures] {
        let texts = pairs.flatMap { [$0.0, $0.1] }
        let space = try _SentenceSpace(texts: texts)
        let interner = _Interner()
        let sides = texts.indices.map { _PairSide(words: _WordScanner.words(texts[$0]), content: space.terms[$0], interner: interner) }
        return pairs.indices.map { k in
            PairFeatures.of(sides[2 * k], sides[2 * k + 1], cosine: Double(space.cosine(2 * k, 2 * k + 1)))
        }
    }

    /// The subsumption rule: within a story, a mutual best match whose shorter sentence has at
    /// least 5 content terms, 80 % of them found in the longer one, reports the same fact even
    /// when the longer sentence adds a clause (MSRP labels such pairs "not paraphrases", so the
    /// pair model alone rejects them).
    static func subsumes(_ f: PairFeatures, _ a: _PairSide, _ b: _PairSide) -> Bool {
        min(a.sortedContent.count, b.sortedContent.count) >= 5 && f["containment"] >= 0.8
    }

    /// An accepted cross-version link between two sentences (indices into the flat list).
    struct Link { var a: Int; var b: Int; var probability: Double }

    /// Facts of a story set: clusters of sentences, at most one per version, joined by accepted
    /// mutual best matches.
    ///
    /// For every pair of versions, sentence a of one and b of the other are a candidate when each
    /// is the other's most similar sentence in that version (cosine > 0). Candidates the model
    /// accepts are merged greedily, most probable first, and a merge is refused when the two
    /// clusters already hold sentences of a common version (so a fact has at most one sentence
    /// per outlet). Deterministic: ties break on sentence order.
    /// - Parameters:
    ///   - texts: all sentences, version after version.
    ///   - words: each sentence scanned by `_WordScanner`.
    ///   - group: the version of each sentence.
    /// - Returns: the cluster of each sentence (its own index when it joined none), the
    ///   support of each sentence (the sum over the other versions of its best cosine there), the
    ///   links kept, and the n × n cosine matrix (exact across versions only).
    /// - Complexity: O(n² k) for the similarity (one BLAS call) plus O(n²) scans.
    func cluster(texts: [String], words: [[_Word]], group: [Int], versions: Int) throws
        -> (root: [Int], support: [Double], links: [Link], similarity: [Float]) {
        let n = texts.count
        let space = try _SentenceSpace(texts: texts)
        let interner = _Interner()
        let sides = texts.indices.map { _PairSide(words: words[$0], content: space.terms[$0], interner: interner) }
        let sim = space.crossSimilarity(groups: group)
        // Best match of each sentence in each other version.
        var start = Array(repeating: 0, count: versions + 1)
        for g in group { start[g + 1] += 1 }
        for v in 0..<versions { start[v + 1] += start[v] }
        var best = Array(repeating: -1, count: n * versions)
        var support = Array(repeating: 0.0, count: n)
        for i in 0..<n {
            for v in 0..<versions where v != group[i] {
                var bj = -1
                var bs: Float = 0
                for j in start[v]..<start[v + 1] where sim[i * n + j] > bs { bs = sim[i * n + j]; bj = j }
                best[i * versions + v] = bj
                support[i] += Double(bs)
            }
        }
        var links: [Link] = []
        for i in 0..<n {
            for v in (group[i] + 1)..<max(versions, group[i] + 1) {
                let j = best[i * versions + v]
                guard j >= 0, best[j * versions + group[i]] == i else { continue }
                let f = PairFeatures.of(sides[i], sides[j], cosine: Double(min(max(sim[i * n + j], 0), 1)))
                let p = model.probability(f)
                if p >= model.threshold || Self.subsumes(f, sides[i], sides[j]) {
                    links.append(Link(a: i, b: j, probability: p))
                }
            }
        }
        links.sort { $0.probability != $1.probability ? $0.probability > $1.probability : ($0.a, $0.b) < ($1.a, $1.b) }
        var parent = Array(0..<n)
        var members: [Int: Set<Int>] = [:]  // root -> versions present
        for i in 0..<n { members[i] = [group[i]] }
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        var kept: [Link] = []
        for l in links {
            let ra = find(l.a), rb = find(l.b)
            guard ra != rb, members[ra]!.isDisjoint(with: members[rb]!) else { continue }
            let (keep, drop) = ra < rb ? (ra, rb) : (rb, ra)
            parent[drop] = keep
            members[keep]!.formUnion(members[drop]!)
            members[drop] = nil
            kept.append(l)
        }
        return ((0..<n).map(find), support, kept, sim)
    }
}
