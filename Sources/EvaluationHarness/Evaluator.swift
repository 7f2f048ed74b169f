import FoundationEssentials
import Summarization
import TextProcessing

/// Runs an evaluation: summarizes every record with every method, writes the outputs, adds the
/// extractive oracle and any saved outputs, scores all of them, and builds the results table.
///
/// Producing and scoring are separable: `produce` writes `outputs/<dataset>/<method>.jsonl` and
/// stops there (`--outputs-only`); `score` reads what it is given.
///
/// Determinism: documents are processed in parallel (`jobs` threads), but each result lands in
/// its record's slot, outputs are written in dataset order, bootstrap and tests are seeded, and
/// rows are sorted by score then name — so the same inputs and seed give byte-identical files.
public struct Evaluator: Sendable {
    public var scorer: any SummaryScoring
    public var length: SummaryLength
    public var seed: UInt64
    public var jobs: Int
    public var alpha: Double
    public var progress: ProgressReporter

    public init(scorer: any SummaryScoring, length: SummaryLength, seed: UInt64 = 0,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, alpha: Double = 0.05,
                progress: ProgressReporter = ProgressReporter(style: .silent)) {
        self.scorer = scorer; self.length = length; self.seed = seed; self.jobs = max(1, jobs)
        self.alpha = alpha; self.progress = progress
    }

    /// Prepares every record (HTML extraction, sentence splitting) in parallel. A record whose
    /// HTML cannot be extracted is an issue like a malformed line: reported and left out, or
    /// thrown as `EvaluationError.invalidRecord` when `strict`.
    public func prepare(_ dataset: LoadedDataset, strict: Bool = false,
                        extractHTML: @escaping @Sendable (String) throws -> Article) throws -> (records: [PreparedRecord], issues: [DatasetIssue]) {
        try Self.prepare(dataset, jobs: jobs, strict: strict, extractHTML: extractHTML)
    }

    /// `prepare(_:strict:extractHTML:)` on `jobs` threads, without an evaluator (the peers' export).
    public static func prepare(_ dataset: LoadedDataset, jobs: Int, strict: Bool = false,
                               extractHTML: @escaping @Sendable (String) throws -> Article) throws -> (records: [PreparedRecord], issues: [DatasetIssue]) {
        let prepared = try parallelMap(dataset.records.count, jobs: jobs) { i -> Result<PreparedRecord, EvaluationError> in
            let record = dataset.records[i]
            do { return .success(try PreparedRecord(record, extractHTML: extractHTML)) } catch {
                let failure = EvaluationError.invalidRecord(file: dataset.file, line: record.line, reason: "id '\(record.id)': \(error)")
                if strict { throw failure }
                return .failure(failure)
            }
        }
        var records: [PreparedRecord] = [], issues: [DatasetIssue] = []
        for p in prepared {
            switch p {
            case let .success(r): records.append(r)
            case let .failure(.invalidRecord(file, line, reason)): issues.append(DatasetIssue(file: file, line: line, reason: reason))
            case let .failure(e): throw e
            }
        }
        if records.isEmpty { throw EvaluationError.emptyDataset(file: dataset.file, skipped: dataset.issues.count + issues.count) }
        return (records, issues)
    }

    /// Summarizes every record with each system, writing `<outputsDirectory>/<name>.jsonl`
    /// atomically after each system when a directory is given.
    public func produce(_ records: [PreparedRecord], systems: [any EvaluationSystem], outputsDirectory: URL?) throws -> [SystemOutputs] {
        var all: [SystemOutputs] = []
        for system in systems {
            progress.begin(system.name, total: records.count)
            let summaries = try parallelMap(records.count, jobs: jobs) { i -> [String] in
                defer { progress.advance() }
                return try system.summarize(records[i], length: length, seed: seed)
            }
            progress.end()
            var byID: [String: [String]] = [:]
            for (r, s) in zip(records, summaries) { byID[r.id] = s }
            let outputs = SystemOutputs(name: system.name, summaries: byID)
            if let dir = outputsDirectory {
                try AtomicFile.write(outputs.jsonl(order: records.map(\.id)), to: dir.appendingPathComponent("\(system.name).jsonl"))
            }
            all.append(outputs)
        }
        return all
    }

    /// The oracle's summaries (see `ExtractiveOracle`).
    public func oracle(_ records: [PreparedRecord]) throws -> SystemOutputs {
        progress.begin("oracle", total: records.count)
        let oracle = ExtractiveOracle()
        let picks = try parallelMap(records.count, jobs: jobs) { i -> [String] in
            defer { progress.advance() }
            let r = records[i]
            let chosen = oracle.select(wordCounts: r.sentences.map(wordCount), length: length,
                                       objective: scorer.oracleObjective(sentences: r.sentences, references: r.references))
            return chosen.map { r.sentences[$0] }
        }
        progress.end()
        var byID: [String: [String]] = [:]
        for (r, s) in zip(records, picks) { byID[r.id] = s }
        return SystemOutputs(name: "oracle", summaries: byID)
    }

