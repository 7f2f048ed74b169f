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

    /// The words of outlet `o`'s member sentence that differ from the fact's chosen wording,
    /// lower-cased (for highlighting).
    static func changedWords(_ f: StoryComparison.Fact, outlet o: Int) -> Set<String> {
        guard let d = f.differences.first(where: { $0.outlet == o }) else { return [] }
        var out = Set<String>()
        for e in d.diff.edits { for w in _WordScanner.words(e.to) { out.insert(w.lower) } }
        return out
    }

    static func pct(_ x: Double) -> String { String(Int((100 * x).rounded())) + "%" }

    static func rate(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) + ".0" : String(r)
    }
}
