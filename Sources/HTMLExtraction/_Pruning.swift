/// Removes page furniture from the copied tree in place (see ``_BoilerplateHints``).
///
/// Two passes: first the elements that are never text (``_BoilerplateHints/droppedTags``),
/// then the elements judged by visibility, `class`/`id` words, or tag (`header`, `form`),
/// each of which is spared when it holds at least ``protectedShare`` of the page's good text.
enum _Pruning {
    /// An element that holds at least this share of the page's good text (blocks that are
    /// ``_ContentSelection/isGood(_:)``, measured once the never-text elements are gone) is
    /// never removed by a class/id hint, as hidden, or as a `header`/`form`: it is a wrapper
    /// (`content-with-sidebar`, `elementor-widget-container`), not a widget.
    static let protectedShare = 0.4

    static func prune(_ root: _HTMLNode) {
        remove(from: root) { node in _BoilerplateHints.droppedTags.contains(node.name) }

        var goodWeight: [ObjectIdentifier: Int] = [:]
        for block in _BlockCollector.blocks(in: root) where _ContentSelection.isGood(block) {
            var node: _HTMLNode? = block.element
            while let current = node {
                goodWeight[ObjectIdentifier(current), default: 0] += block.weight
                node = current.parent
            }
        }
        let total = Double(max(1, goodWeight[ObjectIdentifier(root)] ?? 0))
        remove(from: root) { node in
            isFurniture(node, share: Double(goodWeight[ObjectIdentifier(node)] ?? 0) / total)
        }
    }

    /// Removes, top down, every element for which `doomed` holds (without looking inside it).
    private static func remove(from root: _HTMLNode, where doomed: (_HTMLNode) -> Bool) {
        var found: [_HTMLNode] = []
        func visit(_ node: _HTMLNode) {
            for child in node.children where !child.isText {
                if doomed(child) { found.append(child) } else { visit(child) }
            }
        }
        visit(root)
        for node in found { node.removeFromParent() }
    }

    private static func isFurniture(_ node: _HTMLNode, share: Double) -> Bool {
        let name = node.name
        if _BoilerplateHints.protectedTags.contains(name) { return false }
        if share >= protectedShare { return false }
        if _BoilerplateHints.isHidden(node) { return true }
        if _BoilerplateHints.conditionallyDroppedTags.contains(name) { return !_BoilerplateHints.isPositive(node) }
        return _BoilerplateHints.looksLikeBoilerplate(node)
    }
}
