import TextProcessing
import XCTest
@testable import Scoring

/// Hand-computed ROUGE values (arithmetic in the comments) and seeded invariants.
final class ROUGEScorerTests: XCTestCase {
    private func score(_ metric: String, _ reference: String, _ prediction: String,
                       mode: ROUGETokenizerMode = .rougeScore, stem: Bool = false,
                       configure: (inout ROUGEScorer.Options) -> Void = { _ in }) throws -> Score {
        var o = ROUGEScorer.Options(mode: mode, stem: stem)
        configure(&o)
        let scorer = try ROUGEScorer(metrics: [try ROUGEMetric(name: metric)], options: o)
        return try XCTUnwrap(scorer.score(reference: reference, prediction: prediction)[metric])
    }

    private func assertScore(_ s: Score, _ p: Double, _ r: Double, _ f: Double, accuracy: Double = 1e-12,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(s.precision, p, accuracy: accuracy, "precision", file: file, line: line)
        XCTAssertEqual(s.recall, r, accuracy: accuracy, "recall", file: file, line: line)
        XCTAssertEqual(s.fmeasure, f, accuracy: accuracy, "F", file: file, line: line)
    }

    func testUnigramsAndBigrams() throws {
        // "testing one two" vs "testing": 1 of 1 predicted unigram matches, 1 of 3 reference ones:
        // P = 1, R = 1/3, F = 2·(1/3)/(4/3) = 1/2.
        assertScore(try score("rouge1", "testing one two", "testing"), 1, 1.0 / 3, 0.5)
        // Bigrams {testing one, one two} vs {testing one}: P = 1, R = 1/2, F = 2/3.
        assertScore(try score("rouge2", "testing one two", "testing one"), 1, 0.5, 2.0 / 3)
        // Clipping: "the the the the" has 4 "the", the reference 1: 1 hit; P = 1/4, R = 1, F = 0.4.
        assertScore(try score("rouge1", "the", "the the the the"), 0.25, 1, 0.4)
    }

    func testLongestCommonSubsequence() throws {
        // LCS("a b c d e", "a c e b") = "a c e" = 3: P = 3/4, R = 3/5, F = 2·0.45/1.35 = 2/3.
        assertScore(try score("rougeL", "a b c d e", "a c e b"), 0.75, 0.6, 2.0 / 3)
        // rougeL ignores line breaks: the same as one line.
        assertScore(try score("rougeL", "a b\nc d e", "a c\ne b"), 0.75, 0.6, 2.0 / 3)
    }

    func testSummaryLevelLCSUnionAndNoDoubleCounting() throws {
        // Reference "w1 … w5"; predicted sentences "w1 w2 w6 w7 w8" (LCS w1 w2) and
        // "w1 w3 w8 w9 w5" (LCS w1 w3 w5): union {w1, w2, w3, w5} = 4 hits.
        // R = 4/5, P = 4/10, F = 2·0.32/1.2 = 0.5333…
        assertScore(try score("rougeLsum", "w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5"), 0.4, 0.8, 0.32 / 0.6)
        // Two identical reference sentences "a b" against one predicted "a b": the second
        // sentence's union is again {a, b}, but the prediction has no unused a or b left:
        // hits = 2, R = 2/4, P = 2/2, F = 2/3.
        assertScore(try score("rougeLsum", "a b\na b", "a b"), 1, 0.5, 2.0 / 3)
    }

    func testWeightedLCSAsROUGE155ComputesIt() throws {
        // Weight 2: f(k) = k². "a b c d" vs itself: one run of 4 → hits f(4) = 16.
        // Reference total f(Σ f(4)) = f(16) = 256 (ROUGE-1.5.5 applies f twice), so
        // R = √(16/256) = 0.25, P = √(16/f(4)) = 1, F = 2·0.25/1.25 = 0.4 (ROUGE-1.5.5.pl prints
        // R 0.25000 P 1.00000 F 0.40000 for this input).
        assertScore(try score("rougeW-2.0", "a b c d", "a b c d"), 1, 0.25, 0.4)
        // "a b x c d": the marked reference positions are still one run of 4 (hits 16);
        // P = √(16/25) = 0.8, F = 2·0.25·0.8/1.05 = 0.38095….
        assertScore(try score("rougeW-2.0", "a b c d", "a b x c d"), 0.8, 0.25, 0.4 / 1.05)
        // In rouge155 mode the same values, rounded as the script prints them.
        assertScore(try score("rougeW-2.0", "a b c d", "a b x c d", mode: .rouge155), 0.8, 0.25, 0.38095)
    }

