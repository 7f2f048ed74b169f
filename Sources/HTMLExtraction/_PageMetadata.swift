import FoundationEssentials
import TextProcessing

/// What the page says about itself: its title candidates and the `articleBody` of its
/// schema.org JSON-LD, read from the full tree before any pruning.
struct _PageMetadata {
    var openGraphTitle: String?
    var siteName: String?
    var documentTitle: String?
    /// The page's `<h1>` texts in order, without those whose class/id names a logo or the site.
    var headings: [String] = []
    var structuredBody: String?

    init(_ root: _HTMLNode) {
        func visit(_ node: _HTMLNode) {
            for child in node.children where !child.isText {
                switch child.name {
                case "meta":
                    let key = (child.attribute("property") ?? child.attribute("name") ?? "").lowercased()
                    if key == "og:site_name", let content = child.attribute("content") {
                        let text = _BlockCollector.collapseWhitespace(content)
                        if !text.isEmpty { siteName = text }
                    }
                    if key == "og:title" || (key == "twitter:title" && openGraphTitle == nil),
                       let content = child.attribute("content") {
                        let text = _BlockCollector.collapseWhitespace(content)
                        if !text.isEmpty, key == "og:title" || openGraphTitle == nil { openGraphTitle = text }
                    }
                case "title":
                    if documentTitle == nil {
                        let text = _BlockCollector.collapseWhitespace(child.textContent)
                        if !text.isEmpty { documentTitle = text }
                    }
                case "h1":
                    let text = _BlockCollector.collapseWhitespace(child.textContent)
                    let words = _BoilerplateHints.words(child.classAndID)
                    let namesSite = words.contains { ["logo", "site", "brand", "masthead"].contains($0) }
                    if !text.isEmpty, !namesSite { headings.append(text) }
                case "script":
                    if child.attribute("type")?.lowercased().contains("ld+json") == true,
                       let body = Self.articleBody(inJSON: child.textContent),
                       body.count > (structuredBody?.count ?? 0) {
                        structuredBody = body
                    }
                default:
                    break
                }
                visit(child)
            }
        }
        visit(root)
    }

    /// The title: an `<h1>` that `og:title` (or `<title>`) contains — the same headline
    /// without the site's name around it; else `og:title`, else the first `<h1>` (logos and
    /// site names in `<h1>` are skipped), else `<title>`. A trailing " - Site" / " | Site" /
    /// " — Site" is removed from `og:title` and `<title>` when it names `og:site_name`.
    var title: String? {
        let meta = openGraphTitle ?? documentTitle
        if let meta, let heading = headings.first(where: { meta.lowercased().contains($0.lowercased()) }) {
            return heading
        }
        if let openGraphTitle { return Self.removingSiteName(siteName, from: openGraphTitle) }
        return headings.first ?? documentTitle.map { Self.removingSiteName(siteName, from: $0) }
    }

    /// `title` without a trailing separator and `siteName`; unchanged if it does not end so.
    static func removingSiteName(_ siteName: String?, from title: String) -> String {
        guard let siteName, title.count > siteName.count else { return title }
        for separator in [" - ", " | ", " — ", " – ", " :: ", " · "] where title.hasSuffix(separator + siteName) {
            return String(title.dropLast(separator.count + siteName.count))
        }
        return title
    }

    /// The longest `articleBody` string anywhere in a JSON-LD script (objects, arrays and
    /// `@graph` alike); `nil` if the script is not valid JSON or has none.
    static func articleBody(inJSON text: String) -> String? {
        guard let json = JSONValue.parseAsFoundation(text.trimmingWhitespaceAndNewlines()) else { return nil }
        var best: String?
        func walk(_ value: JSONValue, depth: Int) {
            guard depth < 32 else { return }
            if let object = value.objectMembers {
                for (key, inner) in object {
                    if key == "articleBody" || key == "text", let body = inner.stringValue,
                       key == "articleBody" || value["@type"]?.stringValue?.contains("Article") == true,
                       body.count > (best?.count ?? 0) {
                        best = body
                    } else {
                        walk(inner, depth: depth + 1)
                    }
                }
            } else if let array = value.arrayItems {
                for inner in array { walk(inner, depth: depth + 1) }
            }
        }
        walk(json, depth: 0)
        return best
    }
}
