/// A set of words and multi-word phrases, matched against lower-cased tokens.
///
/// Matching is greedy and leftmost-longest: at each position the longest phrase that starts
/// there wins and matching resumes after it, so "according to" is one match, not two.
public struct PhraseSet: Sendable, Equatable {
    private var phrases: [String: Set<Int>] = [:]  // first word -> lengths of phrases starting with it
    private var all: Set<String> = []

    public init<S: Sequence>(_ terms: S) where S.Element == String {
        for t in terms { insert(t) }
    }

    public mutating func insert(_ term: String) {
        let words = term.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        all.insert(words.joined(separator: " "))
        phrases[first, default: []].insert(words.count)
    }

    public var count: Int { all.count }
    public func contains(_ term: String) -> Bool { all.contains(term.lowercased()) }

    /// The phrases found in `tokens` as (start index, length, phrase), in order.
    public func matches(in tokens: [String]) -> [(start: Int, length: Int, term: String)] {
        var out: [(Int, Int, String)] = []
        var i = 0
        while i < tokens.count {
            var matched = 0
            if let lengths = phrases[tokens[i]] {
                for n in lengths.sorted(by: >) where i + n <= tokens.count {
                    let t = tokens[i..<(i + n)].joined(separator: " ")
                    if all.contains(t) { matched = n; out.append((i, n, t)); break }
                }
            }
            i += max(matched, 1)
        }
        return out
    }
}
