import FoundationEssentials
import TextProcessing
import Summarization

extension StoryComparer {
    /// The consensus summary: the facts most outlets share, each in its least loaded wording and
    /// attributed to the outlets that report it.
    ///
    /// Facts are ranked by how many outlets report them, then by their members' summed score:
    /// support (each sentence's best cosine in every other version) plus `_centralityWeight` ×
    /// centrality among all outlets' sentences and headlines (`centrality(_:place:)`). Sentences are added until the
    /// summary holds `consensusWords` words; if the facts run out first, the remaining space is
    /// filled with single outlets' sentences ranked by support plus a lead prior (`_leadWeight`;
    /// facts get it too, per member). Those are attributed to one outlet
    /// and carry no fact id). Candidates with loaded terms lose `_loadedPenalty` of their score, and a
    /// candidate too similar to a chosen sentence of another outlet is skipped (`_redundancy`).
    /// The summary keeps the order in which the stories tell things (mean relative position), and
    /// opens with the consensus headline (`consensusHeadline`) when the versions have headlines.
    /// An outlet's first sentence is quoted without its wire dateline (`_WireDateline`: "CHICAGO
    /// (AP) — " names the filing desk of one outlet, not a fact of the story); every other sentence
    /// is quoted verbatim.
    func consensus(_ r: StoryComparison, support: [Double], place: [StoryComparison.Place],
                   similarity: [Float]) -> [StoryComparison.ConsensusSentence] {
        var index: [StoryComparison.Place: Int] = [:]
        for (i, p) in place.enumerated() { index[p] = i }
        struct Candidate { var text: String; var fact: Int?; var outlets: [String]; var rank: (Int, Double); var position: Double; var words: Int; var loaded: Bool; var members: [Int] = [] }
        // An outlet's first sentence enters without its wire dateline ("WASHINGTON (AP) — ").
        func opening(_ text: String, _ sentence: Int) -> String { sentence == 0 ? _WireDateline.stripped(text) : text }
        func rel(_ p: StoryComparison.Place) -> Double { Double(p.sentence) / Double(max(r.outlets[p.outlet].sentences.count, 1)) }
        // Rank score: support plus lead prior, plus `_centralityWeight` × the sentence's centrality
        // among all outlets' sentences; a fact sums over its members.
        let story = storyDocument(r, place: place)
        let cent = story.map { centrality($0, sentences: place.count) } ?? place.map { _ in 0 }
        func score(_ members: [Int], _ supportAndLead: Double) -> Double {
            supportAndLead + _centralityWeight * members.map { cent[$0] }.reduce(0, +)
        }
        var cands: [Candidate] = []
        for f in r.facts {
            let w = f.wording
            let names = [r.outlets[w.outlet].name] + f.members.filter { $0 != w }.map { r.outlets[$0.outlet].name }
            let sup = f.members.map { support[index[$0]!] }.reduce(0, +)
            let text = opening(r.outlets[w.outlet].sentences[w.sentence].text, w.sentence)
            let lead = _leadWeight * Double(f.members.count) * (1 - f.members.map(rel).reduce(0, +) / Double(f.members.count))
            cands.append(Candidate(text: text, fact: f.id, outlets: names, rank: (f.members.count, score(f.members.map { index[$0]! }, sup + lead)),
                                   position: f.members.map(rel).reduce(0, +) / Double(f.members.count),
                                   words: Tokenizer().words(text).count,
                                   loaded: !r.outlets[w.outlet].sentences[w.sentence].loaded.isEmpty,
                                   members: f.members.map { index[$0]! }))
        }
        for (o, out) in r.outlets.enumerated() {
            for (k, s) in out.sentences.enumerated() where s.fact == nil {  // unique, or the only version's
                let p = StoryComparison.Place(outlet: o, sentence: k)
                let text = opening(s.text, k)
                cands.append(Candidate(text: text, fact: nil, outlets: [out.name], rank: (1, score([index[p]!], support[index[p]!] + _leadWeight * (1 - rel(p)))),
                                       position: rel(p), words: Tokenizer().words(text).count, loaded: !s.loaded.isEmpty,
                                       members: [index[p]!]))
            }
        }
        // Loaded wording is avoided: a candidate with loaded terms loses `_loadedPenalty` of its score.
        for k in cands.indices where cands[k].loaded { cands[k].rank.1 *= 1 - _loadedPenalty }
        cands.sort { a, b in
            return a.rank.0 != b.rank.0 ? a.rank.0 > b.rank.0 : (a.rank.1 != b.rank.1 ? a.rank.1 > b.rank.1 : a.position < b.position)
        }
        var chosen: [Candidate] = []
        var words = 0
        if let h = consensusHeadline(r, story: story, sentences: place.count) {
            chosen.append(Candidate(text: h.text, fact: nil, outlets: h.outlets, rank: (h.outlets.count, 0), position: -1,
                                    words: Tokenizer().words(h.text).count, loaded: false))
            words = chosen[0].words
        }
        let n = place.count
        func redundant(_ c: Candidate) -> Bool {
            chosen.contains { d in
                d.text == c.text || d.members.contains { i in
                    c.members.contains { j in place[i].outlet != place[j].outlet && similarity[i * n + j] > Float(_redundancy) }
                }
            }
        }
        for c in cands where words < consensusWords {
            if redundant(c) { continue }
            chosen.append(c)
            words += c.words
        }
        return chosen.sorted { $0.position < $1.position }.map { .init(text: $0.text, fact: $0.fact, outlets: $0.outlets) }
    }
}

