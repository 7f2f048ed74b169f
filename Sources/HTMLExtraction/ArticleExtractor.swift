import FoundationEssentials
import TextProcessing

/// Extracts a news article's title and body paragraphs from a web page.
///
/// The page is parsed by libxml2's HTML parser in recovery mode, so any byte soup yields a
/// tree, and copied into Swift before the C document is freed. Then:
///
/// 1. **Metadata** from the whole page: the title (an `<h1>` that `og:title` or `<title>`
///    contains, else `og:title` without a trailing `og:site_name`, else the first `<h1>` that
///    is not a logo, else `<title>`) and the schema.org JSON-LD `articleBody`, if any.
/// 2. **Pruning**: `script`, `style`, `nav`, `aside`, `footer`, `figcaption`, embedded media,
///    `header` and `form` elements, hidden elements, and elements whose `class` or `id` names
///    comments, share bars, related links, ads, newsletters, captions or bylines
///    (Readability's "unlikely candidates", matched as words rather than regular expressions).
///    An element holding 40 % or more of the page's good text (see step 4) is never pruned
///    this way: it is a wrapper such as `content-with-sidebar`.
/// 3. **Blocks**: the text between block boundaries (`p`, `div`, `li`, `h1`–`h6`,
///    `blockquote`, table rows, `<br>`), each with its length and link density.
/// 4. **Container**: the element with the most good text net of link-heavy and short text
///    (text and link density per block, after Readability and jusText), narrowed to the
///    element the page marks as the story (`itemprop=articleBody`, an `article-body`-like
///    class, the `<article>` holding the `<h1>`) when that holds enough of the good text.
/// 5. **Selection**: the container's blocks from its first good block to its last, widened by
///    neighbouring paragraphs, list items, table rows and quotes; link-heavy blocks dropped
///    (for `<p>`, only those over 80 % link); repeats dropped.
/// 6. **Structured body**: when the JSON-LD `articleBody` is found block by block in the DOM
///    (word bigrams, 70 % of it covered), the blocks that agree with it locate the container
///    instead of step 4. When the DOM holds only a fragment of it that agrees with it (the
///    page renders the story with a script), the structured body itself is returned.
///
/// Entities are decoded by libxml2; white space, including no-break spaces, is collapsed.
/// Measured with the shingle metric of the article-extraction benchmark on its 92 dev pages:
/// see `Evaluation/results/html-extraction.md` and `docs/html-extraction.md`.
///
/// ```swift
/// let html = "<html><body><nav><a href='/'>Home</a></nav><h1>Rain</h1>"
///     + "<p>It rained all day in the valley, and the river rose by a full metre before dusk.</p></body></html>"
/// let article = try ArticleExtractor().extract(html: html)
/// // article.title == "Rain"
/// // article.paragraphs == ["It rained all day in the valley, and the river rose by a full metre before dusk."]
/// ```
///
/// - Complexity: O(n · d + m · b) for a page of n nodes, depth d (bounded by 400), b blocks
///   and m elements marked as articles.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Extracts the article from `html`.
    ///
    /// - Parameters:
    ///   - html: The page, already decoded to a string, so its `<meta charset>` is ignored
    ///     (`HTML_PARSE_IGNORE_ENC`): decoding bytes is the caller's job.
    ///   - url: The page's address, passed to libxml2 as the document URL (never fetched).
    /// - Returns: The title (if the page has one) and the body paragraphs in reading order.
    /// - Throws: ``HTMLExtractionError/emptyInput`` for an empty or blank string,
    ///   ``HTMLExtractionError/unparseable`` when libxml2 builds no document, and
    ///   ``HTMLExtractionError/noContent`` when no readable text is left.
    public func extract(html: String, url: String? = nil) throws -> Article {
        guard html.contains(where: { !$0.isWhitespace }) else { throw HTMLExtractionError.emptyInput }
        return try extract(from: _HTMLTreeBuilder.parse(html, url: url))
    }

    /// Extracts the article from a page's undecoded bytes, honouring its declared encoding.
    ///
    /// Valid UTF-8 is read as UTF-8 whatever the page declares (a page re-saved as UTF-8 often
    /// keeps a stale `<meta charset>`). Anything else is handed to libxml2 undecoded, which
    /// follows a byte-order mark or the page's `<meta charset>` (Latin-1, Windows-1251,
    /// Shift_JIS, EUC-KR, … through iconv) and reads undeclared pages as ISO-8859-1.
    ///
    /// - Parameters:
    ///   - htmlData: The page as fetched or read from disk.
    ///   - url: The page's address, passed to libxml2 as the document URL (never fetched).
    /// - Throws: As ``extract(html:url:)``.
    public func extract(htmlData: [UInt8], url: String? = nil) throws -> Article {
        if let text = String(validatingUTF8Bytes: htmlData) { return try extract(html: text, url: url) }
        guard htmlData.contains(where: { ![0x09, 0x0A, 0x0C, 0x0D, 0x20].contains($0) }) else {
            throw HTMLExtractionError.emptyInput
        }
        return try extract(from: _HTMLTreeBuilder.parse(bytes: htmlData, declaredEncoding: nil, url: url))
    }

    private func extract(from root: _HTMLNode) throws -> Article {
        let metadata = _PageMetadata(root)
        _Pruning.prune(root)
        let blocks = _BlockCollector.blocks(in: root)
        let structuredBody = metadata.structuredBody.flatMap(Self.plainText)

        var chosen: [Int] = []
        let heuristic = _ContentSelection.container(of: blocks)
        if let structuredBody, var match = _StructuredBodyMatch(blocks: blocks, body: structuredBody) {
            // Of the density container and the structured body's, the narrower one that still
            // holds the structured body: a lead repeated in a header widens the match, rails of
            // teasers widen the density container.
            if let heuristic, heuristic.isInside(match.container),
               let narrower = _StructuredBodyMatch(blocks: blocks, body: structuredBody, within: heuristic) {
                match = narrower
            }
            chosen = Array(Set(_ContentSelection.select(from: blocks, inside: match.container))
                .union(match.indices)).sorted()
        } else if let heuristic {
            chosen = _ContentSelection.select(from: blocks, inside: heuristic)
        }
        var seen: Set<String> = []
        var paragraphs = chosen.map { blocks[$0].text }.filter { seen.insert($0).inserted }

        if let structuredBody {
            // The DOM lacks the structured body (it is rendered by a script): print it if what
            // the DOM did yield is part of it and it says at least twice as much.
            let found = _Words.tokens(paragraphs.joined(separator: " ")).count
            let declared = _Words.tokens(structuredBody).count
            if declared >= 2 * found,
               found == 0 || _StructuredBodyMatch.agreement(of: paragraphs.joined(separator: " "), with: structuredBody) >= 0.8 {
                paragraphs = structuredBody.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            }
        }
        if paragraphs.isEmpty {
            // No block is long enough to count as good (a very short page): keep every block
            // that is not mostly links.
            paragraphs = blocks.filter { !_ContentSelection.isBad($0) }.map(\.text).filter { seen.insert($0).inserted }
        }
        // The headline repeated inside the container (an <h1> in the story's <article>, or the
        // og:title printed again above the body) is the title, not a paragraph.
        let headlines = Set(([metadata.title, metadata.openGraphTitle, metadata.headings.first]).compactMap { $0?.lowercased() })
        paragraphs.removeAll { headlines.contains($0.lowercased()) }
        guard !paragraphs.isEmpty else { throw HTMLExtractionError.noContent }
        return Article(title: metadata.title, paragraphs: paragraphs)
    }

    /// A JSON-LD `articleBody` as paragraphs of plain text: some publishers put markup or
    /// entities in it, so it goes through the same parser and block cutter as the page, with
    /// line breaks kept as paragraph breaks.
    static func plainText(_ body: String) -> String? {
        let markup = "<html><body><div>" + body.replacingAll("\n", with: "<br>") + "</div></body></html>"
        guard let root = try? _HTMLTreeBuilder.parse(markup, url: nil) else { return nil }
        let text = _BlockCollector.blocks(in: root).map(\.text).joined(separator: "\n")
        return text.isEmpty ? nil : text
    }
}
