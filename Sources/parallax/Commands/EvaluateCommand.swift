import ArgumentParser
import FoundationEssentials
import Parallax

/// `parallax evaluate`: every method on a dataset, scored with ROUGE and bootstrap CIs, beside an
/// extractive oracle and (optionally) peers' outputs, in one table.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score summarization methods on a dataset with ROUGE, beside an oracle and peers.",
        discussion: """
        Summarizes every record of the dataset with each method, writes the summaries to <outputs-dir>/<dataset>/<method>.jsonl, adds the extractive oracle (greedy ROUGE-1+2 sentence selection: the ceiling for extraction), scores everything with ROUGE-1/2/L/Lsum (rouge-score semantics, Porter stemming) with bootstrap 95% confidence intervals, and marks which rows are significantly below each column's best (paired test, p < 0.05). Same inputs and seed give byte-identical outputs and tables.

        The table goes to stdout (--format) and, with an SVG chart and JSON, to Evaluation/results/<dataset>.{md,svg,json} (--results-dir, or --no-results). Progress goes to stderr: a bar on a terminal, plain lines otherwise.

        Datasets: bbc-dev, neus-val, allsides-dev (manifests in Evaluation/datasets/; data in ../shared/data or --data-dir), a manifest path, or a JSONL file of {"id", "article"|"html", "reference"|"references"} or {"id", "sources": [...], "reference"} records. A bad record is reported with its line and skipped; --strict stops instead.

        Examples:
          parallax evaluate --dataset bbc-dev
          parallax evaluate --dataset neus-val --methods lead,textrank --words 100
          parallax evaluate --dataset bbc-dev --format json --no-results
          scripts/peers bbc-dev
          parallax evaluate --dataset bbc-dev --include-outputs outputs/peers/bbc-dev
          parallax evaluate --dataset my.jsonl --outputs-only
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, csv, json }

    @Option(help: "A manifest name (bbc-dev, neus-val, allsides-dev), a manifest .json, or a .jsonl file.")
    var dataset: String

    @Option(help: ArgumentHelp("Comma-separated methods to run (\(ParallaxSystems.names.joined(separator: ", "))).", valueName: "list"))
    var methods: String = ParallaxSystems.defaultNames.joined(separator: ",")

    @Option(help: "Sentences per summary (default 3).")
    var sentences: Int?

    @Option(help: "Word budget per summary instead of a sentence count.")
    var words: Int?

    @Option(help: "Table format on stdout.")
    var format: Format = .markdown

    @Option(help: ArgumentHelp("Folder the manifests' data paths are relative to (default ../shared/data beside the project).", valueName: "dir"))
    var dataDir: String?

    @Option(help: ArgumentHelp("Where per-method summaries go, as <dir>/<dataset>/<method>.jsonl.", valueName: "dir"))
    var outputsDir: String = "outputs"

    @Flag(help: "Write the summaries and stop (score later with --include-outputs or parallax rouge).")
    var outputsOnly = false

    @Option(help: ArgumentHelp("A folder of <system>.jsonl outputs ({\"id\",\"summary\"}) to score beside ours; repeatable.", valueName: "dir"))
    var includeOutputs: [String] = []

    @Option(help: ArgumentHelp("Where <dataset>.md/.svg/.json go (default: Evaluation/results of the project).", valueName: "dir"))
    var resultsDir: String?

    @Flag(help: "Print the table only; write no results files.")
    var noResults = false

    @Option(help: ArgumentHelp("A sentence to add under the table (why a row is where it is); repeatable.", valueName: "text"))
    var note: [String] = []

    @Option(help: ArgumentHelp("A text file of notes to add under the table, one per non-empty line.", valueName: "file"))
    var notes: String?

    @Flag(help: "Leave out the extractive oracle row.")
    var noOracle = false

    @Flag(help: "Stop at the first malformed record instead of reporting and skipping it.")
    var strict = false

    @Option(help: "Seed for the random method and the bootstrap.")
    var seed: UInt64 = 0

    @Option(help: "Threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "No progress on stderr.")
    var quiet = false

    @Option(help: ArgumentHelp("Write the dataset as {\"id\",\"article\",\"reference\"} JSONL for peer tools, and stop.", valueName: "file"))
    var exportInputs: String?

    func validate() throws {
        if sentences != nil && words != nil { throw ValidationError("--sentences and --words cannot be used together") }
        if let n = sentences, n < 1 { throw ValidationError("--sentences must be at least 1 (got \(n))") }
        if let n = words, n < 1 { throw ValidationError("--words must be at least 1 (got \(n))") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1 (got \(j))") }
        if outputsOnly && !includeOutputs.isEmpty { throw ValidationError("--outputs-only and --include-outputs cannot be used together") }
        let unknown = methodList.filter { !ParallaxSystems.names.contains($0) }
        if !unknown.isEmpty {
            throw ValidationError("unknown method '\(unknown[0])' (valid: \(ParallaxSystems.names.joined(separator: ", ")))")
        }
        if methodList.isEmpty && noOracle && includeOutputs.isEmpty && exportInputs == nil {
            throw ValidationError("nothing to evaluate: --methods is empty, --no-oracle is set and no --include-outputs")
        }
    }

    var methodList: [String] { methods.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } }

    func run() throws {
        try ModelStore.requireTextModels()
        let length: SummaryLength = words.map { .words($0) } ?? .sentences(sentences ?? 3)
        var request = EvaluationRequest(dataset: dataset, dataDirectory: dataDir.map { URL(fileURLWithPath: $0) },
                                        systems: try ParallaxSystems.systems(named: methodList), length: length,
                                        metadata: RunMetadata(command: Self.commandLine(), commit: "unknown", models: ModelInventory.list(),
                                                              scorer: "", length: length.description, seed: seed, date: EvaluationRun.date()))
        request.seed = seed
        if let jobs { request.jobs = jobs }
        request.strict = strict
        request.oracle = !noOracle
        request.outputsOnly = outputsOnly
        request.outputsDirectory = URL(fileURLWithPath: outputsDir)
        request.includeOutputs = includeOutputs.map { URL(fileURLWithPath: $0) }
        request.notes = note
        if let notes {
            guard let text = try? String(contentsOfFile: notes, encoding: .utf8) else {
                throw EvaluationError.io(path: notes, reason: "cannot read the notes file")
            }
            request.notes += text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        request.metadata.includedOutputs = includeOutputs
        let data = try EvaluationRun.load(request)
        for issue in data.issues.prefix(10) { warn("warning: \(issue) (skipped)") }
        if data.issues.count > 10 { warn("warning: \(data.issues.count - 10) more records skipped") }
        if let exportInputs {
            let n = try EvaluationRun.exportPeerInputs(data, jobs: request.jobs, to: URL(fileURLWithPath: exportInputs),
                                                       extractHTML: ParallaxSystems.extractHTML)
            warn("evaluate: wrote \(n) records to \(exportInputs)")
            return
        }
        // The project is the folder holding Evaluation/datasets/<name>.json.
        let project = data.manifestURL.map { $0.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
        request.metadata.commit = Self.gitCommit(in: project ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if !noResults {
            if let resultsDir { request.resultsDirectory = URL(fileURLWithPath: resultsDir) }
            else if let project { request.resultsDirectory = project.appendingPathComponent("Evaluation/results") }
        }
        let progress = ProgressReporter.standardError(quiet: quiet)
        AtomicFile.removePartialFilesOnInterrupt()
        guard let table = try EvaluationRun.run(request, dataset: data, scorer: try ROUGEScoring(), progress: progress,
                                                extractHTML: ParallaxSystems.extractHTML, warn: warn) else {
            warn("evaluate: outputs in \(request.outputsDirectory!.appendingPathComponent(data.name).path)")
            return
        }
        switch format {
        case .markdown: print(table.markdown(), terminator: "")
        case .csv: print(table.csv(), terminator: "")
        case .json: print(table.json(), terminator: "")
        }
        if let dir = request.resultsDirectory, !quiet { warn("evaluate: results in \(dir.appendingPathComponent(data.name).path).{md,svg,json}") }
    }

    private func warn(_ s: String) { printToStderr(s) }

    /// `parallax evaluate …` as typed, with arguments quoted where the shell would need it.
    static func commandLine() -> String {
        let args = CommandLine.arguments.dropFirst().map { a -> String in
            a.isEmpty || a.contains(where: { " \t\"'$`\\|&;<>()*?[]{}!#~".contains($0) }) ? "'" + a.replacingAll("'", with: "'\\''") + "'" : a
        }
        return (["parallax"] + args).joined(separator: " ")
    }

    /// The short commit of the checkout at `dir`, with `-dirty` when tracked files other than
    /// results and outputs differ from it; "unknown" outside a git checkout.
    static func gitCommit(in dir: URL) -> String {
        func git(_ args: [String]) -> String? {
            guard let data = captureOutput(of: ["git", "-C", dir.path] + args) else { return nil }
            return String(decoding: data, as: UTF8.self).trimmingWhitespaceAndNewlines()
        }
        guard let head = git(["rev-parse", "--short", "HEAD"]), !head.isEmpty else { return "unknown" }
        let dirty = git(["status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)Evaluation/results", ":(exclude)outputs"]) ?? ""
        return dirty.isEmpty ? head : head + "-dirty"
    }
}