    /// One system to score, and what kind of row it becomes.
    public struct Entry: Sendable {
        public var outputs: SystemOutputs
        public var kind: ResultRow.Kind
        public init(_ outputs: SystemOutputs, kind: ResultRow.Kind) { self.outputs = outputs; self.kind = kind }
    }

    /// Scores every entry on `records`, and builds the table with significance against the best
    /// row per key and the sanity notes (oracle on top; best of ours against the best peer).
    /// - Throws: `EvaluationError.invalidOutputs` when an entry lacks a record's summary.
    public func score(_ records: [PreparedRecord], entries: [Entry], dataset: String, skipped: [DatasetIssue],
                      metadata: RunMetadata) throws -> ResultsTable {
        let ids = records.map(\.id)
        for e in entries { try e.outputs.checkCovers(ids, file: e.outputs.name) }
        var perDoc: [[DocumentScores]] = []   // [entry][doc]
        progress.begin("scoring", total: entries.count * records.count)
        for e in entries {
            perDoc.append(try parallelMap(records.count, jobs: jobs) { i -> DocumentScores in
                defer { progress.advance() }
                return scorer.score(candidate: e.outputs.summaries[records[i].id]!, references: records[i].references)
            })
        }
        progress.end()
        let keys = scorer.keys
        func column(_ e: Int, _ k: Int) -> [Double] { perDoc[e].map { $0.fmeasures[k] } }
        var rows: [ResultRow] = []
        for (e, entry) in entries.enumerated() {
            let words = ids.map { wordCount(entry.outputs.summaries[$0]!.joined(separator: " ")) }
            let mean = Double(words.reduce(0, +)) / Double(max(1, words.count))
            rows.append(ResultRow(method: entry.outputs.name, kind: entry.kind, words: mean,
                                  scores: scorer.aggregate(perDoc[e], seed: seed), pValues: Array(repeating: nil, count: keys.count)))
        }
        // Significance against the best non-oracle row, per key (rows still in entry order here).
        let draft = ResultsTable(dataset: dataset, documents: records.count, keys: keys, rows: rows, metadata: metadata)
        for k in keys.indices {
            guard let b = draft.bestRow(forKey: k) else { continue }
            for e in rows.indices where e != b && rows[e].kind != .oracle {
                rows[e].pValues[k] = scorer.pValue(column(b, k), column(e, k), seed: seed)
            }
        }
        let notes = sanityNotes(rows: rows, keys: keys, column: column)
        return ResultsTable(dataset: dataset, documents: records.count, skipped: skipped, keys: keys,
                            rows: ResultsTable.ordered(rows), metadata: metadata, notes: notes, alpha: alpha)
    }

    /// The notes under the table: whether the oracle tops every column, and how the best of our
    /// methods compares with the best peer on each of the first two keys (with the paired p).
    func sanityNotes(rows: [ResultRow], keys: [String], column: (Int, Int) -> [Double]) -> [String] {
        var notes: [String] = []
        if let o = rows.firstIndex(where: { $0.kind == .oracle }) {
            let beaten = keys.indices.filter { k in rows.indices.contains { $0 != o && rows[$0].scores[k].mid >= rows[o].scores[k].mid } }
            if beaten.isEmpty {
                notes.append("Sanity check passed: the oracle is above every other row in every column.")
            } else {
                notes.append("Sanity check FAILED: the oracle is not above every other row in \(beaten.map { displayName(keys[$0]) }.joined(separator: ", ")).")
            }
        }
        for k in keys.indices.prefix(2) {
            func best(_ kind: ResultRow.Kind) -> Int? {
                rows.indices.filter { rows[$0].kind == kind }.max { a, b in
                    rows[a].scores[k].mid != rows[b].scores[k].mid ? rows[a].scores[k].mid < rows[b].scores[k].mid : rows[a].method > rows[b].method
                }
            }
            guard let ours = best(.ours), let peer = best(.external) else { continue }
            let d = (rows[ours].scores[k].mid - rows[peer].scores[k].mid) * 100
            let p = scorer.pValue(column(ours, k), column(peer, k), seed: seed)
            let verdict = d > 0 ? (p < alpha ? "above, significantly" : "above, but not significantly") : (p < alpha ? "BELOW, significantly" : "below, not significantly")
            notes.append("\(displayName(keys[k])): our best (\(rows[ours].method), \(percent(rows[ours].scores[k].mid))) vs the best peer (\(rows[peer].method), \(percent(rows[peer].scores[k].mid))): \(d >= 0 ? "+" : "")\(fixed(d, 2)) points, p = \(pText(p)) — \(verdict).")
        }
        return notes
    }
}
