/// A run of text that a reader sees as one paragraph: the inline content between two block
/// boundaries (a block-level tag or a `<br>`), with how much of it is link text.
struct _TextBlock {
    enum Kind: Equatable {
        case paragraph, heading, listItem, quote, preformatted, tableRow, other
    }

    /// Whitespace-collapsed text.
    var text: String
    /// Length of `text` in characters, CJK ideographs and kana counted twice (one of them
    /// carries about as much as a two-letter-plus-space word).
    var weight: Int
    /// The same measure over the text inside `<a href>`.
    var linkWeight: Int
    /// The nearest block-level element holding the text.
    let element: _HTMLNode
    let kind: Kind

    /// Share of the text that is link text, in [0, 1]; 0 for an empty block.
    var linkDensity: Double { weight == 0 ? 0 : Double(linkWeight) / Double(weight) }

    static func weight(of text: Substring) -> Int {
        var total = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            let value = scalar.value
            let wide = (0x2E80...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
            total += wide ? 2 : 1
        }
        return total
    }
}

/// Cuts a subtree into ``_TextBlock``s in document order.
///
/// Block-level elements (`p`, `div`, `li`, `h1`–`h6`, `blockquote`, `tr`, …) and `<br>` end the
/// current block; all other elements are inline and their text joins the block being built.
/// Table cells are joined with a space so that a data table reads one row a line.
struct _BlockCollector {
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div",
        "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "thead", "tfoot", "tr", "ul", "summary", "caption", "#document",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private(set) var blocks: [_TextBlock] = []
    private var buffer = ""
    private var linkBuffer = 0
    private var owners: [_HTMLNode] = []

    static func blocks(in root: _HTMLNode) -> [_TextBlock] {
        var collector = _BlockCollector()
        collector.owners.append(root)
        collector.walk(root)
        collector.flush()
        return collector.blocks
    }

    private mutating func walk(_ node: _HTMLNode, inLink: Bool = false) {
        for child in node.children {
            if child.isText {
                buffer += child.text
                if inLink { linkBuffer += _TextBlock.weight(of: Substring(child.text)) }
                continue
            }
            let name = child.name
            if name == "br" || name == "hr" {
                flush()
            } else if Self.blockTags.contains(name) {
                flush()
                owners.append(child)
                walk(child, inLink: inLink)
                flush()
                owners.removeLast()
            } else {
                if name == "td" || name == "th" { buffer += " " }
                walk(child, inLink: inLink || (name == "a" && child.attribute("href") != nil))
                if name == "td" || name == "th" { buffer += " " }
            }
        }
    }

    private mutating func flush() {
        defer { buffer = ""; linkBuffer = 0 }
        let text = Self.collapseWhitespace(buffer)
        // A run without a single letter or digit (stray symbols, replacement characters) is no paragraph.
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              let owner = owners.last else { return }
        let weight = _TextBlock.weight(of: Substring(text))
        guard weight > 0 else { return }
        blocks.append(_TextBlock(text: text, weight: weight, linkWeight: min(linkBuffer, weight),
                                 element: owner, kind: Self.kind(of: owner)))
    }

    static func kind(of element: _HTMLNode) -> _TextBlock.Kind {
        switch element.name {
        case "p": return .paragraph
        case _ where headingTags.contains(element.name): return .heading
        case "li", "dd", "dt": return .listItem
        case "blockquote": return .quote
        case "pre": return .preformatted
        case "tr": return .tableRow
        default: return .other
        }
    }

    /// Collapses every run of white space (including no-break spaces) into one space and trims.
    static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value == 0xFEFF || scalar.value == 0x200B {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
