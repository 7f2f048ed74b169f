import FoundationEssentials

/// The word lists `SentenceSplitter` consults, loaded from `Models/abbreviations/<version>/`.
///
/// - `abbreviations.tsv`: `abbreviation<TAB>kind`, where kind is `title` (never ends a sentence),
///   `number` (does not end a sentence before a digit) or `ordinary` (ends a sentence only before
///   a sentence starter).
/// - `sentence-starters.txt`: capitalised words that begin a new sentence after an abbreviation.
/// - `time-context.txt`: capitalised words that continue a sentence after "a.m."/"p.m.".
///
/// All entries are lower case, in `TextNormalizer`'s matching form, final period dropped.
public struct AbbreviationList: Sendable, Equatable {
    /// How an abbreviation behaves before the next word.
    public enum Kind: String, Sendable {
        case title, number, ordinary
    }

    public var kinds: [String: Kind] { didSet { longestAbbreviationBytes = Self.longest(kinds) } }
    public var sentenceStarters: Set<String>
    public var timeContext: Set<String>
    /// The length in UTF-8 bytes of the longest abbreviation in `kinds` (at least its length in
    /// scalars): the splitter skips the look-up for longer words.
    public private(set) var longestAbbreviationBytes: Int

    private static func longest(_ kinds: [String: Kind]) -> Int { kinds.keys.reduce(0) { max($0, $1.utf8.count) } }

    public init(kinds: [String: Kind], sentenceStarters: Set<String>, timeContext: Set<String>) {
        self.kinds = kinds
        self.longestAbbreviationBytes = Self.longest(kinds)
        self.sentenceStarters = sentenceStarters
        self.timeContext = timeContext
    }

    /// The model folder the English list is read from.
    public static let englishModel = "abbreviations/en-parallax-v1"

    /// The English list from `Models/`, or an empty list when the model cannot be found
    /// (call `loadEnglish()` first where a missing model must be reported).
    public static let english: AbbreviationList = (try? englishResult.get()) ?? AbbreviationList(kinds: [:], sentenceStarters: [], timeContext: [])

    /// Loads the English list, reporting a missing or malformed model. The model is read once per
    /// process (`english` and this share the result).
    public static func loadEnglish() throws -> AbbreviationList { try englishResult.get() }

    private static let englishResult = Result { try load(englishModel) }

    /// Parses `abbreviations.tsv` text: `abbreviation<TAB>kind` lines, `#` comments, blank lines.
    /// - Throws: `ModelError.malformed` naming `file`, the 1-based line, and what was expected.
    static func parseKinds(_ text: String, file: String) throws -> [String: Kind] {
        var kinds: [String: Kind] = [:]
        for (n, line) in ModelStore.entryLines(text) {
            let fields = line.utf8.split(separator: 0x09).map { Substring($0).trimmingWhitespace() }
            guard fields.count == 2, let kind = Kind(rawValue: fields[1]) else {
                throw ModelError.malformed(file: file, line: n, expected: "abbreviation<TAB>title|number|ordinary", found: line)
            }
            kinds[fields[0]] = kind
        }
        return kinds
    }

    /// Loads a list from `Models/<folder>/`.
    /// - Throws: `ModelError.notFound` or `ModelError.malformed` (file, line, what was expected).
    public static func load(_ folder: String) throws -> AbbreviationList {
        let file = folder + "/abbreviations.tsv"
        let kinds = try parseKinds(try String(contentsOf: try ModelStore.url(file), encoding: .utf8), file: file)
        return AbbreviationList(
            kinds: kinds,
            sentenceStarters: Set(try ModelStore.lines(folder + "/sentence-starters.txt")),
            timeContext: Set(try ModelStore.lines(folder + "/time-context.txt")))
    }
}
