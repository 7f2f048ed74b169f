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

    /// Where the title came from in the front end's input (for plain text: Unicode-scalar offsets
    /// into its NFC form), when the front end can say; nil otherwise.
    public var titleSourceRange: Range<Int>?
    /// Where each paragraph came from in the front end's input, parallel to `paragraphs`, when
    /// the front end can say (plain text: Unicode-scalar offsets into its NFC form; a paragraph
    /// joined from hard-wrapped lines spans all of them); nil otherwise.
    public var paragraphSourceRanges: [Range<Int>]?

    public init(title: String? = nil, paragraphs: [String]) {
        self.title = title
        self.paragraphs = paragraphs
    }

    /// Each paragraph's range in `body`, in Unicode scalars (paragraphs are joined by two newlines).
    public var paragraphBodyRanges: [Range<Int>] {
        var out: [Range<Int>] = []
        var offset = 0
        for p in paragraphs {
            let n = p.unicodeScalars.count
            out.append(offset..<(offset + n))
            offset += n + 2
        }
        return out
    }

    /// The body: paragraphs joined by one blank line. Sentence ranges index into this string.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}
