/// Renders a `StoryComparison` for people and for programs.
///
/// Four forms, one file each: `json` (the stable machine interface, documented in
/// docs/compare.md), `markdown`, `terminal` (side-by-side columns, width-aware, ANSI colour only
/// when asked for) and `html` (one self-contained page: no scripts, fonts or images from
/// elsewhere).
public enum ComparisonReport {
    /// The outlets that report fact `f`, in outlet order.
    static func outletNames(_ r: StoryComparison, _ f: StoryComparison.Fact) -> [String] {
        f.members.map { r.outlets[$0.outlet].name }
    }

    /// Positions of the words of outlet `o`'s member sentence that differ from the fact's chosen
    /// wording (indices into `_WordScanner.words(text)`).
    static func changedWords(_ f: StoryComparison.Fact, outlet o: Int) -> Set<Int> {
        f.differences.first(where: { $0.outlet == o })?.diff.changedInSecond ?? []
    }

    /// The sentence as space-separated chunks, each with whether it holds a loaded term and
    /// whether it holds a changed word (by position, so a repeated "the" is not marked twice).
    static func chunks(_ text: String, loaded: [String], changed: Set<Int>) -> [(text: String, loaded: Bool, changed: Bool)] {
        let loadedSet = Set(loaded.flatMap { $0.split(separator: " ").map(String.init) })
        var index = 0
        return text.split(separator: " ").map { raw in
            let words = _WordScanner.words(String(raw))
            defer { index += words.count }
            let isLoaded = words.contains { loadedSet.contains($0.lower) }
            let isChanged = (index..<(index + words.count)).contains { changed.contains($0) }
            return (String(raw), isLoaded, isChanged)
        }
    }

    static func pct(_ x: Double) -> String { String(Int((100 * x).rounded())) + "%" }

    static func rate(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) + ".0" : String(r)
    }
}
