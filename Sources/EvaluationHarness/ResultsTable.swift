/// A confidence interval around a mean: bootstrap percentiles `low` and `high` around `mid`
/// (rouge-score's `BootstrapAggregator` names). Values are F1 in [0, 1].
public struct ScoreInterval: Sendable, Equatable, Codable {
    public var low: Double
    public var mid: Double
    public var high: Double
    public init(low: Double, mid: Double, high: Double) { self.low = low; self.mid = mid; self.high = high }
}

/// One row of a results table: a system, its mean summary length, and per ROUGE key its interval
/// and the paired test against the best row for that key.
public struct ResultRow: Sendable, Equatable {
    /// Where the row came from.
    public enum Kind: String, Sendable, Codable {
        /// The extractive oracle: a ceiling, not a competitor (never "best", never tested).
        case oracle
        /// One of Parallax's methods.
        case ours
        /// Outputs read with `--include-outputs` (another tool's, or a saved run).
        case external
    }

    public var method: String
    public var kind: Kind
    /// Mean summary length in whitespace-separated words.
    public var words: Double
    /// Interval per ROUGE key, in the table's key order.
    public var scores: [ScoreInterval]
    /// Per key: the paired test's p-value against the best row; nil for the best row itself and
    /// for the oracle.
    public var pValues: [Double?]

    public init(method: String, kind: Kind, words: Double, scores: [ScoreInterval], pValues: [Double?]) {
        self.method = method; self.kind = kind; self.words = words; self.scores = scores; self.pValues = pValues
    }
}

/// A finished evaluation: everything a renderer needs.
public struct ResultsTable: Sendable, Equatable {
    public var dataset: String
    /// Records scored.
    public var documents: Int
    /// Records the loader skipped, with the reason.
    public var skipped: [DatasetIssue]
    /// ROUGE keys in column order (`rouge1`, `rouge2`, `rougeL`, `rougeLsum`).
    public var keys: [String]
    /// Rows: the oracle first, then by the first key's mid score, highest first (ties by name).
    public var rows: [ResultRow]
    public var metadata: RunMetadata
    /// Observations a reader needs (checks that failed, why a row is odd). Rendered under the table.
    public var notes: [String]
    /// Significance threshold for the marks.
    public var alpha: Double

    public init(dataset: String, documents: Int, skipped: [DatasetIssue] = [], keys: [String], rows: [ResultRow],
                metadata: RunMetadata, notes: [String] = [], alpha: Double = 0.05) {
        self.dataset = dataset; self.documents = documents; self.skipped = skipped; self.keys = keys
        self.rows = rows; self.metadata = metadata; self.notes = notes; self.alpha = alpha
    }

    /// The index of the best non-oracle row for key `k` (highest mid; first in row order on ties).
    public func bestRow(forKey k: Int) -> Int? {
        var best: Int? = nil
        for (i, r) in rows.enumerated() where r.kind != .oracle {
            if best == nil || r.scores[k].mid > rows[best!].scores[k].mid { best = i }
        }
        return best
    }

    /// Sorts rows into the table's order: oracle first, then by the first key's mid, descending,
    /// ties broken by method name.
    public static func ordered(_ rows: [ResultRow]) -> [ResultRow] {
        rows.sorted { a, b in
            if (a.kind == .oracle) != (b.kind == .oracle) { return a.kind == .oracle }
            let x = a.scores.first?.mid ?? 0, y = b.scores.first?.mid ?? 0
            if x != y { return x > y }
            return a.method < b.method
        }
    }
}

/// How a run was made, printed with every table so it can be repeated.
public struct RunMetadata: Sendable, Equatable, Codable {
    /// The command line, as typed (arguments shell-quoted where needed).
    public var command: String
    /// The repository commit (`git rev-parse --short HEAD`, `-dirty` when there were changes), or "unknown".
    public var commit: String
    /// Models used: `name vN` for each `Models/**/MANIFEST.json`.
    public var models: [String]
    /// The scorer and its settings ("rouge-score mode, Porter stemming, …").
    public var scorer: String
    /// Summary length ("3 sentences", "100 words").
    public var length: String
    public var seed: UInt64
    /// `YYYY-MM-DD` (UTC); from `SOURCE_DATE_EPOCH` when set, so reruns can be byte-identical.
    public var date: String
    /// The folders of outputs scored beside ours (`--include-outputs`), as given.
    public var includedOutputs: [String] = []

    public init(command: String, commit: String, models: [String], scorer: String, length: String, seed: UInt64, date: String) {
        self.command = command; self.commit = commit; self.models = models; self.scorer = scorer
        self.length = length; self.seed = seed; self.date = date
    }
}
