import LinearAlgebra
import TextProcessing

/// A key phrase of a text with its TextRank score.
public struct Keyphrase: Sendable, Hashable {
    /// The phrase as it most often appears (lower-cased words joined by single spaces).
    public var text: String
    /// The sum of its words' TextRank scores (each word's mean score over the graph is 1).
    public var score: Double
    /// How many times the phrase occurs.
    public var count: Int
}

/// TextRank keyword extraction (Mihalcea & Tarau 2004, section 3), with multi-word phrases.
///
/// 1. Candidates: word tokens that are not stop words, contain a letter and have at least three
///    characters; a vertex is a candidate's Porter stem, so "economy" and "economic" are one.
///    The stop words are the rankers' list (`TermAnalyzer.defaultStopWords`, with "said") joined
///    with the general English list (`StopWords.english`, with prepositions and adverbs such as
///    "near" and "across"), so that phrases end where a part-of-speech filter would end them.
/// 2. Edges: two vertices are linked, with weight = number of co-occurrences, when their words
///    occur within a window of `window` tokens (default 2: adjacent) inside one sentence; stop
///    words and other non-candidates occupy window positions but are not linked.
/// 3. Scores: PageRank on the undirected weighted graph (d = 0.85, tolerance 1e-7).
/// 4. The top third of vertices (at least one) are keywords; maximal runs of adjacent
///    keywords in the text become phrases, scored by the sum of their words' scores, and the
///    best `maxPhrases` distinct phrases are returned (ties by first occurrence).
///
/// Deviation: the paper filters candidates by part of speech (nouns and adjectives); Parallax
/// has no tagger, so the stop-word filter stands in for it. The graph keeps at most
/// `maxVertices` (2,000) most frequent stems so memory stays bounded on very long input.
///
/// ```swift
/// let k = KeyphraseExtractor(maxPhrases: 2)
/// k.keyphrases(in: "The farm sells solar panels. Solar panels cover the farm. Buyers want solar panels.")
/// // [Keyphrase(text: "solar panels", score: …, count: 3)]
/// // (7 candidate stems; the top ⌊7/3⌋ = 2, "solar" and "panel", are the keywords)
/// ```
public struct KeyphraseExtractor: Sendable {
    public var maxPhrases: Int
    public var window: Int
    public var maxVertices: Int
    public init(maxPhrases: Int = 10, window: Int = 2, maxVertices: Int = 2000) {
        self.maxPhrases = maxPhrases
        self.window = max(2, window)
        self.maxVertices = maxVertices
    }

    /// The key phrases of `text` (segmented with `SentenceSplitter`), best first.
    public func keyphrases(in text: String) -> [Keyphrase] {
        keyphrases(sentences: SentenceSplitter().split(text))
    }

    /// The key phrases of pre-segmented sentences, best first.
    public func keyphrases(sentences: [String]) -> [Keyphrase] {
        let analyzer = TermAnalyzer(stopWords: StopWords.english.words.union(TermAnalyzer.defaultStopWords))
        // Per sentence: (word, vertex term id or -1).
        let tokens: [[(word: String, id: Int32)]] = sentences.map { s in
            analyzer.words(in: s).map { w in
                let candidate = w.count >= 3 && w.unicodeScalars.contains { $0.properties.isAlphabetic }
                return (w, candidate ? analyzer.termID(forWord: w) : -1)
            }
        }
        var frequency: [Int32: Int] = [:]
        for s in tokens { for t in s where t.id >= 0 { frequency[t.id, default: 0] += 1 } }
        let vertices = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(maxVertices).map(\.key)
        guard !vertices.isEmpty else { return [] }
        var index: [Int32: Int] = [:]
        for (k, v) in vertices.enumerated() { index[v] = k }
        let n = vertices.count
        var w = Matrix<Float>(rows: n, columns: n)
        for s in tokens {
            for a in s.indices { guard let i = index[s[a].id] else { continue }
                for b in (a + 1)..<min(s.count, a + window) { guard let j = index[s[b].id], j != i else { continue }
                    w[i, j] += 1; w[j, i] += 1
                }
            }
        }
        let rank = pageRank(w, damping: 0.85)
        let topCount = max(1, n / 3)
        let keywordSet = Set(rankOrder(rank).prefix(topCount))
        var phrases: [String: (score: Double, count: Int, first: Int)] = [:]
        var occurrence = 0
        for s in tokens {
            var run: [(String, Int)] = []
            func flush() {
                guard !run.isEmpty else { return }
                let key = run.map(\.0).joined(separator: " ")
                let score = run.reduce(0) { $0 + rank[$1.1] }
                if let p = phrases[key] { phrases[key] = (p.score, p.count + 1, p.first) }
                else { phrases[key] = (score, 1, occurrence) }
                occurrence += 1
                run = []
            }
            for t in s {
                if let i = index[t.id], keywordSet.contains(i) { run.append((t.word, i)) } else { flush() }
            }
            flush()
        }
        // Merge surface variants of the same stem sequence, keeping the most frequent form.
        var byStems: [String: (text: String, score: Double, count: Int, best: Int, first: Int)] = [:]
        for (text, p) in phrases {
            let stems = text.split(separator: " ").map { analyzer.term(analyzer.termID(forWord: String($0))) }.joined(separator: " ")
            if let q = byStems[stems] {
                let better = p.count > q.best || (p.count == q.best && p.first < q.first)
                byStems[stems] = (better ? text : q.text, q.score, q.count + p.count, max(q.best, p.count), min(q.first, p.first))
            } else {
                byStems[stems] = (text, p.score, p.count, p.count, p.first)
            }
        }
        return byStems.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.first < $1.first }
            .prefix(maxPhrases).map { Keyphrase(text: $0.text, score: $0.score, count: $0.count) }
    }
}
