import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Parallax

extension ROUGETokenizerMode: ExpressibleByArgument {}
extension ROUGEReport.Format: ExpressibleByArgument {}
extension ROUGEScorer.MultiReference: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "a", "average": self = .average
        case "b", "best": self = .best
        default: return nil
        }
    }
}
extension PairedSignificance.Method: ExpressibleByArgument {}

/// `parallax rouge`: ROUGE scores that match rouge-score 0.1.2 (or ROUGE-1.5.5), fast.
struct RougeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "Score predicted summaries against references with ROUGE (rouge-score / ROUGE-1.5.5 exact).",
        discussion: """
        Inputs (each may be '-' for standard input):
          - text files, one summary a line, matched line by line;
          - JSONL, one {"id": …, "summary" | "prediction" | "reference": "…"}
            or {"id": …, "references": ["…", …]} a line, matched by id;
          - directories of one file per document (pyrouge layout): prediction
            ID.txt goes with reference ID.txt, or ID.A.txt, ID.B.txt, …
        A newline inside a summary separates sentences (rougeLsum). Repeat
        --references for several references per document.

        --mode rouge-score (default) reproduces rouge-score 0.1.2: its rougeL
        is one LCS over the whole text, and --stem uses NLTK's Porter variant.
        --mode rouge155 reproduces ROUGE-1.5.5.pl: its tokenizer and stemmer,
        ROUGE-L at summary level over lines, -f A, and each document's scores
        rounded to five decimals. docs/rouge.md lists every known difference.

        Metrics: rouge1 … rouge9, rougeL, rougeLsum, rougeW (w = 1.2;
        rougeW-1.5 for another weight), rougeS4 and rougeSU4 (any skip
        distance), rougeS* and rougeSU*.

        Examples:
          parallax rouge --references refs.txt --predictions sys.txt
          parallax rouge -r refs.jsonl -p sys.jsonl --stem \\
              --per-document --format jsonl
          parallax rouge -r models/ -p peers/ --mode rouge155 --stem \\
              --metrics rouge1,rouge2,rougeL,rougeSU4
          parallax rouge -r refs.txt --compare lead3.txt textrank.txt --stem
        """
    )

    @Option(name: [.customShort("r"), .long], help: "Reference summaries (file, directory or '-'); repeat for several references.")
    var references: [String] = []

    @Option(name: [.customShort("p"), .long], help: "Predicted summaries (file, directory or '-').")
    var predictions: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Two prediction inputs to compare with a paired significance test.", valueName: "A B"))
    var compare: [String] = []

    @Option(help: "Comma-separated metrics.")
    var metrics = "rouge1,rouge2,rougeL,rougeLsum"

    @Flag(help: "Porter-stem tokens longer than three characters (ROUGE-1.5.5 -m).")
    var stem = false

    @Option(help: "Tokenizer and scoring conventions: rouge-score or rouge155.")
    var mode: ROUGETokenizerMode = .rougeScore

    @Flag(name: .customLong("per-document"), help: "Print each document's scores instead of the aggregate.")
    var perDocument = false

    @Option(help: "Output format: table, json, jsonl (one line per document) or csv.")
    var format: ROUGEReport.Format = .table

    @Option(name: [.customShort("o"), .long], help: "Write to this file (only if the run succeeds) instead of standard output.")
    var output: String?

    @Option(name: .customLong("stop-words"), help: "A file of stop words, one a line, removed before scoring (ROUGE-1.5.5 -s with your list).")
    var stopWords: String?

    @Option(name: .customLong("stem-exceptions"), help: "rouge155 mode: 'word replacement' lines consulted before stemming (e.g. WordNet's *.exc files, as ROUGE-1.5.5 does).")
    var stemExceptions: String?

    @Option(name: .customLong("max-words"), help: "Keep only the first N words of each summary (ROUGE-1.5.5 -l).")
    var maxWords: Int?

    @Option(name: .customLong("max-bytes"), help: "Keep only the first N bytes of each summary (ROUGE-1.5.5 -b).")
    var maxBytes: Int?

    @Option(help: "Weight of recall in F, between 0 and 1 (ROUGE-1.5.5 -p).")
    var alpha = 0.5

    @Option(name: .customLong("multi-reference"), help: "Several references: A/average (add counts) or B/best (default: best for rouge-score, A for rouge155).")
    var multiReference: ROUGEScorer.MultiReference?

    @Flag(help: "With two or more references, average over every leave-one-out subset.")
    var jackknife = false

    @Option(help: "Bootstrap resamples for the confidence interval (0: none).")
    var bootstrap = 1000

    @Option(help: "Confidence level of the interval.")
    var confidence = 0.95

    @Option(help: "Seed for bootstrap and significance tests.")
    var seed: UInt64 = 0

    @Option(help: "Significance test for --compare: randomization or bootstrap.")
    var test: PairedSignificance.Method = .randomization

    @Option(help: "Trials of the significance test.")
    var trials = 10_000

    @Option(help: "Worker threads (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if references.isEmpty { throw ValidationError("give the reference summaries with --references") }
        if compare.isEmpty && predictions == nil { throw ValidationError("give the predictions with --predictions, or two systems with --compare A B") }
        if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes exactly two prediction inputs, got \(compare.count)") }
        if !compare.isEmpty && predictions != nil { throw ValidationError("use either --predictions or --compare, not both") }
        if maxWords != nil && maxBytes != nil { throw ValidationError("give a length limit in words or in bytes, not both") }
        if let n = maxWords ?? maxBytes, n <= 0 { throw ValidationError("the length limit must be positive") }
        if !(0...1).contains(alpha) { throw ValidationError("--alpha must be between 0 and 1") }
        if bootstrap < 0 { throw ValidationError("--bootstrap must be 0 or more") }
        if !(0 < confidence && confidence < 1) { throw ValidationError("--confidence must be between 0 and 1") }
        if trials <= 0 { throw ValidationError("--trials must be positive") }
        if threads <= 0 { throw ValidationError("--threads must be positive") }
        if stemExceptions != nil && mode != .rouge155 { throw ValidationError("--stem-exceptions applies to --mode rouge155 only") }
        if [references, compare, [predictions ?? ""]].joined().filter({ $0 == "-" }).count > 1 {
            throw ValidationError("only one input can be read from standard input")
        }
    }

    func run() throws {
        do {
            try runChecked()
        } catch let error as ScoringError {
            printToStderr("Error: \(error)")  // as ArgumentParser prints every other error
            throw ExitCode.failure
        }
    }

    private func runChecked() throws {
        var options = ROUGEScorer.Options(mode: mode, stem: stem)
        options.alpha = alpha
        options.multiReference = multiReference
        options.jackknife = jackknife
        if let n = maxWords { options.lengthLimit = .words(n) }
        if let n = maxBytes { options.lengthLimit = .bytes(n) }
        if let path = stopWords { options.stopWords = Set(try Self.wordLines(path)) }
        if let path = stemExceptions {
            var table: [String: String] = [:]
            for line in try Self.wordLines(path) {
                let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                // As ROUGE-1.5.5's database builder: the last line for a word wins.
                if parts.count >= 2 { table[String(parts[0])] = String(parts[1]) }
            }
            options.stemExceptions = table
        }
        let scorer = try ROUGEScorer(metrics: try ROUGEMetric.list(metrics), options: options)
        let report = ROUGEReport(options: options)
        let inputs = try ROUGEInput.read(all: references + (compare.isEmpty ? [predictions!] : compare))
        let refs = Array(inputs.prefix(references.count))
        for warning in inputs.flatMap(\.warnings) {
            printToStderr("warning: \(warning)")
        }

        let text: String
        if compare.isEmpty {
            let pairs = try ROUGEInput.pairs(references: refs, predictions: inputs[references.count])
            let scores = scorer.score(pairs, threads: threads)
            let ids = pairs.map(\.id)
            if perDocument || format == .jsonl {
                switch format {
                case .table: text = report.perDocumentTable(ids: ids, scores: scores)
                case .csv: text = report.perDocumentCSV(ids: ids, scores: scores)
                case .json: text = report.perDocumentJSON(ids: ids, scores: scores)
                case .jsonl: text = report.perDocumentJSONL(ids: ids, scores: scores)
                }
            } else {
                let aggregator = BootstrapAggregator(samples: bootstrap, confidence: confidence, seed: seed)
                let intervals = aggregator.aggregate(scores)
                switch format {
                case .table: text = report.aggregateTable(intervals, documents: scores.count, bootstrap: aggregator)
                case .json, .jsonl: text = report.aggregateJSON(intervals, documents: scores.count, bootstrap: aggregator)
                case .csv: text = report.aggregateCSV(intervals)
                }
            }
        } else {
            let a = inputs[references.count], b = inputs[references.count + 1]
            let pairsA = try ROUGEInput.pairs(references: refs, predictions: a)
            let pairsB = try ROUGEInput.pairs(references: refs, predictions: b)
            let sa = scorer.score(pairsA, threads: threads)
            // Put B's documents in A's order (they are matched to the same references).
            var indexB: [String: Int] = [:]
            for (k, p) in pairsB.enumerated() { indexB[p.id] = k }
            let sbAll = scorer.score(pairsB, threads: threads)
            guard pairsA.count == pairsB.count, pairsA.allSatisfy({ indexB[$0.id] != nil }) else {
                throw ScoringError.idMismatch(references: a.name, predictions: b.name,
                    onlyInReferences: pairsA.map(\.id).filter { indexB[$0] == nil },
                    onlyInPredictions: pairsB.map(\.id).filter { id in !pairsA.contains { $0.id == id } })
            }
            let sb = pairsA.map { sbAll[indexB[$0.id]!] }
            let tester = PairedSignificance(method: test, trials: trials, seed: seed)
            var rows: [ROUGEReport.Comparison] = []
            for (k, metric) in scorer.metrics.enumerated() {
                for (name, key) in [("precision", \Score.precision), ("recall", \Score.recall), ("fmeasure", \Score.fmeasure)] {
                    let result = try tester.test(sa.map { $0.values[k][keyPath: key] }, sb.map { $0.values[k][keyPath: key] })
                    rows.append(.init(metric: metric, measure: name, result: result))
                }
            }
            switch format {
            case .table: text = report.comparisonTable(rows, a: a.name, b: b.name, documents: sa.count, test: tester)
            case .json, .jsonl: text = report.comparisonJSON(rows, a: a.name, b: b.name, documents: sa.count, test: tester)
            case .csv: text = report.comparisonCSV(rows)
            }
        }
        try Self.emit(text, to: output)
    }

    /// Non-empty lines of a small word-list file, trimmed.
    static func wordLines(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScoringError.cannotRead(path: "'\(path)'", reason: "no such file or not readable")
        }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Writes the finished text at once: to the output file through a temporary file renamed
    /// into place (so a failed run leaves no partial file), or to standard output.
    static func emit(_ text: String, to output: String?) throws {
        let data = Data(text.utf8)
        guard let output else {
            StandardStreams.writeOutput(text)
            return
        }
        let url = URL(fileURLWithPath: output)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        do {
            try data.write(to: temporary)
        } catch {
            throw ScoringError.cannotWrite(path: "'\(output)'", reason: "its directory is missing or not writable")
        }
        guard rename(temporary.path, output) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ScoringError.cannotWrite(path: "'\(output)'", reason: reason.lowercased())
        }
    }
}