    func testSkipBigramsAndUnigrams() throws {
        // "a b c" has skip bigrams (a,b) (a,c) (b,c); "a c b" has (a,c) (a,b) (c,b): 2 shared.
        // S*: P = R = F = 2/3.
        assertScore(try score("rougeS*", "a b c", "a c b"), 2.0 / 3, 2.0 / 3, 2.0 / 3)
        // S0 allows no gap: pairs (a,b) (b,c) vs (a,c) (c,b): nothing shared.
        assertScore(try score("rougeS0", "a b c", "a c b"), 0, 0, 0)
        // SU*: ROUGE-1.5.5 adds the unigrams of all but the last token: {a, b} and {a, c}.
        // Counts 3 + 2 = 5 on each side; hits 2 + 1 (a) = 3: P = R = F = 3/5.
        assertScore(try score("rougeSU*", "a b c", "a c b"), 0.6, 0.6, 0.6)
        // SU4 on one word: no pair and (last token) no unigram: 0.
        assertScore(try score("rougeSU4", "word", "word"), 0, 0, 0)
    }

    func testStemmingApproachesTheModesDifferently() throws {
        // rouge-score: "running" → "run", "runs" → "run"; one hit of one: 1.
        assertScore(try score("rouge1", "running", "runs", stem: true), 1, 1, 1)
        // Unstemmed they differ.
        assertScore(try score("rouge1", "running", "runs"), 0, 0, 0)
        // Tokens of three characters or fewer are never stemmed: "ran" stays "ran".
        assertScore(try score("rouge1", "ran", "run", stem: true), 0, 0, 0)
        // ROUGE-1.5.5's stemmer maps "agreement" to "agreem", NLTK's keeps "agreement"; both
        // modes still match the word with itself.
        XCTAssertEqual(ROUGETokenizer(mode: .rouge155, stem: true).tokenize("agreement"), ["agreem"])
        XCTAssertEqual(ROUGETokenizer(mode: .rougeScore, stem: true).tokenize("agreement"), ["agreement"])
    }

    func testROUGE155RoundsEachDocumentToFiveDecimals() throws {
        // 1 of 3: R = 0.33333 (rounded), P = 1, F = 0.33333·1/(0.5·1 + 0.5·0.33333) = 0.49999… → 0.50000.
        assertScore(try score("rouge1", "testing one two", "testing", mode: .rouge155), 1, 0.33333, 0.5)
        // Bigrams of "a b c d e f g" vs "a b c x e f y": hits 3 (a b, b c, e f) of 6:
        // R = P = 0.5, F = 0.5.
        assertScore(try score("rouge2", "a b c d e f g", "a b c x e f y", mode: .rouge155), 0.5, 0.5, 0.5)
    }

    func testAlphaWeightsRecall() throws {
        // P = 1, R = 1/3; α = 0.8: F = P·R/(0.2·P + 0.8·R) = (1/3)/(0.2 + 0.26667) = 0.714285….
        let s = try score("rouge1", "testing one two", "testing") { $0.alpha = 0.8 }
        XCTAssertEqual(s.fmeasure, (1.0 / 3) / (0.2 + 0.8 / 3), accuracy: 1e-12)
    }

    func testSeveralReferences() throws {
        let metric = [try ROUGEMetric(name: "rouge1")]
        func multi(_ configure: (inout ROUGEScorer.Options) -> Void) throws -> Score {
            var o = ROUGEScorer.Options(mode: .rouge155)
            configure(&o)
            return try XCTUnwrap(try ROUGEScorer(metrics: metric, options: o)
                .score(references: ["a b", "a c"], prediction: "a b")["rouge1"])
        }
        // -f A adds counts: hits 2 + 1 = 3, reference units 2 + 2, prediction units 2 + 2:
        // P = R = F = 0.75.
        assertScore(try multi { _ in }, 0.75, 0.75, 0.75)
        // -f B keeps the reference with the best recall ("a b", R = 1).
        assertScore(try multi { $0.multiReference = .best }, 1, 1, 1)
        // Jackknife: leave out "a b" → 0.5; leave out "a c" → 1; mean 0.75 for P, R and F.
        assertScore(try multi { $0.jackknife = true }, 0.75, 0.75, 0.75)
        // rouge-score mode takes the highest F (its score_multi).
        let best = try ROUGEScorer(metrics: metric).score(references: ["a c", "a b"], prediction: "a b")
        assertScore(try XCTUnwrap(best["rouge1"]), 1, 1, 1)
        // No reference at all scores zero.
        XCTAssertEqual(try ROUGEScorer(metrics: metric).score(references: [], prediction: "a")["rouge1"], .zero)
    }

