import Foundation
import TextProcessing

/// Extracts a news article's title and body paragraphs from a web page.
///
/// The page is parsed by libxml2's HTML parser in recovery mode, so any byte soup yields a
/// tree, and copied into Swift before the C document is freed. Then:
///
/// 1. **Metadata** from the whole page: the title (`og:title`, the first `<h1>`, `<title>`; see
///    below) and the schema.org JSON-LD `articleBody`, if any.
/// 2. **Pruning**: `script`, `style`, `nav`, `aside`, `footer`, `form` and `header` without
///    paragraphs, `figcaption`, embedded media, hidden elements, and elements whose `class` or
///    `id` names comments, share bars, related links, ads, newsletters, captions or bylines
///    (Readability's "unlikely candidates", as words rather than regular expressions).
/// 3. **Blocks**: the text between block boundaries (`p`, `div`, `li`, `h2`–`h6`,
///    `blockquote`, table rows, `<br>`), each with its link density.
/// 4. **Selection**: the element with the most good text net of link-heavy and short text
///    (text and link density, after Readability and jusText), then its blocks from the first
///    good one to the last, without link-heavy ones.
/// 5. **Structured body**: when the JSON-LD `articleBody` is found, block by block, in the
///    page's DOM (word-bigram agreement, at least 70 % of it covered), the matching blocks are
///    the body instead; otherwise it is ignored.
///
/// Entities are decoded by libxml2; white space, including no-break spaces, is collapsed.
///
/// ```swift
/// let html = "<html><body><nav><a href='/'>Home</a></nav><h1>Rain</h1>"
///     + "<p>It rained all day in the valley, and the river rose by a full metre before dusk.</p></body></html>"
/// let article = try ArticleExtractor().extract(html: html)
/// // article.title == "Rain"
/// // article.paragraphs == ["It rained all day in the valley, and the river rose by a full metre before dusk."]
/// ```
///
/// - Complexity: O(n · d) for a page of n nodes and depth d (bounded by 400).
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Extracts the article from `html`.
    ///
    /// - Parameters:
    ///   - html: The page, already decoded to a string; its `<meta charset>` is ignored.
    ///   - url: The page's address, passed to libxml2 as the document URL (never fetched).
    /// - Returns: The title (if the page has one) and the body paragraphs in reading order.
    /// - Throws: ``HTMLExtractionError/emptyInput`` for an empty or blank string,
    ///   ``HTMLExtractionError/unparseable`` when libxml2 builds no document, and
    ///   ``HTMLExtractionError/noContent`` when no readable text is left.
    public func extract(html: String, url: String? = nil) throws -> Article {
        guard html.contains(where: { !$0.isWhitespace }) else { throw HTMLExtractionError.emptyInput }
        let root = try _HTMLTreeBuilder.parse(html, url: url)
        let metadata = _PageMetadata(root)
        _Pruning.prune(root)
        let blocks = _BlockCollector.blocks(in: root)
        let structuredBody = metadata.structuredBody.flatMap(Self.plainText)

        var chosen: [Int] = []
        if let structuredBody, let match = _StructuredBodyMatch(blocks: blocks, body: structuredBody) {
            chosen = Array(Set(_ContentSelection.select(from: blocks, inside: match.container))
                .union(match.indices)).sorted()
        } else if let container = _ContentSelection.container(of: blocks) {
            chosen = _ContentSelection.select(from: blocks, inside: container)
        }
        #if HTML_DEBUG
        for (i, b) in blocks.enumerated() {
            let c = _ContentSelection.isGood(b) ? "G" : _ContentSelection.isBad(b) ? "B" : "s"
            FileHandle.standardError.write("\(chosen.contains(i) ? "*" : " ")\(c) \(b.weight) \(b.element.name).\(b.element.classAndID.prefix(30)) | \(b.text.prefix(80))\n".data(using: .utf8)!)
        }
        #endif
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
        if let title = metadata.title, paragraphs.first == title { paragraphs.removeFirst() }
        guard !paragraphs.isEmpty else { throw HTMLExtractionError.noContent }
        return Article(title: metadata.title, paragraphs: paragraphs)
    }

    /// A JSON-LD `articleBody` as paragraphs of plain text: some publishers put markup or
    /// entities in it, so it goes through the same parser and block cutter as the page, with
    /// line breaks kept as paragraph breaks.
    static func plainText(_ body: String) -> String? {
        let markup = "<html><body><div>" + body.replacingOccurrences(of: "\n", with: "<br>") + "</div></body></html>"
        guard let root = try? _HTMLTreeBuilder.parse(markup, url: nil) else { return nil }
        let text = _BlockCollector.blocks(in: root).map(\.text).joined(separator: "\n")
        return text.isEmpty ? nil : text
    }
}
