import Foundation
import TextProcessing

extension StoryComparer {
    /// The consensus summary: the facts most outlets share, each in its least loaded wording and
    /// attributed to the outlets that report it.
    ///
    /// Facts are ranked by how many outlets report them, then by their members' summed support
    /// (each sentence's best cosine in every other version). Sentences are added until the
    /// summary holds `consensusWords` words; if the facts run out first, the remaining space is
    /// filled with single outlets' sentences ranked by support plus a lead prior (`_leadWeight`;
    /// facts get it too, per member). Those are attributed to one outlet
    /// and carry no fact id). Candidates with loaded terms lose `_loadedPenalty` support, and a candidate
    /// too similar to one already chosen is skipped (`_redundancy`).
    /// The summary keeps the order in which the stories tell things (mean relative position), and
    /// opens with the consensus headline (`consensusHeadline`) when the versions have headlines.
    func consensus(_ r: StoryComparison, support: [Double], place: [StoryComparison.Place],
                   similarity: [Float]) -> [StoryComparison.ConsensusSentence] {
        var index: [StoryComparison.Place: Int] = [:]
        for (i, p) in place.enumerated() { index[p] = i }
        struct Candidate { var text: String; var fact: Int?; var outlets: [String]; var rank: (Int, Double); var position: Double; var words: Int; var loaded: Bool; var members: [Int] = [] }
        func rel(_ p: StoryComparison.Place) -> Double { Double(p.sentence) / Double(max(r.outlets[p.outlet].sentences.count, 1)) }
        var cands: [Candidate] = []
        for f in r.facts {
            let w = f.wording
            let names = [r.outlets[w.outlet].name] + f.members.filter { $0 != w }.map { r.outlets[$0.outlet].name }
            let sup = f.members.map { support[index[$0]!] }.reduce(0, +)
            let text = r.outlets[w.outlet].sentences[w.sentence].text
            cands.append(Candidate(text: text, fact: f.id, outlets: names, rank: (f.members.count, sup + _leadWeight * Double(f.members.count) * (1 - f.members.map(rel).reduce(0, +) / Double(f.members.count))),
                                   position: f.members.map(rel).reduce(0, +) / Double(f.members.count),
                                   words: Tokenizer().words(text).count,
                                   loaded: !r.outlets[w.outlet].sentences[w.sentence].loaded.isEmpty,
                                   members: f.members.map { index[$0]! }))
        }
        for (o, out) in r.outlets.enumerated() {
            for (k, s) in out.sentences.enumerated() where s.unique {
                let p = StoryComparison.Place(outlet: o, sentence: k)
                cands.append(Candidate(text: s.text, fact: nil, outlets: [out.name], rank: (1, support[index[p]!] + _leadWeight * (1 - rel(p))),
                                       position: rel(p), words: Tokenizer().words(s.text).count, loaded: !s.loaded.isEmpty,
                                       members: [index[p]!]))
            }
        }
        // Loaded wording is avoided: a candidate with loaded terms loses `_loadedPenalty` support.
        for k in cands.indices where cands[k].loaded { cands[k].rank.1 -= _loadedPenalty }
        cands.sort { a, b in
            return a.rank.0 != b.rank.0 ? a.rank.0 > b.rank.0 : (a.rank.1 != b.rank.1 ? a.rank.1 > b.rank.1 : a.position < b.position)
        }
        var chosen: [Candidate] = []
        var words = 0
        if let h = consensusHeadline(r) {
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
    /// The headline most outlets' headlines agree with: each headline's support is the sum, over
    /// the other outlets' headlines, of the aligner's probability for the pair; headlines with
    /// loaded terms are passed over when a clean one exists. Attributed to its outlet and to those
    /// whose headline the aligner matches with it. Nil when fewer than two versions have a headline.
    func consensusHeadline(_ r: StoryComparison) -> (text: String, outlets: [String])? {
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
        let best = titled.min { a, b in
            loaded(a) != loaded(b) ? !loaded(a) : (support[a]! != support[b]! ? support[a]! > support[b]! : a < b)
        }!
        var text = r.outlets[best].title!.trimmingCharacters(in: .whitespaces)
        if let last = text.last, !".!?".contains(last) { text += "." }
        return (text, [r.outlets[best].name] + (partners[best] ?? []).sorted().map { r.outlets[$0].name })
    }
}

/// Weight of the lead prior in the consensus ranking: a sentence's support gains
/// `0.5 · (1 − relative position)` (news puts the summary first). Chosen on NeuS val and AllSides
/// dev among 0, 0.2, 0.5, 1 (ROUGE-1 moved by at most 0.3 points).
let _leadWeight = 0.5

/// A candidate whose TF-IDF cosine with a chosen sentence of another outlet exceeds this is
/// redundant and skipped (maximal marginal relevance in its simplest form, Carbonell & Goldstein 1998).
let _redundancy = 0.5

/// Support a candidate with loaded terms loses in the consensus ranking. Chosen on NeuS val and
/// AllSides dev: ranking every loaded candidate last cost 0.8 ROUGE-1 on NeuS; 0.2 keeps ROUGE and
/// still halves the loaded-word rate against the outlets' texts (Evaluation/results/compare-consensus.md).
let _loadedPenalty = 0.2
