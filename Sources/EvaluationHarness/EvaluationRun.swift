import FoundationEssentials
import Summarization
import TextProcessing

/// Everything one `parallax evaluate` run needs, from dataset to written results.
public struct EvaluationRequest: Sendable {
    /// A manifest name, a manifest path, or a JSONL path.
    public var dataset: String
    public var dataDirectory: URL?
    public var systems: [any EvaluationSystem]
    public var length: SummaryLength
    public var seed: UInt64 = 0
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Stop at the first bad record instead of reporting and skipping it.
    public var strict = false
    /// Where `<dataset>/<method>.jsonl` go; nil writes none.
    public var outputsDirectory: URL?
    /// Stop after writing the outputs.
    public var outputsOnly = false
    /// Folders of saved outputs (`*.jsonl`) to score beside ours, as "peer" rows.
    public var includeOutputs: [URL] = []
    public var oracle = true
    /// Where `<dataset>.md`, `.svg` and `.json` go; nil writes none.
    public var resultsDirectory: URL?
    /// Sentences appended to the table's notes (a reader's explanation of what the numbers show).
    public var notes: [String] = []
    public var metadata: RunMetadata

    public init(dataset: String, dataDirectory: URL? = nil, systems: [any EvaluationSystem], length: SummaryLength, metadata: RunMetadata) {
        self.dataset = dataset; self.dataDirectory = dataDirectory; self.systems = systems; self.length = length; self.metadata = metadata
    }
}

/// The library side of `parallax evaluate`.
public enum EvaluationRun {
    /// Loads the dataset named in `request`, reporting skipped records through `warn`.
    public static func load(_ request: EvaluationRequest, searchRoots: [URL]? = nil) throws -> LoadedDataset {
        let resolved = try DatasetLocator(dataDirectory: request.dataDirectory, searchRoots: searchRoots).resolve(request.dataset)
        var loaded = try DatasetLoader(fields: resolved.manifest?.fields, strict: request.strict)
            .load(resolved.dataURL, name: resolved.name, manifest: resolved.manifest)
        loaded.manifestURL = resolved.manifestURL
        return loaded
    }

    /// Runs the whole evaluation: prepare, produce (and write) outputs, read included outputs,
    /// oracle, score, and write `<resultsDirectory>/<dataset>.{md,svg,json}` atomically.
    /// - Returns: the table, or nil with `outputsOnly`.
    /// - Parameter warn: receives one line per record left out during preparation (HTML that
    ///   could not be extracted).
    public static func run(_ request: EvaluationRequest, dataset: LoadedDataset, scorer: any SummaryScoring,
                           progress: ProgressReporter, extractHTML: @escaping @Sendable (String) throws -> Article,
                           warn: (String) -> Void = { _ in }) throws -> ResultsTable? {
        var metadata = request.metadata
        metadata.scorer = scorer.settings
        let evaluator = Evaluator(scorer: scorer, length: request.length, seed: request.seed, jobs: request.jobs, progress: progress)
        let (records, unusable) = try evaluator.prepare(dataset, strict: request.strict, extractHTML: extractHTML)
        let skipped = dataset.issues + unusable
        for issue in unusable { warn("warning: \(issue) (skipped)") }
        progress.plan(phases: request.systems.count + (request.outputsOnly ? 0 : (request.oracle ? 2 : 1)))
        let outDir = request.outputsDirectory?.appendingPathComponent(dataset.name)
        let ours = try evaluator.produce(records, systems: request.systems, outputsDirectory: outDir)
        if request.outputsOnly { return nil }
        var entries: [Evaluator.Entry] = []
        // Included outputs first, so a name clash is caught before the long scoring phase.
        var names = Set(ours.map(\.name))
        if request.oracle { names.insert("oracle") }
        for dir in request.includeOutputs {
            for o in try SystemOutputs.readDirectory(dir) {
                guard !names.contains(o.name) else {
                    throw EvaluationError.invalidOutputs(file: dir.appendingPathComponent("\(o.name).jsonl").path,
                                                         reason: "a row named '\(o.name)' is already in the table; rename the file")
                }
                try o.checkCovers(records.map(\.id), file: dir.appendingPathComponent("\(o.name).jsonl").path)
                names.insert(o.name)
                entries.append(.init(o, kind: .external))
            }
        }
        entries = ours.map { .init($0, kind: .ours) } + entries
        if request.oracle { entries.insert(.init(try evaluator.oracle(records), kind: .oracle), at: 0) }
        var table = try evaluator.score(records, entries: entries, dataset: dataset.name, skipped: skipped, metadata: metadata)
        table.notes += request.notes
        if let dir = request.resultsDirectory {
            try AtomicFile.write(table.svgChart(), to: dir.appendingPathComponent("\(dataset.name).svg"))
            try AtomicFile.write(table.json(), to: dir.appendingPathComponent("\(dataset.name).json"))
            try AtomicFile.write(table.markdown(chart: "\(dataset.name).svg"), to: dir.appendingPathComponent("\(dataset.name).md"))
        }
        return table
    }

