/// Uses a page's JSON-LD `articleBody` to pick DOM blocks, after checking that the DOM really
/// contains it.
///
/// The structured body is what the publisher says the article is, but it is sometimes a
/// teaser, a truncated paywall copy, or stale. So it is never printed as such: each block of
/// the page is compared with it on word bigrams, the blocks mostly made of its bigrams are
/// kept in document order, and the result is used only if those blocks cover at least
/// ``minimumCoverage`` of the structured body's bigrams. The page's own paragraphs thus keep
/// their structure and wording.
enum _StructuredBodyMatch {
    /// Share of the structured body's bigrams the chosen blocks must cover.
    static let minimumCoverage = 0.7
    /// Share of a block's bigrams that must occur in the structured body for it to be kept.
    static let blockAgreement = 0.6

    static func blocks(_ blocks: [_TextBlock], matching body: String) -> [_TextBlock]? {
        let reference = Set(bigrams(_Words.tokens(body)))
        guard reference.count >= 20 else { return nil }
        var covered: Set<Bigram> = []
        var seen: Set<String> = []
        var out: [_TextBlock] = []
        for block in blocks {
            let pairs = bigrams(_Words.tokens(block.text))
            guard !pairs.isEmpty else { continue }
            let shared = pairs.filter { reference.contains($0) }
            guard Double(shared.count) >= blockAgreement * Double(pairs.count) else { continue }
            // A one- or two-word block matches by accident too easily; keep it only between kept blocks.
            guard seen.insert(block.text).inserted else { continue }
            covered.formUnion(shared)
            out.append(block)
        }
        guard Double(covered.count) >= minimumCoverage * Double(reference.count) else { return nil }
        return out
    }

    struct Bigram: Hashable { let first: String, second: String }

    static func bigrams(_ tokens: [String]) -> [Bigram] {
        guard tokens.count >= 2 else { return tokens.map { Bigram(first: $0, second: "") } }
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
