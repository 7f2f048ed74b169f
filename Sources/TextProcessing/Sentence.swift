/// One sentence of a segmented text, with where it stands in that text.
public struct Sentence: Sendable, Hashable {
    /// The sentence exactly as it appears in the text that was split (original characters kept);
    /// in clean mode (`SentenceSplitter.cleaner`) the cleaned text, white space collapsed.
    public var text: String
    /// Its place in the text that was split (the original, also in clean mode), as offsets in
    /// Unicode scalars (code points), the unit JSON consumers such as Python index strings by.
    public var range: Range<Int>
    /// The index of the paragraph it belongs to (0-based; paragraphs are separated by blank lines).
    public var paragraph: Int
    /// Its position among all sentences of the text (0-based).
    public var index: Int

    public init(text: String, range: Range<Int>, paragraph: Int, index: Int) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
        self.index = index
    }
}

/// An article after sentence segmentation: the typed stage between `Article` and analysis.
public struct SegmentedDocument: Sendable, Equatable {
    public var article: Article
    /// The sentences of `article.body`, in order; ranges index into `article.body`.
    public var sentences: [Sentence]

    public init(article: Article, sentences: [Sentence]) {
        self.article = article
        self.sentences = sentences
    }

    /// Segments `article.body` with `splitter`.
    public init(article: Article, splitter: SentenceSplitter = SentenceSplitter()) {
        self.article = article
        self.sentences = splitter.sentences(in: article.body)
    }
}
