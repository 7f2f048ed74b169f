/// A set of stop words: function words that analysis stages skip.
///
/// Lookups fold the word to `TextNormalizer`'s matching form and lower case, so "The",
/// "the" and "don’t"/"don't" are found alike.
///
/// Example:
/// ```swift
/// StopWords.english.contains("Don’t")   // true
/// StopWords.english.contains("bridge")  // false
/// ```
public struct StopWords: Sendable, Equatable {
    public let words: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { TextNormalizer.matchingForm($0).lowercased() })
    }

    /// True when `word` is a stop word (any case, curly or straight apostrophes).
    public func contains(_ word: String) -> Bool {
        words.contains(TextNormalizer.matchingForm(word).lowercased())
    }

    /// The model file of the English list.
    public static let englishModel = "stopwords/en-parallax-v1/stopwords.txt"

    /// Parallax's English list (`Models/stopwords/en-parallax-v1`), or an empty set when the
    /// model cannot be found (call `loadEnglish()` where a missing model must be reported).
    public static let english: StopWords = (try? loadEnglish()) ?? StopWords([])

    /// Loads the English list (read once per process; `english` shares the result).
    /// - Throws: `ModelError.notFound` when `Models/` or the file is missing.
    public static func loadEnglish() throws -> StopWords { try englishResult.get() }

    private static let englishResult = Result { StopWords(try ModelStore.lines(englishModel)) }
}
