/// Chooses the article's blocks: first the element that holds the most good text net of
/// boilerplate (the "top candidate" of Readability), then, inside it, the blocks a reader
/// would keep (the context-sensitive classification of jusText, Pomikálek 2011, simplified).
///
/// Block classes, with `w` the block's weight (characters, CJK counted twice) and `ld` its
/// link density:
/// - **good**: `w ≥ 70` and `ld ≤ 0.3`, or `w ≥ 200` and `ld ≤ 0.5`;
/// - **bad**: `ld > 0.5`, or `ld > 0.3` for a block shorter than 70;
/// - **short**: the rest.
///
/// Deviations from jusText: no stop-word density (the extractor is language-neutral), and
/// short blocks are kept only when they lie between good blocks of the chosen element.
enum _ContentSelection {
    static func isGood(_ block: _TextBlock) -> Bool {
        (block.weight >= 70 && block.linkDensity <= 0.3) || (block.weight >= 200 && block.linkDensity <= 0.5)
    }

    static func isBad(_ block: _TextBlock) -> Bool {
        block.linkDensity > 0.5 || (block.weight < 70 && block.linkDensity > 0.3)
    }

    /// How much a block adds to the score of every element that contains it: good text counts
    /// in full, bad text against, short text a quarter against.
    static func contribution(_ block: _TextBlock) -> Double {
        if isGood(block) { return Double(block.weight) * (1 - block.linkDensity) }
        if isBad(block) { return -Double(block.weight) }
        return -0.25 * Double(block.weight)
    }

    /// Elements that hold one paragraph's worth of text and so never serve as the container.
    static let leafTags: Set<String> = _BlockCollector.headingTags.union([
        "p", "li", "dd", "dt", "blockquote", "pre", "tr", "th", "ul", "ol", "dl", "table", "tbody",
        "thead", "tfoot", "caption", "summary", "hgroup", "address",
    ])

    /// The element with the highest summed ``contribution(_:)`` over the blocks inside it; on
    /// a tie, the deepest. Paragraph-level elements (``leafTags``) are not candidates. `nil`
    /// when no block is good.
    static func container(of blocks: [_TextBlock]) -> _HTMLNode? {
        guard blocks.contains(where: isGood) else { return nil }
        var score: [ObjectIdentifier: Double] = [:]
        var nodes: [ObjectIdentifier: (node: _HTMLNode, depth: Int)] = [:]
        for block in blocks {
            let value = contribution(block)
            var chain: [_HTMLNode] = []
            var node: _HTMLNode? = block.element
            while let current = node { chain.append(current); node = current.parent }
            for (height, element) in chain.enumerated() where !leafTags.contains(element.name) {
                let id = ObjectIdentifier(element)
                score[id, default: 0] += value
                if nodes[id] == nil { nodes[id] = (element, chain.count - height) }
            }
        }
        var best: (node: _HTMLNode, score: Double, depth: Int)?
        for (id, value) in score {
            guard let entry = nodes[id] else { continue }
            if let current = best, value < current.score || (value == current.score && entry.depth <= current.depth) {
                continue
            }
            best = (entry.node, value, entry.depth)
        }
        guard let top = best?.node else { return nil }
        return refine(top, blocks: blocks)
    }

    /// How an element marks itself as the story, and the share of the container's good text
    /// it must hold to replace the container.
    enum Marker: Equatable {
        /// `itemprop=articleBody` or an `article-body`-like class: 30 %.
        case body
        /// An `<article>` (or `itemprop=blogPost`) that contains the page's first `<h1>`: 20 %.
        /// Related posts rendered as `<article>` cards after the story can outweigh it, but
        /// they do not carry the headline.
        case headline
        /// Any other `<article>` (or `itemprop=blogPost`), which may also wrap teasers: 50 %.
        case article

        var requiredShare: Double {
            switch self {
            case .body: return 0.3
            case .headline: return 0.2
            case .article: return 0.5
            }
        }

