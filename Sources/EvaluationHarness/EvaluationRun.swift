import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
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
        var t = time_t(seconds.rounded(.down)), parts = tm()
        gmtime_r(&t, &parts)
        let two = { (n: Int32) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }
}

