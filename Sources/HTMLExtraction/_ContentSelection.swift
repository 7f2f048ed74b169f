#if HTML_DEBUG
import Foundation
#endif
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
        #if HTML_DEBUG
        let ranked = score.sorted { $0.value > $1.value }.prefix(6)
        for (id, value) in ranked {
            if let e = nodes[id] { FileHandle.standardError.write("cand \(Int(value)) d\(e.depth) \(e.node.name).\(e.node.classAndID)\n".data(using: .utf8)!) }
        }
        #endif
        guard let top = best?.node else { return nil }
        return refine(top, blocks: blocks)
    }

    /// Share of the container's good text that a descendant must hold to replace it: lower
    /// for an explicit body marker (`itemprop=articleBody`, `article-body`-like classes) than
    /// for a bare `<article>`, which also wraps teasers.
    static let markedShare = (body: 0.3, article: 0.5)

    /// Narrows the container to the deepest descendant the page marks as the article body
    /// that still holds enough of the container's good text (``markedShare``): the marker tells
    /// teasers and rails that sit in the same column from the story itself. When the page
    /// splits the body into several elements with the same marker (chunks between ads), the
    /// result is their lowest common ancestor instead.
    static func refine(_ container: _HTMLNode, blocks: [_TextBlock]) -> _HTMLNode {
        let inside = blocks.filter { isGood($0) && $0.element.isInside(container) }
        let total = inside.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return container }
        var best = container
        for candidate in container.descendants(where: { markerStrength($0) != nil }) where candidate.isInside(best) {
            let weight = inside.filter { $0.element.isInside(candidate) }.reduce(0) { $0 + $1.weight }
            if let share = markerStrength(candidate), Double(weight) >= share * Double(total) { best = candidate }
        }
        guard best !== container else { return container }
        let twins = container.descendants { $0.name == best.name && $0.classAndID == best.classAndID }
        guard twins.count > 1 else { return best }
        var ancestor = best
        for twin in twins {
            while !twin.isInside(ancestor), let parent = ancestor.parent { ancestor = parent }
        }
        return ancestor
    }

    /// The share a marked element needs (see ``markedShare``), or `nil` if it is not marked.
    static func markerStrength(_ node: _HTMLNode) -> Double? {
        guard !leafTags.contains(node.name) else { return nil }
        if let itemprop = node.attribute("itemprop")?.lowercased(), itemprop.contains("articlebody") {
            return markedShare.body
        }
        if _BoilerplateHints.isPositive(node) { return markedShare.body }
        if node.name == "article" || node.attribute("itemprop")?.lowercased().contains("blogpost") == true {
            return markedShare.article
        }
        return nil
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

    /// The blocks of the article inside `container`, from its first good block to its last,
    /// widened by the short paragraphs next to those that share their parent (a one-line
    /// lead or sign-off): every `<p>` up to ``paragraphLinkLimit`` (or a bare address), other
    /// blocks unless bad.
    static func select(from blocks: [_TextBlock], inside container: _HTMLNode) -> [Int] {
        let inside = blocks.indices.filter {
            let block = blocks[$0]
            guard block.element.isInside(container) else { return false }
            guard block.kind == .paragraph else { return !isBad(block) }
            return block.linkDensity <= paragraphLinkLimit || isBareURL(block.text)
        }
        guard var first = inside.firstIndex(where: { isGood(blocks[$0]) }),
              var last = inside.lastIndex(where: { isGood(blocks[$0]) }) else { return [] }
        func isSibling(_ position: Int, of anchor: Int) -> Bool {
            let block = blocks[inside[position]]
            guard !isBad(block) else { return false }
            switch block.kind {
            case .listItem, .tableRow, .quote: return true
            case .paragraph: return true
            default: return false
            }
        }
        while first > 0, isSibling(first - 1, of: first) { first -= 1 }
        while last < inside.count - 1, isSibling(last + 1, of: last) { last += 1 }
        return Array(inside[first...last])
    }
}
