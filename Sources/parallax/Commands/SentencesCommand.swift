import ArgumentParser
import Foundation
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

        Examples:
          parallax sentences notes.txt
          printf 'Gen. Lund left at 6 p.m. He took bus No. 12.' | parallax sentences -
            Gen. Lund left at 6 p.m.
            He took bus No. 12.
        """
    )

    @Argument(help: ArgumentHelp("A plain-text file, or '-' for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var input: InputOptions

    /// Batch mode for scripts/checks/segmentation: the file holds JSON objects, one a line, each
    /// with "id" and "text"; each output line is {"id": …, "sentences": […]}.
    @Flag(name: .customLong("jsonl"), help: .hidden)
    var jsonl = false

    func run() throws {
        let text = try input.read(file)
        // Loaded here, not through the silent `.english`, so a missing Models/ is a clear error.
        let splitter = SentenceSplitter(abbreviations: try AbbreviationList.loadEnglish())
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
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else {
                throw ValidationError("\(input.name):\(n + 1): expected a JSON object with a \"text\" string")
            }
            let sentences = splitter.split(TextNormalizer.displayForm(text)).map(SentenceSplitter.oneLine)
            let out: [String: Any] = ["id": object["id"] ?? n + 1, "sentences": sentences]
            let data = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