    func testLengthLimits() throws {
        // -l 2 keeps "a b" of "a b c" on both sides: R = P = 1.
        assertScore(try score("rouge1", "a b c", "a b z", mode: .rouge155) { $0.lengthLimit = .words(2) }, 1, 1, 1)
        // -b 5 cuts "abc def" to "abc d": tokens {abc, d} vs {abc, def}: 1 hit of 2 each.
        assertScore(try score("rouge1", "abc def", "abc def", mode: .rouge155) { $0.lengthLimit = .bytes(5) }, 1, 1, 1)
        assertScore(try score("rouge1", "abc d", "abc def", mode: .rouge155) { $0.lengthLimit = .bytes(5) }, 1, 1, 1)
        assertScore(try score("rouge1", "abc def", "abc dxf", mode: .rouge155) { $0.lengthLimit = .bytes(5) }, 1, 1, 1)
        assertScore(try score("rouge1", "abc def", "abc xef", mode: .rouge155) { $0.lengthLimit = .bytes(5) }, 0.5, 0.5, 0.5)
    }

    func testStopWordsAreRemovedBeforeCounting() throws {
        // Without "the": {cat, sat} vs {cat}: P = 1, R = 1/2, F = 2/3.
        assertScore(try score("rouge1", "the cat sat", "the cat") { $0.stopWords = ["the"] }, 1, 0.5, 2.0 / 3)
    }

    func testEmptySidesScoreZero() throws {
        for metric in ["rouge1", "rouge2", "rougeL", "rougeLsum", "rougeW", "rougeSU4"] {
            XCTAssertEqual(try score(metric, "", "some words here"), .zero, metric)
            XCTAssertEqual(try score(metric, "some words here", "!!! ..."), .zero, metric)
        }
    }

    func testInvalidOptionsAreRejectedWithTheirMessage() {
        XCTAssertThrowsError(try ROUGEScorer(metrics: [.n(1)], options: { var o = ROUGEScorer.Options(); o.alpha = 2; return o }())) {
            XCTAssertEqual("\($0)", "alpha must be between 0 and 1, got 2.0")
        }
        XCTAssertThrowsError(try ROUGEScorer(metrics: [])) { XCTAssertEqual("\($0)", "no ROUGE metric requested") }
    }

    /// Seeded invariants: F ∈ [0, 1]; a text against itself scores 1 (N, L, Lsum); swapping
    /// the sides swaps P and R (except for the summary-level LCS metrics).
    func testInvariantsOnRandomTexts() throws {
        var rng = SplitMix64(seed: 42)
        let words = ["alpha", "beta", "gamma", "delta", "running", "runs", "the", "of", "2004"]
        func text() -> String {
            (0..<(1 + rng.index(below: 30))).map { _ in words[rng.index(below: words.count)] + (rng.index(below: 8) == 0 ? "\n" : "") }
                .joined(separator: " ")
        }
        let metrics = try ROUGEMetric.list("rouge1,rouge2,rouge3,rougeL,rougeLsum,rougeW,rougeS4,rougeSU4")
        let scorer = try ROUGEScorer(metrics: metrics, options: .init(stem: true))
        for trial in 0..<200 {
            let a = text(), b = text()
            let ab = scorer.score(reference: a, prediction: b), ba = scorer.score(reference: b, prediction: a)
            for (k, m) in metrics.enumerated() {
                XCTAssert((0...1).contains(ab.values[k].fmeasure), "seed 42 trial \(trial) \(m)")
                // Summary-level LCS (Lsum, W) is not symmetric: the union is taken per reference sentence.
                if m == .lsum { continue }
                if case .w = m { continue }
                XCTAssertEqual(ab.values[k].precision, ba.values[k].recall, accuracy: 1e-12, "seed 42 trial \(trial) \(m)")
            }
            let aa = scorer.score(reference: a, prediction: a)
            for name in ["rouge1", "rougeL", "rougeLsum"] {
                XCTAssertEqual(aa[name]?.fmeasure ?? 0, 1, accuracy: 1e-12, "seed 42 trial \(trial) \(name)")
            }
        }
    }

    func testBatchScoringEqualsOneByOne() throws {
        let scorer = try ROUGEScorer(metrics: ROUGEMetric.list("rouge1,rouge2,rougeL,rougeLsum"), options: .init(stem: true))
        let pairs = (0..<300).map { i in
            ROUGEPair(id: "\(i)", references: ["the cats were running \(i % 7) miles\nacross town"],
                      prediction: "cats ran \(i % 5) miles across the town")
        }
        let batch = scorer.score(pairs, threads: 2)
        for (p, s) in zip(pairs, batch) {
            XCTAssertEqual(s, scorer.score(references: p.references, prediction: p.prediction))
        }
    }
}
