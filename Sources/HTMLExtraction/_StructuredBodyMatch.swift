/// Locates the story with a page's JSON-LD `articleBody`, after checking that the DOM really
/// contains it.
///
/// The structured body is what the publisher says the article is, but it is sometimes a
/// teaser, a truncated paywall copy, or stale. So each block of the page is compared with it
/// on word bigrams, the blocks mostly made of its bigrams are collected in document order,
/// and the match holds only if those blocks cover at least ``minimumCoverage`` of the
/// structured body's bigrams. The match then names the story's container; the page's own
/// paragraphs are printed, with their structure and wording.
struct _StructuredBodyMatch {
    /// Share of the structured body's bigrams the chosen blocks must cover.
    static let minimumCoverage = 0.7
    /// Share of a block's bigrams that must occur in the structured body for it to be kept.
    static let blockAgreement = 0.6

    /// Indices of the blocks that agree with the structured body, in document order.
    let indices: [Int]
    /// The lowest common ancestor of those blocks, lifted above paragraph-level elements.
    let container: _HTMLNode

    /// Finds `body`'s blocks among `blocks` (only those inside `scope`, if given); `nil` when
    /// they cover less than ``minimumCoverage`` of its bigrams (the DOM does not hold it).
    init?(blocks: [_TextBlock], body: String, within scope: _HTMLNode? = nil) {
        let reference = Set(Self.bigrams(_Words.tokens(body)))
        guard reference.count >= 20 else { return nil }
        var covered: Set<Bigram> = []
        var indices: [Int] = []
        for (index, block) in blocks.enumerated() where scope.map({ block.element.isInside($0) }) ?? true {
            let pairs = Self.bigrams(_Words.tokens(block.text))
            guard pairs.count >= 3 else { continue }
            let shared = pairs.filter { reference.contains($0) }
            guard Double(shared.count) >= Self.blockAgreement * Double(pairs.count) else { continue }
            covered.formUnion(shared)
            indices.append(index)
        }
        guard Double(covered.count) >= Self.minimumCoverage * Double(reference.count),
              var ancestor = _HTMLNode.lowestCommonAncestor(of: indices.map { blocks[$0].element }) else { return nil }
        while _ContentSelection.leafTags.contains(ancestor.name), let parent = ancestor.parent { ancestor = parent }
        self.indices = indices
        self.container = ancestor
    }

    /// Share of `text`'s bigrams found in `body`, in [0, 1]; 0 for text of fewer than two words.
    static func agreement(of text: String, with body: String) -> Double {
        let pairs = bigrams(_Words.tokens(text))
        guard !pairs.isEmpty else { return 0 }
        let reference = Set(bigrams(_Words.tokens(body)))
        return Double(pairs.filter { reference.contains($0) }.count) / Double(pairs.count)
    }

    struct Bigram: Hashable { let first: String, second: String }

    static func bigrams(_ tokens: [String]) -> [Bigram] {
        guard tokens.count >= 2 else { return [] }
        return (0..<(tokens.count - 1)).map { Bigram(first: tokens[$0], second: tokens[$0 + 1]) }
    }
}

/// Lower-cased word tokens: maximal runs of letters, digits, marks and `_` (Python's `\w+`).
enum _Words {
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_"
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { out.append(current.lowercased()) }
        return out
    }
}
