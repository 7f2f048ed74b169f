/// Removes page furniture from the copied tree in place (see ``_BoilerplateHints``).
enum _Pruning {
    /// An element that holds at least this share of the page's paragraph text is never
    /// removed by a class/id hint or as a `header`/`form`: it is a wrapper
    /// (`content-with-sidebar`, `elementor-widget-container`), not a widget.
    static let protectedShare = 0.4

    static func prune(_ root: _HTMLNode) {
        var paragraphWeight: [ObjectIdentifier: Int] = [:]
        _ = measureParagraphs(root, into: &paragraphWeight)
        let total = max(1, paragraphWeight[ObjectIdentifier(root)] ?? 0)
        var doomed: [_HTMLNode] = []
        func visit(_ node: _HTMLNode) {
            for child in node.children where !child.isText {
                let share = Double(paragraphWeight[ObjectIdentifier(child)] ?? 0) / Double(total)
                if shouldDrop(child, paragraphShare: share) {
                    doomed.append(child)
                } else {
                    visit(child)
                }
            }
        }
        visit(root)
        for node in doomed { node.removeFromParent() }
    }

    /// Stores, for every element, the weight of the paragraph text inside it: `<p>` elements
    /// whose text weighs at least 50 and is less than half links.
    private static func measureParagraphs(_ node: _HTMLNode, into table: inout [ObjectIdentifier: Int]) -> Int {
        var sum = 0
        if node.name == "p" {
            var weight = 0, links = 0
            func walk(_ n: _HTMLNode, inLink: Bool) {
                for child in n.children {
                    if child.isText {
                        let w = _TextBlock.weight(of: Substring(child.text))
                        weight += w
                        if inLink { links += w }
                    } else {
                        walk(child, inLink: inLink || child.name == "a")
                    }
                }
            }
            walk(node, inLink: false)
            if weight >= 50 && links * 2 < weight { sum = weight }
        } else {
            for child in node.children where !child.isText {
                sum += measureParagraphs(child, into: &table)
            }
        }
        table[ObjectIdentifier(node)] = sum
        return sum
    }

    private static func shouldDrop(_ node: _HTMLNode, paragraphShare: Double) -> Bool {
        let name = node.name
        if _BoilerplateHints.droppedTags.contains(name) { return true }
        if _BoilerplateHints.protectedTags.contains(name) { return false }
        if _BoilerplateHints.isHidden(node) { return paragraphShare < protectedShare }
        if _BoilerplateHints.conditionallyDroppedTags.contains(name) {
            return !_BoilerplateHints.isPositive(node) && paragraphShare < protectedShare
        }
        if _BoilerplateHints.looksLikeBoilerplate(node) {
            return paragraphShare < protectedShare
        }
        return false
    }
}
