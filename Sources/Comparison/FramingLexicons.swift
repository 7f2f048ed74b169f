import FoundationEssentials
import TextProcessing

/// The word lists behind a framing profile, loaded from `Models/lexicons/`.
///
/// Our own lists (`en-parallax-v1`: report verbs split into neutral and loaded, hedges,
/// assertives, factives, intensifiers, loaded words, titles) and VADER's valence lexicon
/// (`en-vader-v1`, MIT, converted by `scripts/build-lexicons`). Arousal has no redistributable
/// lexicon, so it is only measured when the user supplies one (`loadVAD(from:)`, e.g. their own
/// copy of NRC-VAD, which Parallax may not ship).
public struct FramingLexicons: Sendable, Equatable {
    public var neutralReportVerbs: PhraseSet
    public var loadedReportVerbs: PhraseSet
    public var hedges: PhraseSet
    public var assertives: PhraseSet
    public var factives: PhraseSet
    public var intensifiers: PhraseSet
    public var loaded: PhraseSet
    /// Titles and roles stripped from speaker names ("mayor", "mr").
    public var titles: Set<String>
    /// Word → valence (VADER's −4…+4 scale unless a user lexicon replaced it).
    public var valence: [String: Double]
    /// Word → arousal, only from a user lexicon.
    public var arousal: [String: Double]
    /// Where valence and arousal came from, for reports.
    public var sentimentSource: String

    public init(neutralReportVerbs: PhraseSet, loadedReportVerbs: PhraseSet, hedges: PhraseSet,
                assertives: PhraseSet, factives: PhraseSet, intensifiers: PhraseSet, loaded: PhraseSet,
                titles: Set<String>, valence: [String: Double], arousal: [String: Double] = [:],
                sentimentSource: String) {
        self.neutralReportVerbs = neutralReportVerbs
        self.loadedReportVerbs = loadedReportVerbs
        self.hedges = hedges
        self.assertives = assertives
        self.factives = factives
        self.intensifiers = intensifiers
        self.loaded = loaded
        self.titles = titles
        self.valence = valence
        self.arousal = arousal
        self.sentimentSource = sentimentSource
    }

    /// The lexicons bundled in `Models/lexicons/` (version 1 of each).
    /// - Throws: `ModelError.notFound` when `Models/` is missing, `ComparisonError.malformedModel`
    ///   for a malformed line.
    public static func bundled() throws -> FramingLexicons {
        let dir = "lexicons/en-parallax-v1/"
        var neutral: [String] = [], loadedVerbs: [String] = []
        let verbsFile = dir + "report-verbs.tsv"
        for (n, line) in try ModelStore.lines(verbsFile).enumerated() {
            let f = line.split(separator: "\t").map { $0.trimmingWhitespace() }
            guard f.count == 2, f[1] == "neutral" || f[1] == "loaded" else {
                throw ComparisonError.malformedModel(file: verbsFile, line: n + 1,
                                                     expected: "term<TAB>neutral|loaded", found: line)
            }
            if f[1] == "neutral" { neutral.append(f[0]) } else { loadedVerbs.append(f[0]) }
        }
        func list(_ name: String) throws -> PhraseSet { PhraseSet(try ModelStore.lines(dir + name)) }
        let vaderFile = "lexicons/en-vader-v1/valence.tsv"
        let valence = try Self.parseScores(try ModelStore.lines(vaderFile), file: vaderFile).valence
        return FramingLexicons(
            neutralReportVerbs: PhraseSet(neutral), loadedReportVerbs: PhraseSet(loadedVerbs),
            hedges: try list("hedges.txt"), assertives: try list("assertives.txt"),
            factives: try list("factives.txt"), intensifiers: try list("intensifiers.txt"),
            loaded: try list("loaded.txt"), titles: Set(try ModelStore.lines(dir + "titles.txt")),
            valence: valence, sentimentSource: "VADER 3.3.2 valence (-4..+4)")
    }

    /// Replaces valence (and adds arousal) with a user's lexicon: TSV lines `word<TAB>valence`
    /// or `word<TAB>valence<TAB>arousal[<TAB>dominance]` (NRC-VAD's layout); a first line whose
    /// second field is not a number is taken as a header.
    /// - Throws: `ComparisonError.malformedModel` naming the file and line.
    public mutating func loadVAD(from url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let parsed = try Self.parseScores(lines, file: url.path, allowHeader: true)
        valence = parsed.valence
        arousal = parsed.arousal
        sentimentSource = "user lexicon \(url.lastPathComponent)"
    }

    static func parseScores(_ lines: [String], file: String, allowHeader: Bool = false)
        throws -> (valence: [String: Double], arousal: [String: Double]) {
        var v: [String: Double] = [:], a: [String: Double] = [:]
        for (n, line) in lines.enumerated() {
            if line.hasPrefix("#") || line.trimmingWhitespace().isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard f.count >= 2, let val = Double(f[1]) else {
                if allowHeader && n == 0 { continue }
                throw ComparisonError.malformedModel(file: file, line: n + 1,
                                                     expected: "word<TAB>valence[<TAB>arousal…]", found: line)
            }
            let w = f[0].lowercased()
            v[w] = val
            if f.count >= 3, let ar = Double(f[2]) { a[w] = ar }
        }
        return (v, a)
    }
}
