import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Parallax

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare outlets' versions of one story: shared facts, omissions, wording, framing.",
        discussion: """
        Aligns the sentences of up to 50 versions into facts (sentences of different outlets that \
        report the same thing), then shows what every outlet reports, what each leaves out or adds, \
        how each words the shared facts (word-level diffs: "detained" → "seized"), each outlet's \
        framing profile (attribution verbs, hedges, loaded words, sentiment, who is quoted, \
        entities), and a consensus summary in the least loaded wording. A single version gets its \
        framing profile, its loaded words and framing marks, and a summary: there is nothing to \
        align it with.

        Inputs are plain text (blank lines between paragraphs; a short first line without a full \
        stop is the headline) or HTML (.html/.htm). The outlet's name is the file name unless \
        given with --outlet NAME=PATH.

        Examples:
          parallax compare Examples/story/*.txt
          parallax compare --outlet Ledger=a.txt --outlet Courier=b.html \\
                           --stance Courier=right
          parallax compare a.txt b.txt --format html > report.html
          parallax compare --jsonl sets.jsonl          one JSON line per story set
        A story set is one JSON line:
          {"id","sources":[{"outlet","stance","title","text"|"html"}]}
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case terminal, markdown, json, html }

    @Argument(help: ArgumentHelp("Files with one version each.", valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("outlet"), help: ArgumentHelp("A version with its outlet's name (repeatable).", valueName: "NAME=PATH"))
    var outlets: [String] = []

    @Option(name: .customLong("stance"), help: ArgumentHelp("An outlet's stance label, shown in reports (repeatable).", valueName: "NAME=LABEL"))
    var stances: [String] = []

    @Option(name: .long, help: ArgumentHelp("Story sets as JSON lines; writes one JSON line per set.", valueName: "IN.jsonl"))
    var jsonl: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .terminal

    @Option(name: .long, help: ArgumentHelp("Terminal width for side-by-side columns (default: $COLUMNS or 100).", valueName: "N"))
    var width: Int?

    @Option(name: .long, help: ArgumentHelp("Your own valence/arousal lexicon (TSV word, valence[, arousal, …]; e.g. NRC-VAD).", valueName: "PATH"))
    var lexicon: String?

    @Option(name: .long, help: ArgumentHelp("The consensus summary stops once it holds at least N words.", valueName: "N"))
    var consensusWords: Int = 60

    @Flag(name: .long, help: "With JSON output, add each sentence's framing-model feature values (for calibration).")
    var framingFeatures = false

    func validate() throws {
        if jsonl != nil {
            guard files.isEmpty && outlets.isEmpty else { throw ValidationError("--jsonl cannot be combined with files or --outlet") }
        } else {
            let n = files.count + outlets.count
            guard n > 0 else { throw ValidationError("no versions to compare: give files, --outlet NAME=PATH or --jsonl IN.jsonl") }
            guard StoryComparer.versionLimit.contains(n) else { throw ValidationError(ComparisonError.versionCount(n).description) }
        }
        for o in outlets + stances where !o.contains("=") || o.hasPrefix("=") || o.hasSuffix("=") {
            throw ValidationError("expected NAME=VALUE, got '\(o)'")
        }
        guard consensusWords > 0 else { throw ValidationError("--consensus-words must be positive") }
        if let w = width, w < 40 { throw ValidationError("--width must be at least 40") }
        if framingFeatures && jsonl == nil && format != .json {
            throw ValidationError("--framing-features needs --format json or --jsonl")
        }
    }

    func run() throws {
        try ModelStore.requireTextModels()
        var comparer = try StoryComparer.bundled()
        comparer.consensusWords = consensusWords
        if let lexicon {
            guard FileManager.default.fileExists(atPath: lexicon) else { throw InputError.notFound(lexicon) }
            try comparer.lexicons.loadVAD(from: URL(fileURLWithPath: lexicon))
        }
        if let jsonl { return try runSets(jsonl, comparer) }
        let stanceOf = Dictionary(stances.map(split), uniquingKeysWith: { _, b in b })
        var versions: [OutletVersion] = []
        for f in files { versions.append(try load(path: f, name: Self.outletName(f), stance: stanceOf[Self.outletName(f)])) }
        for o in outlets {
            let (name, path) = split(o)
            versions.append(try load(path: path, name: name, stance: stanceOf[name]))
        }
        for name in stanceOf.keys.sorted() where !versions.contains(where: { $0.name == name }) {
            throw ValidationError("--stance names '\(name)', which is not an outlet (outlets: \(versions.map(\.name).joined(separator: ", ")))")
        }
        let result = try comparer.compare(versions)
        switch format {
        case .json: print(ComparisonReport.json(result, framingFeatures: framingFeatures).serialized())
        case .markdown: print(ComparisonReport.markdown(result), terminator: "")
        case .html: print(ComparisonReport.html(result), terminator: "")
        case .terminal:
            let tty = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            let cols = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
            print(ComparisonReport.terminal(result, width: cols, color: tty), terminator: "")
        }
    }

    private func split(_ s: String) -> (String, String) {
        let i = s.firstIndex(of: "=")!
        return (String(s[..<i]), String(s[s.index(after: i)...]))
    }

    /// "Examples/story/harbour-ledger.txt" → "harbour-ledger".
    static func outletName(_ path: String) -> String {
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return base.isEmpty ? path : base
    }

    private func load(path: String, name: String, stance: String?) throws -> OutletVersion {
        let input = try InputReader().read(path)
        for w in input.warnings { printToStderr(w) }
        if input.isHTML {
            return OutletVersion(name: name, stance: stance, article: try Self.article(html: input.text, source: path))
        }
        return OutletVersion(name: name, stance: stance, plainText: input.text)
    }

    static func article(html: String, source: String) throws -> Article {
        do { return try ArticleExtractor().extract(html: html) } catch {
            throw CompareInputError("'\(source)': \(error)")
        }
    }

    private func runSets(_ path: String, _ comparer: StoryComparer) throws {
        let input = try InputReader(limit: 1024 * 1024 * 1024).read(path)
        let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
        var failed = 0
        for (n, line) in lines.enumerated() where !line.trimmingWhitespace().isEmpty {
            let at = "\(input.name):\(n + 1)"
            guard let obj = JSONValue.parseAsFoundation(line), obj.objectMembers != nil,
                  let sources = obj["sources"]?.arrayItems, sources.allSatisfy({ $0.objectMembers != nil }) else {
                throw CompareInputError("\(at): expected a JSON object with a \"sources\" array")
            }
            var versions: [OutletVersion] = []
            for (k, s) in sources.enumerated() {
                let name = s["outlet"]?.stringValue ?? "source \(k + 1)"
                let stance = s["stance"]?.stringValue
                var article: Article
                if let text = s["text"]?.stringValue {
                    article = Article(title: nil, paragraphs: text.components(separatedBy: "\n\n")
                        .map { $0.trimmingWhitespaceAndNewlines() }.filter { !$0.isEmpty })
                } else if let html = s["html"]?.stringValue {
                    article = try Self.article(html: html, source: "\(at) source \(k + 1)")
                } else {
                    throw CompareInputError("\(at): source \(k + 1) has neither \"text\" nor \"html\"")
                }
                if let t = s["title"]?.stringValue, !t.isEmpty { article.title = t }
                versions.append(OutletVersion(name: name, stance: stance, article: article))
            }
            let id: JSONValue = obj["id"]?.stringValue.map(JSONValue.string) ?? obj["id"]?.foundationInt.map(JSONValue.int) ?? .null
            let result: StoryComparison
            do { result = try comparer.compare(versions) } catch let e as ComparisonError {
                // One bad set does not stop the others: an error line in its place, a message on
                // stderr, and exit status 1 at the end.
                printToStderr("Error: \(at): \(e)")
                print(JSONValue.object([("id", id), ("error", .string("\(e)"))]).serialized())
                failed += 1
                continue
            }
            var json = ComparisonReport.json(result, framingFeatures: framingFeatures)
            if case let .object(fields) = json { json = .object([("id", id)] + fields) }
            print(json.serialized())
        }
        if failed > 0 { throw ExitCode.failure }
    }
}

/// A problem with the input found while running (a file, a line of a story set): reported as
/// `Error: <message>` without the usage text, exit status 1.
struct CompareInputError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
