import Scoring

/// The Scoring module as the harness's metric: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1 with
/// rouge-score 0.1.2's semantics and Porter stemming (`use_stemmer=True`), the setting of the
/// peers' published numbers in `../shared/data/peers/`.
///
/// - Texts are passed with one sentence a line, so ROUGE-Lsum is summary-level LCS over the
///   sentences (rouge-score's `rougeLsum` with sentences split beforehand); the other keys
///   ignore line breaks.
/// - Several references: the best one per document (rouge-score's `score_multi`).
/// - Intervals: `BootstrapAggregator`, 1,000 resamples, 95%, seeded with the run's seed.
/// - p-values: `PairedSignificance`, approximate randomisation, 10,000 trials, two-sided.
/// - Oracle objective: mean of ROUGE-1 and ROUGE-2 F1 (each the best over the references). The
///   oracle evaluates thousands of subsets per record, so `oracleObjective` tokenizes every
///   sentence and reference once with the scorer's own `ROUGETokenizer` and then only counts
///   clipped n-gram matches, as rouge-score's `_score_ngrams` does; a test checks it against
///   `ROUGEScorer` on every subset of a small document.
public struct ROUGEScoring: SummaryScoring {
    public let scorer: ROUGEScorer
    let oracleScorer: ROUGEScorer
    public var samples = 1000
    public var trials = 10_000

    /// - Throws: `ScoringError` only if the Scoring module rejects its own defaults.
    public init() throws {
        let options = ROUGEScorer.Options(mode: .rougeScore, stem: true)
        scorer = try ROUGEScorer(metrics: [.n(1), .n(2), .l, .lsum], options: options)
        oracleScorer = try ROUGEScorer(metrics: [.n(1), .n(2)], options: options)
    }

    public var keys: [String] { scorer.metrics.map(\.name) }

    public var settings: String {
        "Scoring.ROUGEScorer in rouge-score mode (rouge-score 0.1.2 semantics), Porter stemming; "
            + "rougeLsum over the summaries' sentences (one a line); best of several references; F1; "
            + "bootstrap 95% CI over documents (\(samples) resamples); "
            + "paired approximate randomisation test (\(trials) trials, two-sided) against each column's best row"
    }

    public func score(candidate: [String], references: [[String]]) -> DocumentScores {
        let s = scorer.score(references: references.map { $0.joined(separator: "\n") }, prediction: candidate.joined(separator: "\n"))
        return DocumentScores(fmeasures: s.values.map(\.fmeasure), detail: s)
    }

    public func objective(candidate: [String], references: [[String]]) -> Double {
        let s = oracleScorer.score(references: references.map { $0.joined(separator: " ") }, prediction: candidate.joined(separator: " "))
        return (s.values[0].fmeasure + s.values[1].fmeasure) / 2
    }

    public func oracleObjective(sentences: [String], references: [[String]]) -> ([Int]) -> Double {
        let tokenizer = ROUGETokenizer(mode: .rougeScore, stem: true)
        var ids: [String: Int32] = [:]
        func encode(_ text: String) -> [Int32] {
            tokenizer.tokenize(text).map { t in
                if let id = ids[t] { return id }
                let id = Int32(ids.count); ids[t] = id; return id
            }
        }
        let sentenceTokens = sentences.map(encode)
        let referenceCounts = references.map { _NGramCounts(encode($0.joined(separator: " "))) }
        return { indices in
            let candidate = _NGramCounts(indices.flatMap { sentenceTokens[$0] })
            var best1 = 0.0, best2 = 0.0
            for r in referenceCounts {
                best1 = max(best1, candidate.f1(r, bigrams: false))
                best2 = max(best2, candidate.f1(r, bigrams: true))
            }
            return (best1 + best2) / 2
        }
    }

    public func aggregate(_ documents: [DocumentScores], seed: UInt64) -> [ScoreInterval] {
        let scores = documents.compactMap { $0.detail as? ROUGEScores }
        precondition(scores.count == documents.count, "ROUGEScoring.aggregate: scores from another scorer")
        return BootstrapAggregator(samples: samples, confidence: 0.95, seed: seed).aggregate(scores).map {
            ScoreInterval(low: $0.interval.low.fmeasure, mid: $0.interval.mid.fmeasure, high: $0.interval.high.fmeasure)
        }
    }

    public func pValue(_ a: [Double], _ b: [Double], seed: UInt64) -> Double {
        precondition(a.count == b.count, "ROUGEScoring.pValue: \(a.count) vs \(b.count) documents")
        return (try? PairedSignificance(method: .randomization, trials: trials, seed: seed).test(a, b).p) ?? 1
    }
}

/// Unigram and bigram counts of one token sequence, for the oracle's objective.
struct _NGramCounts {
    var unigrams: [Int32: Int] = [:]
    var bigrams: [Int64: Int] = [:]
    var unigramTotal: Int
    var bigramTotal: Int

    init(_ tokens: [Int32]) {
        for t in tokens { unigrams[t, default: 0] += 1 }
        if tokens.count > 1 {
            for i in 1..<tokens.count { bigrams[Int64(tokens[i - 1]) << 32 | Int64(tokens[i]), default: 0] += 1 }
        }
        unigramTotal = tokens.count
        bigramTotal = max(0, tokens.count - 1)
    }

    /// rouge-score's `_score_ngrams`: clipped matches; P = m / max(|pred|, 1),
    /// R = m / max(|ref|, 1), F = 2PR / (P + R), 0 when P + R = 0.
    func f1(_ reference: _NGramCounts, bigrams useBigrams: Bool) -> Double {
        var matches = 0
        if useBigrams {
            for (g, c) in bigrams { if let r = reference.bigrams[g] { matches += min(c, r) } }
        } else {
            for (g, c) in unigrams { if let r = reference.unigrams[g] { matches += min(c, r) } }
        }
        let p = Double(matches) / Double(max(useBigrams ? bigramTotal : unigramTotal, 1))
        let r = Double(matches) / Double(max(useBigrams ? reference.bigramTotal : reference.unigramTotal, 1))
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
}
