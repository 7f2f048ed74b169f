internal import CLibXML2

/// A read-only element or text node: the part of libxml2's tree the extractor needs, copied
/// into Swift so that the C document can be freed at once and no pointer outlives it.
final class _HTMLNode {
    /// Lower-case tag name for elements; empty for text nodes.
    let name: String
    /// The decoded character data of a text node (entities already resolved by libxml2).
    let text: String
    /// Attributes with lower-case names, in document order.
    let attributes: [String: String]
    private(set) var children: [_HTMLNode] = []
    private(set) weak var parent: _HTMLNode?

    var isText: Bool { name.isEmpty }

    init(name: String, text: String = "", attributes: [String: String] = [:]) {
        self.name = name
        self.text = text
        self.attributes = attributes
    }

    func append(_ child: _HTMLNode) {
        child.parent = self
        children.append(child)
    }

    func removeFromParent() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.parent = nil
    }

    func attribute(_ key: String) -> String? { attributes[key] }

    /// `class` and `id` joined and lower-cased: the string the boilerplate hints look at.
    var classAndID: String {
        ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
    }

    /// The concatenated text of all descendant text nodes, unnormalised.
    var textContent: String {
        if isText { return text }
        var out = ""
        forEachText { out += $0.text }
        return out
    }

    /// Calls `body` on each descendant text node in document order.
    func forEachText(_ body: (_HTMLNode) -> Void) {
        for child in children {
            if child.isText { body(child) } else { child.forEachText(body) }
        }
    }

    /// All descendant elements (not self) in document order.
    func descendants(where predicate: (_HTMLNode) -> Bool) -> [_HTMLNode] {
        var out: [_HTMLNode] = []
        func walk(_ node: _HTMLNode) {
            for child in node.children where !child.isText {
                if predicate(child) { out.append(child) }
                walk(child)
            }
        }
        walk(self)
        return out
    }

    /// The deepest element that contains all of `nodes` (a node contains itself); `nil` for
    /// an empty list or nodes from different trees.
    static func lowestCommonAncestor(of nodes: [_HTMLNode]) -> _HTMLNode? {
        guard var ancestor = nodes.first else { return nil }
        for node in nodes.dropFirst() {
            while !node.isInside(ancestor) {
                guard let parent = ancestor.parent else { return nil }
                ancestor = parent
            }
        }
        return ancestor
    }

    /// Whether `self` is `other` or lies inside it.
    func isInside(_ other: _HTMLNode) -> Bool {
        var node: _HTMLNode? = self
        while let current = node {
            if current === other { return true }
            node = current.parent
        }
        return false
    }
}

/// Parses HTML with libxml2 and copies the tree into ``_HTMLNode``s.
enum _HTMLTreeBuilder {
    /// Deeper elements are flattened into their ancestor at this depth. libxml2 2.9 itself
    /// drops content nested deeper than 255 elements, so this is a second bound that keeps the
    /// recursive walks finite whatever the library version.
    static let maximumDepth = 400

    /// Parses `html` (already decoded, so the page's own `<meta charset>` is ignored) and
    /// returns the root of the copied tree.
    ///
    /// Options: `HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
    /// HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT`, encoding UTF-8. The
    /// libxml2 document is freed before this function returns, on every path.
    ///
    /// - Throws: ``HTMLExtractionError/unparseable`` when libxml2 returns no document.
    static func parse(_ html: String, url: String?) throws -> _HTMLNode {
        try parse(bytes: Array(html.utf8), declaredEncoding: "UTF-8", url: url)
    }

    /// Parses undecoded bytes. With `declaredEncoding` nil, libxml2 picks the encoding from a
    /// byte-order mark or the page's `<meta charset>` / `http-equiv` declaration (converting
    /// through iconv), and reads undeclared pages as ISO-8859-1, as HTML 4 prescribes.
    static func parse(bytes input: [UInt8], declaredEncoding: String?, url: String?) throws -> _HTMLNode {
        var raw = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        if declaredEncoding != nil { raw |= HTML_PARSE_IGNORE_ENC.rawValue }
        let options = Int32(bitPattern: raw)
        // libxml2 stops at a NUL byte; drop them so that text after one is not lost (UTF-16
        // input keeps them: it is only read through a byte-order mark, with no encoding given).
        var bytes = input
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !isUTF16 { bytes.removeAll { $0 == 0 } }
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw HTMLExtractionError.unparseable }
        let libxml2 = try _LibXML2.functions.get()
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                libxml2.readMemory(base, Int32(buffer.count), url, declaredEncoding, options)
            }
        }
        guard let document else { throw HTMLExtractionError.unparseable }
        defer { libxml2.freeDoc(document) }
        let root = _HTMLNode(name: "#document")
        copyChildren(of: UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self), into: root, depth: 0)
        return root
    }

    private static func copyChildren(of parent: UnsafeMutablePointer<xmlNode>, into target: _HTMLNode, depth: Int) {
        var child = parent.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    target.append(_HTMLNode(name: "", text: String(cString: content)))
                }
            case XML_ELEMENT_NODE:
                guard let rawName = node.pointee.name else { continue }
                if depth >= maximumDepth {
                    // Too deep: keep the text, drop the structure.
                    copyChildren(of: node, into: target, depth: depth)
                    continue
                }
                let element = _HTMLNode(name: String(cString: rawName).lowercased(),
                                        attributes: attributes(of: node))
                target.append(element)
                copyChildren(of: node, into: element, depth: depth + 1)
            default:
                continue  // comments, processing instructions, DTD nodes
            }
        }
    }

    private static func attributes(of node: UnsafeMutablePointer<xmlNode>) -> [String: String] {
        var out: [String: String] = [:]
        var property = node.pointee.properties
        while let attribute = property {
            defer { property = attribute.pointee.next }
            guard let rawName = attribute.pointee.name else { continue }
            let key = String(cString: rawName).lowercased()
            guard _HTMLTreeBuilder.keptAttributes.contains(key) else { continue }
            var value = ""
            var text = attribute.pointee.children
            while let piece = text {
                if let content = piece.pointee.content { value += String(cString: content) }
                text = piece.pointee.next
            }
            if out[key] == nil { out[key] = value }
        }
        return out
    }

    /// The attributes any later stage reads; the rest are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "itemtype", "href", "property", "name", "content",
        "type", "hidden", "aria-hidden", "style", "rel", "charset", "http-equiv",
    ]
}