extension StoryComparer {
    /// All outlets' sentences (in `place` order) and then their headlines (outlets with a
    /// non-empty title, in outlet order) analyzed as one multi-source document for
    /// Summarization's rankers: each headline stands first in its outlet's source, as in the peers'
    /// `title. text` input. Nil when the news IDF table cannot be read.
    func storyDocument(_ r: StoryComparison, place: [StoryComparison.Place]) -> AnalyzedDocument? {
        guard let vectorizer = try? TFIDFVectorizer() else { return nil }
        let titled = r.outlets.indices.filter { !(r.outlets[$0].title ?? "").isEmpty }
        var doc = vectorizer.analyze(sentences: place.map { r.outlets[$0.outlet].sentences[$0.sentence].text }
                                     + titled.map { r.outlets[$0].title! })
        for (i, p) in place.enumerated() {
            doc.sentences[i].source = p.outlet
            doc.sentences[i].positionInSource = p.sentence + ((r.outlets[p.outlet].title ?? "").isEmpty ? 0 : 1)
        }
        for (k, o) in titled.enumerated() { doc.sentences[place.count + k].source = o; doc.sentences[place.count + k].positionInSource = 0 }
        doc.sources = r.outlets.map { o in Article(title: o.title, paragraphs: o.sentences.map(\.text)) }
        return doc
    }

    /// The centrality of the first `sentences` rows of `story` (the body sentences) among all its
    /// rows, headlines included (`CentralitySummarizer`: TF-IDF cosine edges, position and length
    /// priors): a sentence the headlines and the other versions echo is central. On the 50-version
    /// scale check (6,176 sentences) the consensus's centrality and headline cosines cost about 0.35 s of CPU (4.0 → 4.35 s user before the JSON writer was fixed; 1.4 s in all now).
    func centrality(_ story: AnalyzedDocument, sentences: Int) -> [Double] {
        guard let c = try? CentralitySummarizer(similarity: .cosine).scores(for: story) else { return Array(repeating: 0, count: sentences) }
        return Array(c.prefix(sentences))
    }

    /// For each headline row of `story` (those after the first `sentences` rows), the sum of its
    /// TF-IDF cosines with every body sentence: Σⱼ cos(h, tⱼ) = h · Σⱼ tⱼ (rows are unit vectors).
    func headlineCosines(_ story: AnalyzedDocument, sentences: Int) -> [Double] {
        var total: [Int32: Float] = [:]
        for row in story.termRows[..<sentences] { for t in row { total[t.column, default: 0] += t.weight } }
        return story.termRows[sentences...].map { row in Double(row.reduce(Float(0)) { $0 + $1.weight * (total[$1.column] ?? 0) }) }
    }
}