        /// The element's marker, given the page's first `<h1>` left after pruning.
        init?(_ node: _HTMLNode, headline: _HTMLNode?) {
            guard !leafTags.contains(node.name) else { return nil }
            let itemprop = node.attribute("itemprop")?.lowercased() ?? ""
            if itemprop.contains("articlebody") || _BoilerplateHints.isPositive(node) {
                self = .body
            } else if node.name == "article" || itemprop.contains("blogpost") {
                self = headline.map { $0.isInside(node) } == true ? .headline : .article
            } else {
                return nil
            }
        }
    }

    /// Narrows the container to the element the page marks as the story: the deepest
    /// ``Marker/body`` element holding its share of the container's good text, else the
    /// deepest ``Marker/headline`` one, else the deepest ``Marker/article`` one. When the
    /// page splits the body into several elements with the same marker and class (chunks
    /// between ads), the result is their lowest common ancestor instead.
    static func refine(_ container: _HTMLNode, blocks: [_TextBlock]) -> _HTMLNode {
        // Good weight under every element, summed once up each good block's ancestor chain.
        var goodWeight: [ObjectIdentifier: Int] = [:]
        for block in blocks where isGood(block) {
            var node: _HTMLNode? = block.element
            while let current = node {
                goodWeight[ObjectIdentifier(current), default: 0] += block.weight
                node = current.parent
            }
        }
        let total = Double(goodWeight[ObjectIdentifier(container)] ?? 0)
        guard total > 0 else { return container }
        let headline = container.descendants { $0.name == "h1" }.first
        let marked = container.descendants { _ in true }.compactMap { node in
            Marker(node, headline: headline).map { (node: node, marker: $0) }
        }
        func deepest(_ kind: Marker) -> _HTMLNode? {
            var best: _HTMLNode?
            for (node, marker) in marked where marker == kind && (best.map { node.isInside($0) } ?? true) {
                if Double(goodWeight[ObjectIdentifier(node)] ?? 0) >= kind.requiredShare * total { best = node }
            }
            return best
        }
        guard let best = deepest(.body) ?? deepest(.headline) ?? deepest(.article) else { return container }
        let twins = container.descendants { $0.name == best.name && $0.classAndID == best.classAndID }
        return twins.count > 1 ? _HTMLNode.lowestCommonAncestor(of: twins) ?? best : best
    }

    /// Link density up to which a `<p>` inside the container is kept: a paragraph with a link
    /// in it is still the story's (Readability keeps them all); one that is only a link is a
    /// "read more" teaser.
    static let paragraphLinkLimit = 0.8

    /// Whether the text is one web address: an author's reference, not a teaser, even though
    /// it is all link.
    static func isBareURL(_ text: String) -> Bool {
        (text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")) && !text.contains(" ")
    }

    /// The blocks of the article inside `container`: from its first good block to its last,
    /// widened over the paragraphs, list items, table rows and quotes next to them that are
    /// not bad (a one-line lead, a stats table, a sign-off). Inside that range every `<p>` up
    /// to ``paragraphLinkLimit`` (or a bare address) is kept, other blocks unless bad.
    static func select(from blocks: [_TextBlock], inside container: _HTMLNode) -> [Int] {
        let inside = blocks.indices.filter {
            let block = blocks[$0]
            guard block.element.isInside(container) else { return false }
            guard block.kind == .paragraph else { return !isBad(block) }
            return block.linkDensity <= paragraphLinkLimit || isBareURL(block.text)
        }
        guard var first = inside.firstIndex(where: { isGood(blocks[$0]) }),
              var last = inside.lastIndex(where: { isGood(blocks[$0]) }) else { return [] }
        func widens(_ position: Int) -> Bool {
            let block = blocks[inside[position]]
            return !isBad(block) && [.paragraph, .listItem, .tableRow, .quote].contains(block.kind)
        }
        while first > 0, widens(first - 1) { first -= 1 }
        while last < inside.count - 1, widens(last + 1) { last += 1 }
        return Array(inside[first...last])
    }
}
