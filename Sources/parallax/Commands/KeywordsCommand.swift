import ArgumentParser
import FoundationEssentials
import Parallax

/// `parallax keywords`: TextRank key phrases of an article.
struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "List an article's key phrases (TextRank), best first, with scores.",
        discussion: """
        Words are ranked by TextRank over their co-occurrence graph (Mihalcea & Tarau 2004); \
        adjacent top words join into phrases. Each line is the score, a tab, and the phrase.

        Examples:
          parallax keywords article.txt
          parallax keywords --count 5 --format json article.html
        """
    )

    @Argument(help: ArgumentHelp("Article file (.txt, .html), or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("How many phrases (default 10).", valueName: "n"))
    var count: Int = 10

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: KeywordsFormat = .text

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1 (got \(count))") }
    }

    func run() throws {
        try ModelStore.requireTextModels()
        let article = try ArticleLoader.article(from: input.read(file))
        let phrases = KeyphraseExtractor(maxPhrases: count).keyphrases(in: article.body)
        switch format {
        case .text:
            for p in phrases { print(String(cFormat: "%.4f", p.score) + "\t" + p.text) }
        case .json:
            print(Keyphrase.json(phrases))
        }
    }
}

enum KeywordsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
