/// The evidence that two sentences report the same thing, as numbers in [0, 1].
///
/// Lexical features of the kind that Wan et al. (2006, "Using dependency-based features to take
/// the 'para-farce' out of paraphrase") and Madnani et al. (2012, "Re-examining machine
/// translation metrics for paraphrase identification") show carry most of the signal on MSRP:
///
/// | name | value |
/// |---|---|
/// | `cosine` | TF-IDF cosine of the content terms (`TFIDFVectorizer`: stop words dropped, stemmed, news IDF) |
/// | `unigram` | Dice overlap of all word tokens, 2·|A∩B| / (|A| + |B|) (multisets) |
/// | `bigram` | Dice overlap of word bigrams |
/// | `lcs` | longest common token subsequence / length of the longer sentence |
/// | `length` | shorter length / longer length |
/// | `numbers` | 1 when the numbers in both agree (or neither has any), else Jaccard of the number sets |
/// | `names` | Jaccard of the capitalised words after the first (1 when neither has any) |
/// | `content` | Dice overlap of the content terms, unweighted |
/// | `containment` | share of the shorter sentence's content terms found in the longer one |
///
/// All are symmetric in the two sentences, and every one is 1 for two identical sentences.
public struct PairFeatures: Sendable, Equatable {
    public static let names = ["cosine", "unigram", "bigram", "lcs", "length", "numbers", "names", "content", "containment"]
    public var values: [Double]

    public init(values: [Double]) { self.values = values }

    subscript(_ name: String) -> Double { values[Self.names.firstIndex(of: name)!] }

    /// The features of a pair, given each side's analysis and their TF-IDF cosine.
    static func of(_ a: _PairSide, _ b: _PairSide, cosine: Double) -> PairFeatures {
        let la = a.tokens.count, lb = b.tokens.count
        let lcs = la == 0 || lb == 0 ? 0 : Double(WordDiff.lcsLength(a.tokens, b.tokens)) / Double(max(la, lb))
        return PairFeatures(values: [
            cosine,
            sortedDice(a.sortedTokens, b.sortedTokens),
            sortedDice(a.sortedBigrams, b.sortedBigrams),
            lcs,
            max(la, lb) == 0 ? 1 : Double(min(la, lb)) / Double(max(la, lb)),
            jaccardOrOne(a.numbers, b.numbers),
            jaccardOrOne(a.names, b.names),
            sortedDice(a.sortedContent, b.sortedContent),
            containment(a.contentSet, b.contentSet, shorter: min(a.sortedContent.count, b.sortedContent.count) == a.sortedContent.count),
        ])
    }

    /// Dice overlap of two multisets, 2·|A∩B| / (|A| + |B|); 1 when both are empty.
    static func dice<T: Comparable>(_ a: [T], _ b: [T]) -> Double { sortedDice(a.sorted(), b.sorted()) }

    /// `dice` of two sorted multisets, by one merge.
    static func sortedDice<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(common) / Double(a.count + b.count)
    }

    /// Share of the shorter list's items found in the longer one (1 when both are empty).
    static func containment(_ a: [String], _ b: [String]) -> Double {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.isEmpty { return long.isEmpty ? 1 : 0 }
        let l = Set(long)
        return Double(short.filter { l.contains($0) }.count) / Double(short.count)
    }

    private static func containment(_ a: _Items, _ b: _Items, shorter aIsShorter: Bool) -> Double {
        let (short, long) = aIsShorter ? (a, b) : (b, a)
        if short.list.isEmpty { return long.list.isEmpty ? 1 : 0 }
        return Double(short.list.filter { long.set.contains($0) }.count) / Double(short.list.count)
    }

    static func jaccardOrOne<T: Hashable>(_ a: Set<T>, _ b: Set<T>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}

/// Items in order and as a set.
struct _Items: Sendable { var list: [Int]; var set: Set<Int> }

/// Maps strings to small integers, so features compare integers instead of hashing strings.
final class _Interner {
    private var ids: [String: Int] = [:]
    func id(_ s: String) -> Int {
        if let k = ids[s] { return k }
        let k = ids.count
        ids[s] = k
        return k
    }
}

/// One side of a pair, analysed once and reused for every pair it takes part in.
struct _PairSide: Sendable {
    /// Word tokens as interned ids, in order (for the LCS).
    var tokens: [Int]
    var sortedTokens: [Int]
    var sortedBigrams: [Int]
    var sortedContent: [Int]
    var contentSet: _Items
    var numbers: Set<String>
    var names: Set<String>

    /// - Parameters:
    ///   - words: the sentence scanned by `_WordScanner`.
    ///   - content: the sentence's content terms from `_SentenceSpace`.
    init(words: [_Word], content: [String], interner: _Interner) {
        let lower = words.map(\.lower)
        tokens = lower.map(interner.id)
        sortedTokens = tokens.sorted()
        sortedBigrams = zip(lower, lower.dropFirst()).map { interner.id($0 + " " + $1) }.sorted()
        let c = content.map(interner.id)
        sortedContent = c.sorted()
        contentSet = _Items(list: c, set: Set(c))
        numbers = Set(lower.filter { $0.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
            .map { $0.replacingAll(",", with: "") })
        names = Set(words.dropFirst().filter { $0.text.unicodeScalars.first?.properties.isUppercase ?? false }.map(\.lower))
    }
}
