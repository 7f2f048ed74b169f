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

    /// The element with the highest summed ``contribution(_:)`` over the blocks inside it; on
    /// a tie, the deepest. `nil` when no block is good.
    static func container(of blocks: [_TextBlock]) -> _HTMLNode? {
        guard blocks.contains(where: isGood) else { return nil }
        var score: [ObjectIdentifier: Double] = [:]
        var nodes: [ObjectIdentifier: (node: _HTMLNode, depth: Int)] = [:]
        for block in blocks {
            let value = contribution(block)
            var chain: [_HTMLNode] = []
            var node: _HTMLNode? = block.element
            while let current = node { chain.append(current); node = current.parent }
            for (height, element) in chain.enumerated() {
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
        return best?.node
    }

    /// The blocks of the article: those inside the chosen container that are not bad, with
    /// leading and trailing non-good blocks trimmed and exact repeats dropped.
    static func select(from blocks: [_TextBlock]) -> [_TextBlock] {
        guard let container = container(of: blocks) else { return [] }
        let inside = blocks.filter { $0.element.isInside(container) && !isBad($0) }
        guard let first = inside.firstIndex(where: isGood),
              let last = inside.lastIndex(where: isGood) else { return [] }
        var seen: Set<String> = []
        var out: [_TextBlock] = []
        for block in inside[first...last] where seen.insert(block.text).inserted {
            out.append(block)
        }
        return out
    }
}