    /// Writes `peerInputs` of the prepared dataset to `url` atomically; returns the record count.
    @discardableResult
    public static func exportPeerInputs(_ dataset: LoadedDataset, jobs: Int, to url: URL,
                                        extractHTML: @escaping @Sendable (String) throws -> Article) throws -> Int {
        let (records, _) = try Evaluator.prepare(dataset, jobs: jobs, extractHTML: extractHTML)
        try AtomicFile.write(peerInputs(records), to: url)
        return records.count
    }

    /// The dataset as the peers' script reads it: `{"id", "article", "reference"}` per usable
    /// record, in order; a multi-document record's sources joined by blank lines; the first
    /// reference with its sentences on separate lines.
    public static func peerInputs(_ records: [PreparedRecord]) -> String {
        var out = ""
        for r in records {
            let line = JSONValue.object([("id", .string(r.id)), ("article", .string(r.joined.body)),
                                         ("reference", .string((r.references.first ?? []).joined(separator: "\n")))])
            out += line.foundationSerialized() + "\n"
        }
        return out
    }

    /// Today's date (UTC) as `YYYY-MM-DD`, or the date of `SOURCE_DATE_EPOCH` when set (the
    /// reproducible-builds convention), so reruns can produce byte-identical results files.
    public static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
        return utcDate(secondsSince1970: seconds)
    }

    /// The UTC calendar date of an instant as `DateFormatter` (ICU) wrote it with
    /// `"yyyy-MM-dd"`, which the results files used before: the Gregorian calendar from
    /// 1582-10-15 and the Julian one before it (ICU's default cut-over), the year of the era
    /// (1 BC is `0001`) in at least four digits, and `""` for instants outside ICU's range
    /// (about ±5.8 million years) or not finite. Checked against `DateFormatter` on both sides
    /// of the cut-over, of year 1 and of the range's ends.
    static func utcDate(secondsSince1970 seconds: Double) -> String {
        // ICU's MIN_MILLIS and MAX_MILLIS.
        guard seconds.isFinite, seconds * 1000 >= -184_303_902_528_000_000, seconds * 1000 <= 183_882_168_921_600_000 else { return "" }
        func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
        func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
        // Julian day number (Richards' algorithm, as in Meeus): 1970-01-01 is day 2,440,588.
        let jdn = floorDiv(Int(seconds.rounded(.down)), 86_400) + 2_440_588
        var f = jdn + 1401
        if jdn >= 2_299_161 { f += floorDiv(floorDiv(4 * jdn + 274_277, 146_097) * 3, 4) - 38 }  // Gregorian
        let e = 4 * f + 3
        let h = 5 * floorDiv(floorMod(e, 1461), 4) + 2
        let day = floorDiv(floorMod(h, 153), 5) + 1
        let month = floorMod(floorDiv(h, 153) + 2, 12) + 1
        let year = floorDiv(e, 1461) - 4716 + floorDiv(14 - month, 12)
        func padded(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year > 0 ? year : 1 - year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