extension StoryComparer {
    /// The headline most outlets agree with: each headline's support is the sum, over the other
    /// outlets' headlines, of the aligner's probability for the pair, plus the sum of its TF-IDF
    /// cosines with every body sentence of every outlet (how central it is); headlines with
    /// loaded terms are passed over when a clean one exists. Attributed to its outlet and to those
    /// whose headline the aligner matches with it. Nil when fewer than two versions have a headline.
    ///
    /// `story` is `storyDocument(r, place:)` with `sentences` body rows (nil: headlines are
    /// ranked by their agreement alone).
    func consensusHeadline(_ r: StoryComparison, story: AnalyzedDocument?, sentences: Int) -> (text: String, outlets: [String])? {
        let titled = r.outlets.indices.filter { !(r.outlets[$0].title ?? "").isEmpty }
        guard titled.count >= 2 else { return nil }
        var pairs: [(String, String)] = [], index: [(Int, Int)] = []
        for a in titled { for b in titled where a < b { pairs.append((r.outlets[a].title!, r.outlets[b].title!)); index.append((a, b)) } }
        guard let decisions = try? aligner.align(pairs: pairs) else { return nil }
        var support: [Int: Double] = [:], partners: [Int: [Int]] = [:]
        for ((a, b), d) in zip(index, decisions) {
            support[a, default: 0] += d.similarity; support[b, default: 0] += d.similarity
            if d.aligned { partners[a, default: []].append(b); partners[b, default: []].append(a) }
        }
        func loaded(_ o: Int) -> Bool {
            !FramingProfile.loadedTerms(_WordScanner.words(r.outlets[o].title!).map(\.lower), lexicons).isEmpty
        }
        // Plus how central the headline is to all the bodies: the sum of its cosines with every
        // body sentence of every outlet.
        if let story { for (a, c) in zip(titled, headlineCosines(story, sentences: sentences)) { support[a, default: 0] += c } }
        let best = titled.min { a, b in
            loaded(a) != loaded(b) ? !loaded(a) : (support[a]! != support[b]! ? support[a]! > support[b]! : a < b)
        }!
        var text = r.outlets[best].title!.trimmingWhitespace()
        if let last = text.last, !".!?".contains(last) { text += "." }
        return (text, [r.outlets[best].name] + (partners[best] ?? []).sorted().map { r.outlets[$0].name })
    }
}

/// Weight of the lead prior in the consensus ranking: a sentence's support gains
/// `0.5 · (1 − relative position)` (news puts the summary first). Chosen on NeuS val and AllSides
/// dev among 0, 0.2, 0.5, 1 (ROUGE-1 moved by at most 0.3 points).
let _leadWeight = 0.5

/// Weight of a sentence's centrality among all outlets' sentences and headlines (Summarization's
/// `CentralitySummarizer`, PacSum-style degree centrality with TF-IDF cosine edges, its default
/// position and length priors; mean ≈ 1 before the length prior) in the consensus ranking, beside
/// its support. Support counts only each other version's single best match; centrality also
/// rewards a sentence that many sentences of every version echo. Measured at 0, 0.3, 0.6
/// and 1 on NeuS val and AllSides dev (docs/compare.md, "What is weak"); differences beyond 0 are within noise.
let _centralityWeight = 0.3

/// A candidate whose TF-IDF cosine with a chosen sentence of another outlet exceeds this is
/// redundant and skipped (maximal marginal relevance in its simplest form, Carbonell & Goldstein 1998).
/// Outlets retell the same fact in their own words, so cosines between retellings are low: at 0.5
/// most retellings passed as new and the summary said one thing twice. 0.3, 0.35 and 0.4 all beat
/// 0.5 on NeuS val and AllSides dev (Evaluation/results/compare-consensus.md); 0.35 is the middle.
let _redundancy = 0.35

/// Share of its score that a candidate with loaded terms loses in the consensus ranking (a
/// fraction, so it weighs the same whatever the scale of support and centrality). Ranking every
/// loaded candidate last cost 0.8 ROUGE-1 on NeuS; a fifth keeps ROUGE and still about halves the
/// loaded-word rate against the outlets' texts (Evaluation/results/compare-consensus.md).
let _loadedPenalty = 0.2
