import ArgumentParser
import FoundationEssentials
import Parallax

/// `parallax sentences FILE|-`: the sentence splitter alone, one sentence a line.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split text into sentences and print exactly one sentence a line.",
        discussion: """
        Runs the sentence splitter on the text as given: no boilerplate removal, no HTML \
        extraction (use 'parallax extract' for that). Line breaks inside a sentence are printed \
        as spaces; a blank line in the input ends a paragraph, and no sentence crosses one.

        --clean first removes mark-up and layout debris, as Pragmatic Segmenter's default does: \
        HTML tags (a block tag becomes a line break), escaped tags, literal \\r\\n, dot leaders \
        with page numbers, runs of slashes, letters split one per line, a lone '.' on its own \
        line, back-quotes, and paragraphs that are only a page number. Only the printed text \
        changes: sentences keep their ranges in the original.

        Examples:
          parallax sentences notes.txt
          printf 'Gen. Lund left at 6 p.m. He took bus No. 12.' | parallax sentences -
            Gen. Lund left at 6 p.m.
            He took bus No. 12.
          printf 'Intro.....3\\n<p>The <em>end</em>.' | parallax sentences --clean -
            Intro
            The end.
        """
    )

    @Argument(help: ArgumentHelp("A plain-text file, or '-' for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Clean mark-up and layout debris from the printed sentences (see below).")
    var clean = false

    @OptionGroup var input: InputOptions

    /// Batch mode for scripts/checks/segmentation: the file holds JSON objects, one a line, each
    /// with "id" and "text"; each output line is {"id": …, "sentences": […]}.
    @Flag(name: .customLong("jsonl"), help: .hidden)
    var jsonl = false

    func run() throws {
        // Loaded here, not through the silent `.english`, so a missing Models/ is a clear error.
        let abbreviations = try AbbreviationList.loadEnglish()
        let text = try input.read(file)
        let splitter = SentenceSplitter(abbreviations: abbreviations,
                                        cleaner: clean ? SentenceCleaner() : nil)
        if jsonl {
            try runBatch(text, splitter)
            return
        }
        for s in splitter.sentences(in: TextNormalizer.displayForm(text.text)) {
            print(SentenceSplitter.oneLine(s.text))
        }
    }

    private func runBatch(_ input: InputText, _ splitter: SentenceSplitter) throws {
        for (n, line) in input.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let object = JSONValue.parseAsFoundation(line), object.objectMembers != nil,
                  let text = object["text"]?.stringValue else {
                throw ValidationError("\(input.name):\(n + 1): expected a JSON object with a \"text\" string")
            }
            let sentences = splitter.split(TextNormalizer.displayForm(text)).map(SentenceSplitter.oneLine)
            let out = JSONValue.object([("id", object["id"] ?? .int(n + 1)), ("sentences", .array(sentences.map(JSONValue.string)))])
            print(out.foundationSerialized())
        }
    }
}
