/// The evidence that two sentences report the same thing, as numbers in [0, 1].
///
/// Lexical features of the kind that Wan et al. (2006, "Using dependency-based features to take
/// the 'para-farce' out of paraphrase") and Madnani et al. (2012, "Re-examining machine
/// translation metrics for paraphrase identification") show carry most of the signal on MSRP:
///
/// | name | value |
/// |---|---|
/// | `cosine` | TF-IDF cosine of the content terms (stop words dropped, stemmed) |
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
            dice(a.tokens, b.tokens),
            dice(a.bigrams, b.bigrams),
            lcs,
            max(la, lb) == 0 ? 1 : Double(min(la, lb)) / Double(max(la, lb)),
            jaccardOrOne(a.numbers, b.numbers),
            jaccardOrOne(a.names, b.names),
            dice(a.content, b.content),
            containment(a.content, b.content),
        ])
    }

    static func dice(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var counts: [String: Int] = [:]
        for t in a { counts[t, default: 0] += 1 }
        var common = 0
        for t in b where (counts[t] ?? 0) > 0 { counts[t]! -= 1; common += 1 }
        return 2 * Double(common) / Double(a.count + b.count)
    }

    static func containment(_ a: [String], _ b: [String]) -> Double {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.isEmpty { return long.isEmpty ? 1 : 0 }
        let l = Set(long)
        return Double(short.filter { l.contains($0) }.count) / Double(short.count)
    }

    static func jaccardOrOne(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}

/// One side of a pair, analysed once and reused for every pair it takes part in.
struct _PairSide: Sendable {
    var tokens: [String]
    var bigrams: [String]
    var content: [String]
    var numbers: Set<String>
    var names: Set<String>

    init(text: String, terms: _Terms) {
        tokens = terms.tokens(text)
        bigrams = zip(tokens, tokens.dropFirst()).map { $0 + " " + $1 }
        content = terms.contentTerms(tokens)
        numbers = Set(tokens.filter { $0.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
            .map { $0.replacingOccurrences(of: ",", with: "") })
        let words = _WordScanner.words(text)
        names = Set(words.dropFirst().filter { $0.text.unicodeScalars.first?.properties.isUppercase ?? false }.map(\.lower))
    }
}
