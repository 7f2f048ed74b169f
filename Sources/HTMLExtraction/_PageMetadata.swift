import Foundation

/// What the page says about itself: its title candidates and the `articleBody` of its
/// schema.org JSON-LD, read from the full tree before any pruning.
struct _PageMetadata {
    var openGraphTitle: String?
    var documentTitle: String?
    var firstHeading: String?
    var structuredBody: String?

    init(_ root: _HTMLNode) {
        var headings: [String] = []
        func visit(_ node: _HTMLNode) {
            for child in node.children where !child.isText {
                switch child.name {
                case "meta":
                    let key = (child.attribute("property") ?? child.attribute("name") ?? "").lowercased()
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
                    if !text.isEmpty { headings.append(text) }
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
        firstHeading = headings.first
    }

    /// The title: the first `<h1>` when `og:title` (or `<title>`) contains it — the heading
    /// then is the same headline without the site's suffix — else `og:title`, else the first
    /// `<h1>`, else `<title>`.
    var title: String? {
        let meta = openGraphTitle ?? documentTitle
        if let heading = firstHeading, let meta,
           meta.lowercased().contains(heading.lowercased()) { return heading }
        return openGraphTitle ?? firstHeading ?? documentTitle
    }

    /// The longest `articleBody` string anywhere in a JSON-LD script (objects, arrays and
    /// `@graph` alike); `nil` if the script is not valid JSON or has none.
    static func articleBody(inJSON text: String) -> String? {
        guard let data = text.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var best: String?
        func walk(_ value: Any, depth: Int) {
            guard depth < 32 else { return }
            if let object = value as? [String: Any] {
                for (key, inner) in object {
                    if key == "articleBody" || key == "text", let body = inner as? String,
                       key == "articleBody" || (object["@type"] as? String)?.contains("Article") == true,
                       body.count > (best?.count ?? 0) {
                        best = body
                    } else {
                        walk(inner, depth: depth + 1)
                    }
                }
            } else if let array = value as? [Any] {
                for inner in array { walk(inner, depth: depth + 1) }
            }
        }
        walk(json, depth: 0)
        return best
    }
}
