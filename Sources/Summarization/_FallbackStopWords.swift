/// English function words ignored when vectorizing, until TextProcessing's versioned stop-word
/// list lands (then `TermAnalyzer` switches to it). Our own list: articles, pronouns, auxiliary
/// and modal verbs, common prepositions and conjunctions, and the fragments our tokenizer leaves
/// after splitting contractions ("s", "t", "ll", "re", "ve", "d", "m").
enum _FallbackStopWords {
    static let words: Set<String> = Set("""
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves s t ll re ve d m don didn doesn isn
    wasn weren won wouldn couldn shouldn hasn haven hadn aren may might must shall said says say
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
