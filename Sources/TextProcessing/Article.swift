/// An article as Parallax reads it: an optional title and the body's paragraphs, in order.
///
/// Both front ends produce one: `BoilerplateRemover` for scraped plain text and
/// `HTMLExtraction.ArticleExtractor` for web pages. Every later stage (segmentation,
/// summarization, comparison) starts from an `Article`.
public struct Article: Sendable, Equatable {
    /// The headline, when the source had one (HTML `<h1>`/`og:title`, or a plain-text title line).
    public var title: String?
    /// The body's paragraphs, in reading order, each trimmed and non-empty.
    public var paragraphs: [String]

    public init(title: String? = nil, paragraphs: [String]) {
        self.title = title
        self.paragraphs = paragraphs
    }

    /// The body: paragraphs joined by one blank line. Sentence ranges index into this string.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}
