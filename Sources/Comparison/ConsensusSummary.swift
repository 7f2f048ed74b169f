import TextProcessing

extension StoryComparer {
    /// The consensus summary: the facts most outlets share, each in its least loaded wording and
    /// attributed to the outlets that report it.
    ///
    /// Facts are ranked by how many outlets report them, then by their members' summed support
    /// (each sentence's best cosine in every other version). Sentences are added until the
    /// summary holds `consensusWords` words; if the facts run out first, the remaining space is
    /// filled with single outlets' sentences ranked by support (they are attributed to one outlet
    /// and carry no fact id), skipping any with more loaded terms than the least loaded candidate.
    /// The summary keeps the order in which the stories tell things (mean relative position).
    func consensus(_ r: StoryComparison, support: [Double], place: [StoryComparison.Place],
                   loadedness: [Double]) -> [StoryComparison.ConsensusSentence] {
        var index: [StoryComparison.Place: Int] = [:]
        for (i, p) in place.enumerated() { index[p] = i }
        struct Candidate { var text: String; var fact: Int?; var outlets: [String]; var rank: (Int, Double); var position: Double; var words: Int }
        func rel(_ p: StoryComparison.Place) -> Double { Double(p.sentence) / Double(max(r.outlets[p.outlet].sentences.count, 1)) }
        var cands: [Candidate] = []
        for f in r.facts {
            let w = f.wording
            let names = [r.outlets[w.outlet].name] + f.members.filter { $0 != w }.map { r.outlets[$0.outlet].name }
            let sup = f.members.map { support[index[$0]!] }.reduce(0, +)
            let text = r.outlets[w.outlet].sentences[w.sentence].text
            cands.append(Candidate(text: text, fact: f.id, outlets: names, rank: (f.members.count, sup),
                                   position: f.members.map(rel).reduce(0, +) / Double(f.members.count),
                                   words: Tokenizer().words(text).count))
        }
        for (o, out) in r.outlets.enumerated() {
            for (k, s) in out.sentences.enumerated() where s.unique {
                let p = StoryComparison.Place(outlet: o, sentence: k)
                cands.append(Candidate(text: s.text, fact: nil, outlets: [out.name], rank: (1, support[index[p]!]),
                                       position: rel(p), words: Tokenizer().words(s.text).count))
            }
        }
        cands.sort { a, b in
            a.rank.0 != b.rank.0 ? a.rank.0 > b.rank.0 : (a.rank.1 != b.rank.1 ? a.rank.1 > b.rank.1 : a.position < b.position)
        }
        var chosen: [Candidate] = []
        var words = 0
        for c in cands where words < consensusWords {
            if c.fact == nil, chosen.contains(where: { $0.text == c.text }) { continue }
            chosen.append(c)
            words += c.words
        }
        return chosen.sorted { $0.position < $1.position }.map { .init(text: $0.text, fact: $0.fact, outlets: $0.outlets) }
    }
}
