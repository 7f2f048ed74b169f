import FoundationEssentials
import TextProcessing
import Dispatch

/// Scores predicted summaries against references with ROUGE (Lin 2004, "ROUGE: A Package for
/// Automatic Evaluation of Summaries"), reproducing rouge-score 0.1.2 or ROUGE-1.5.5.
///
/// In ``ROUGETokenizerMode/rougeScore`` mode the values are rouge-score's to the last bit
/// (its defaults equal `ROUGE-1.5.5.pl -e data -n 2 -a`, with `-m` when stemming), except
/// that its `rougeL` treats each text as one sequence. In ``ROUGETokenizerMode/rouge155``
/// mode the scorer follows ROUGE-1.5.5.pl itself: its tokenizer and stemmer, ROUGE-L (and
/// `rougeLsum`) at summary level over lines, `-f A` by default, and each document's P and R
/// rounded to five decimals with F computed from them, as the script prints them. Known
/// differences between the two are listed in `docs/rouge.md`.
///
/// ```swift
/// let scorer = try ROUGEScorer(metrics: [.n(1), .l])
/// scorer.score(reference: "testing one two", prediction: "testing")["rouge1"]
/// // P = 1, R = 1/3, F = 0.5
/// ```
///
/// A scorer is an immutable value: share it between threads freely. ``score(_:threads:)``
/// spreads a batch over threads, each with its own token tables.
///
/// - Complexity: per pair, O(n) for ROUGE-N and O(n·m/64) for ROUGE-L (bit-parallel LCS);
///   ROUGE-W is O(n·m) per sentence pair; ROUGE-S* is O(n²).
public struct ROUGEScorer: Sendable {
    /// How scores against several references combine (ROUGE-1.5.5's `-f`).
    public enum MultiReference: String, Sendable, CaseIterable {
        /// `-f A`: add matches and counts over the references, then divide.
        case average = "A"
        /// `-f B`: the single best reference (rouge-score mode: highest F, as its
        /// `score_multi`; rouge155 mode: highest recall, as ROUGE-1.5.5).
        case best = "B"
    }

    /// ROUGE-1.5.5's `-l` (words) and `-b` (bytes) limits, applied to both sides.
    public enum LengthLimit: Sendable, Equatable {
        case words(Int)
        case bytes(Int)
    }

    /// Everything besides the metric list.
    public struct Options: Sendable {
        public var mode: ROUGETokenizerMode = .rougeScore
        public var stem = false
        /// Tokens dropped before counting (`-s` with a list you supply).
        public var stopWords: Set<String> = []
        /// rouge155 mode: `word replacement` pairs consulted before stemming (WordNet's
        /// exception lists in ROUGE-1.5.5).
        public var stemExceptions: [String: String] = [:]
        public var lengthLimit: LengthLimit?
        /// Weight of recall in F (`-p`); 0.5 is F1.
        public var alpha = 0.5
        /// nil: the mode's default (rouge-score: best; rouge155: average).
        public var multiReference: MultiReference?
        /// With two or more references, average the scores of every leave-one-out subset.
        public var jackknife = false

        public init(mode: ROUGETokenizerMode = .rougeScore, stem: Bool = false) {
            self.mode = mode
            self.stem = stem
        }

        var effectiveMultiReference: MultiReference { multiReference ?? (mode == .rougeScore ? .best : .average) }
        var tokenizer: ROUGETokenizer {
            ROUGETokenizer(mode: mode, stem: stem, stopWords: stopWords, stemExceptions: stemExceptions)
        }
    }

    public let metrics: [ROUGEMetric]
    public let options: Options

    /// - Throws: ``ScoringError/invalidOption(_:)`` for α outside [0, 1], a non-positive
    ///   length limit or an empty metric list.
    public init(metrics: [ROUGEMetric], options: Options = Options()) throws {
        guard !metrics.isEmpty else { throw ScoringError.invalidOption("no ROUGE metric requested") }
        guard (0...1).contains(options.alpha) else {
            throw ScoringError.invalidOption("alpha must be between 0 and 1, got \(options.alpha)")
        }
        switch options.lengthLimit {
        case .words(let n) where n <= 0, .bytes(let n) where n <= 0:
            throw ScoringError.invalidOption("length limit must be positive")
        default: break
        }
        self.metrics = metrics
        self.options = options
    }

    /// Scores one prediction against one reference.
    public func score(reference: String, prediction: String) -> ROUGEScores {
        _Workspace(options.tokenizer).score([reference], prediction, self)
    }

    /// Scores one prediction against several references (see ``Options/multiReference`` and
    /// ``Options/jackknife``). No reference at all scores 0.
    public func score(references: [String], prediction: String) -> ROUGEScores {
        _Workspace(options.tokenizer).score(references, prediction, self)
    }

    /// Scores every pair, in order, on up to `threads` threads.
    public func score(_ pairs: [ROUGEPair], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [ROUGEScores] {
        let n = pairs.count
        guard n > 0 else { return [] }
        let out = UnsafeMutableBufferPointer<ROUGEScores>.allocate(capacity: n)
        defer { out.deallocate() }
        let box = _SendableBuffer(out)
        let next = _Counter()
        let workers = max(1, min(threads, (n + 31) / 32))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let ws = _Workspace(options.tokenizer)
            while true {
                let start = next.take(32)
                if start >= n { break }
                for i in start ..< min(start + 32, n) {
                    (box.base + i).initialize(to: ws.score(pairs[i].references, pairs[i].prediction, self))
                }
            }
        }
        let result = Array(out)
        _ = out.baseAddress.map { $0.deinitialize(count: n) }
        return result
    }
}

/// One prediction with its references, as the batch API takes them.
public struct ROUGEPair: Sendable {
    public var id: String
    public var references: [String]
    public var prediction: String

    public init(id: String, references: [String], prediction: String) {
        self.id = id
        self.references = references
        self.prediction = prediction
    }
}

/// The scores of one document, one ``Score`` per metric, in the scorer's metric order.
public struct ROUGEScores: Sendable, Equatable {
    public let metrics: [ROUGEMetric]
    public var values: [Score]

    /// The score for a metric name such as `rouge1` (nil if it was not computed).
    public subscript(name: String) -> Score? {
        metrics.firstIndex { $0.name == name }.map { values[$0] }
    }
}

private final class _SendableBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<ROUGEScores>
    init(_ b: UnsafeMutableBufferPointer<ROUGEScores>) { base = b.baseAddress! }
}

private final class _Counter: @unchecked Sendable {
    private var value = 0
    private let lock = Lock()
    func take(_ k: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        let v = value
        value += k
        return v
    }
}
