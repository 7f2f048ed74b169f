import ArgumentParser
import FoundationEssentials
import Parallax

/// `parallax extract FILE|-`: the article Parallax finds in a page, before any analysis.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article found in a scraped page or HTML file: title, then paragraphs.",
        discussion: """
        This is the stage to check when a summary looks wrong: it shows exactly the text every \
        other command starts from. Plain text goes through the boilerplate remover (navigation, \
        captions, bylines, share prompts and trailing teasers are dropped; datelines stay). \
        Files ending in .html or .htm, and input that starts with '<', go through the HTML extractor.

        Examples:
          parallax extract Examples/harbor-bridge-scraped.txt
          parallax extract --body-only page.txt          paragraphs only, no title
          curl -s https://example.com/story | parallax extract -
          parallax extract --format json page.txt        with character ranges

        Invalid UTF-8 in plain text is decoded with U+FFFD in place of bad bytes and a warning \
        on stderr; an HTML page is decoded by its declared charset (<meta charset>), or as \
        ISO-8859-1 when it is not UTF-8 and declares none. Inputs over 20 MB are refused unless \
        --max-input-mb raises the limit.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The page as plain text or HTML, or '-' for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Print the body's paragraphs without the title.")
    var bodyOnly = false

    @Option(help: "Output format: text for people, json for programs.")
    var format: Format = .text

    @OptionGroup var input: InputOptions

    func run() throws {
        try ModelStore.requireTextModels()
        let text = try input.read(file)
        let article = try ArticleLoader.article(from: text)
        switch format {
        case .text:
            var blocks: [String] = []
            if !bodyOnly, let title = article.title { blocks.append(title) }
            blocks.append(contentsOf: article.paragraphs)
            print(blocks.joined(separator: "\n\n"))
        case .json:
            let splitter = SentenceSplitter(abbreviations: try AbbreviationList.loadEnglish())
            print(try ExtractJSON(article: article, source: text.name, includeTitle: !bodyOnly, splitter: splitter).encoded())
        }
    }
}

/// The `--format json` document of `extract`.
struct ExtractJSON: Encodable {
    struct Paragraph: Encodable {
        var text: String
        var range: [Int]
        /// Null for HTML input: its paragraphs are not substrings of the page.
        var sourceRange: [Int]?

        enum CodingKeys: String, CodingKey { case text, range, sourceRange }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(range, forKey: .range)
            try c.encode(sourceRange, forKey: .sourceRange)
        }
    }
    struct SentenceJSON: Encodable {
        var text: String
        var range: [Int]
        var paragraph: Int
    }
    var source: String
    var rangeUnit = "unicode-scalars"
    var title: String?
    var titleSourceRange: [Int]?
    var paragraphs: [Paragraph]
    var sentences: [SentenceJSON]

    init(article: Article, source: String, includeTitle: Bool, splitter: SentenceSplitter) {
        self.source = source
        title = includeTitle ? article.title : nil
        titleSourceRange = includeTitle ? article.titleSourceRange.map { [$0.lowerBound, $0.upperBound] } : nil
        let bodyRanges = article.paragraphBodyRanges
        paragraphs = article.paragraphs.indices.map { i in
            Paragraph(text: article.paragraphs[i], range: [bodyRanges[i].lowerBound, bodyRanges[i].upperBound],
                      sourceRange: article.paragraphSourceRanges.map { [$0[i].lowerBound, $0[i].upperBound] })
        }
        sentences = splitter.sentences(in: article.body).map {
            SentenceJSON(text: $0.text, range: [$0.range.lowerBound, $0.range.upperBound], paragraph: $0.paragraph)
        }
    }

    func encoded() throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(self), as: UTF8.self)
    }

    enum CodingKeys: String, CodingKey {
        case source, rangeUnit, title, titleSourceRange, paragraphs, sentences
    }

    func encode(to encoder: Encoder) throws {
        // Explicit nulls, so every key is always present for consumers.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(rangeUnit, forKey: .rangeUnit)
        try c.encode(title, forKey: .title)
        try c.encode(titleSourceRange, forKey: .titleSourceRange)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(sentences, forKey: .sentences)
    }
}
