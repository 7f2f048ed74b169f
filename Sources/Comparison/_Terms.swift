import TextProcessing

/// The content terms of a sentence for the vector space: lower-cased word tokens without stop
/// words, stemmed with Porter's stemmer.
///
/// Adapter: the stop-word list is a short stand-in until `TextProcessing.StopWords` lands on
/// `main`; then this file delegates to it (the only place Comparison decides what a term is).
struct _Terms: Sendable {
    private let stemmer = PorterStemmer()
    private let tokenizer = Tokenizer()

    func tokens(_ text: String) -> [String] { tokenizer.words(text) }

    func contentTerms(_ tokens: [String]) -> [String] {
        tokens.filter { !Self.stopWords.contains($0) }.map { stemmer.stem($0) }
    }

    func isStopWord(_ w: String) -> Bool { Self.stopWords.contains(w) }

    // Stand-in list (English function words); replaced by TextProcessing.StopWords.
    static let stopWords: Set<String> = Set("""
    a about above after again against all also am an and any are as at be because been before being below \
    between both but by can could did do does doing down during each few for from further had has have having \
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no \
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than \
    that the their theirs them themselves then there these they this those through to too under until up very \
    was we were what when where which while who whom why will with would you your yours yourself yourselves \
    said says say told s t
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
