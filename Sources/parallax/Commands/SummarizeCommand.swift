import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Parallax

/// `parallax summarize`: extractive summary of one article, or of several versions of a story.
struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Summarize an article (or several versions of one story) in a few of its own sentences.",
        discussion: """
        Picks the most central sentences and prints them in the order they appear. Plain-text files \
        are cleaned of page boilerplate first; .html files (and input starting with '<') go through \
        the article extractor. Several files are summarized together as versions of one story: \
        near-duplicate sentences are merged and the summary avoids repeating itself.

        Examples:
          parallax summarize article.txt
          parallax summarize --sentences 5 --method lexrank article.html
          parallax summarize --words 60 --format json - < article.txt
          parallax summarize ap.txt reuters.txt bbc.html   (one summary of three versions)
          parallax summarize --explain article.txt         (every sentence's score and rank)
          parallax summarize --jsonl docs.jsonl --jobs 2 > summaries.jsonl

        Batch mode (--jsonl FILE or -): each input line is {"id": …, "text": "…"} (or "html", or \
        "sources": [ … ]); each output line is {"id": …, "summary": ["sentence", …]} in input \
        order. Record text is used as given (no boilerplate removal). A bad line gives \
        {"id": …, "line": N, "error": "…"} and the run continues; the exit status is 0 unless \
        the input cannot be opened.
        """
    )

    @Argument(help: ArgumentHelp("Article files (.txt, .html), or - for standard input.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Ranking method (centrality: position-aware centrality, the best on our dev sets).", valueName: "method"))
    var method: SummarizationMethod = .default

    @Option(help: ArgumentHelp("Number of sentences (default 3).", valueName: "n"))
    var sentences: Int?

    @Option(help: ArgumentHelp("At most this many words (the top sentence is always kept).", valueName: "n"))
    var words: Int?

    @Option(help: ArgumentHelp("This fraction of the sentences, in (0, 1].", valueName: "r"))
    var ratio: Double?

    @Option(help: ArgumentHelp("Output format: text, json or markdown.", valueName: "format"))
    var format: SummaryFormat = .text

    @Flag(help: "Also print every sentence's score and rank.")
    var explain = false

    @Option(help: ArgumentHelp("Summarize JSON Lines records from FILE (- for standard input).", valueName: "file"))
    var jsonl: String?

    @Option(help: ArgumentHelp("Worker threads for --jsonl (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Seed of the random method.", valueName: "n"))
    var seed: UInt64 = 0

    @Option(name: .customLong("redundancy-cap"),
            help: ArgumentHelp("Skip sentences whose cosine with a chosen one exceeds this (0–1; default 0.7 for several files, off for one).", valueName: "c"))
    var redundancyCap: Double?

    func validate() throws {
        let lengthFlags = [sentences != nil, words != nil, ratio != nil].filter { $0 }.count
        if lengthFlags > 1 { throw ValidationError("use only one of --sentences, --words and --ratio") }
        if let n = sentences, n < 1 { throw ValidationError("--sentences must be at least 1 (got \(n))") }
        if let n = words, n < 1 { throw ValidationError("--words must be at least 1 (got \(n))") }
        if let r = ratio, !(r > 0 && r <= 1) { throw ValidationError("--ratio must be in (0, 1] (got \(r))") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1 (got \(j))") }
        if let c = redundancyCap, !(0...1).contains(c) { throw ValidationError("--redundancy-cap must be in [0, 1] (got \(c))") }
        if jsonl != nil {
            if !files.isEmpty { throw ValidationError("--jsonl reads its own input; do not also name files") }
            if format != .text || explain { throw ValidationError("--jsonl writes JSON Lines; --format and --explain do not apply") }
        } else {
            if files.isEmpty { throw ValidationError("name at least one file, or - for standard input") }
            if jobs != nil { throw ValidationError("--jobs applies only to --jsonl") }
            if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        }
    }

    var length: SummaryLength {
        if let n = words { return .words(n) }
        if let r = ratio { return .ratio(r) }
        return .sentences(sentences ?? 3)
    }

    var redundancy: RedundancyControl? { redundancyCap.map { .similarityCap($0) } }

    func run() throws {
        try ModelStore.requireTextModels()
        if let jsonl { return try runBatch(jsonl) }
        let articles = try files.map { try ArticleLoader.article(from: input.read($0)) }
        let summary = try Summarization.summarize(articles, method: method, length: length, redundancy: redundancy, seed: seed)
        print(SummaryRenderer(summary: summary, sources: files, explain: explain).render(format), terminator: "")
    }

    private func runBatch(_ path: String) throws {
        BLASLibrary.setThreadCount(1)
        let input: UnsafeMutablePointer<FILE>
        if path == "-" { input = stdin } else {
            var isDir = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError.notFound(path) }
            guard !isDir else { throw InputError.isDirectory(path) }
            guard let f = fopen(path, "r") else { throw InputError.unreadable(path, reason: "permission denied") }
            input = f
        }
        defer { if input != stdin { fclose(input) } }
        let batch = try BatchSummarizer(method: method, length: length, redundancy: redundancy, seed: seed,
                                        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                        htmlReader: { try ArticleExtractor().extract(html: $0) })
        var linePointer: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(linePointer) }
        var out = [UInt8]()
        out.reserveCapacity(1 << 16)
        let stats = batch.run(nextLine: {
            let n = getline(&linePointer, &capacity, input)
            guard n >= 0, let p = linePointer else { return nil }
            // getline keeps the line's "\n" (only ever at its end).
            let length = n > 0 && p[n - 1] == 0x0A ? n - 1 : n
            return String(decoding: UnsafeRawBufferPointer(start: p, count: length), as: UTF8.self)
        }, emit: { line in
            var line = line
            line.withUTF8 { out.append(contentsOf: $0) }  // one copy (appending the UTF8View went byte by byte)
            out.append(0x0A)
            if out.count > 1 << 16 { fwrite(out, 1, out.count, stdout); out.removeAll(keepingCapacity: true) }
        })
        fwrite(out, 1, out.count, stdout)
        fflush(stdout)
        if stats.errors > 0 {
            printToStderr("summarize: \(stats.errors) of \(stats.records) records failed (see their \"error\" fields)")
        }
    }
}

/// Output formats of `summarize`.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

extension SummarizationMethod: ExpressibleByArgument {}
