import TextProcessing

/// How one outlet frames a story, as rates per 100 words with the words that triggered them.
///
/// Measured over the headline and every body sentence, by matching lower-cased words against
/// `FramingLexicons` (leftmost-longest, so "according to" counts once). Rates are
/// `100 · matches / words`; a version with no words has every rate 0. Valence and arousal are
/// the means over the words the sentiment lexicon knows (nil when it knows none).
///
/// Quotation share is the fraction of words inside quotation marks. Speakers are found with
/// three patterns: `"…," X said` / `said X`, `X said …`, and `according to X`, where X is a
/// capitalised run with titles stripped and short forms resolved to the full name
/// (`_NameSpans`). Entities are all capitalised runs that are not calendar or function words.
public struct FramingProfile: Sendable, Equatable {
    /// One lexicon category's hits.
    public struct Category: Sendable, Equatable {
        public var count: Int
        public var per100Words: Double
        /// The words that matched, most frequent first (ties alphabetical).
        public var triggers: [(term: String, count: Int)]

        public static func == (a: Category, b: Category) -> Bool {
            a.count == b.count && a.per100Words == b.per100Words
                && a.triggers.map(\.term) == b.triggers.map(\.term) && a.triggers.map(\.count) == b.triggers.map(\.count)
        }
    }

    /// A person or organisation the outlet lets speak.
    public struct Speaker: Sendable, Equatable {
        public var name: String
        /// Statements attributed to them (direct or reported).
        public var statements: Int
        /// How many of those carry quotation marks.
        public var direct: Int
    }

    /// A name the outlet mentions.
    public struct Entity: Sendable, Equatable {
        public var name: String
        public var count: Int
        /// The body sentence of its first mention (0-based).
        public var firstSentence: Int?
        /// Whether the headline mentions it (its last word, so "Voss" counts for "Elena Voss").
        public var inHeadline: Bool
    }

    public var words: Int
    public var neutralAttribution: Category
    public var loadedAttribution: Category
    public var hedges: Category
    public var assertives: Category
    public var factives: Category
    public var intensifiers: Category
    public var loaded: Category
    public var valence: Double?
    public var arousal: Double?
    /// Words the sentiment lexicon knew.
    public var sentimentWords: Int
    /// Fraction of words inside quotation marks, in [0, 1].
    public var quotationShare: Double
    public var speakers: [Speaker]
    public var entities: [Entity]

    /// The categories in report order with their display names.
    public var categories: [(name: String, category: Category)] {
        [("neutral attribution", neutralAttribution), ("loaded attribution", loadedAttribution),
         ("hedges", hedges), ("assertives", assertives), ("factives", factives),
         ("intensifiers", intensifiers), ("loaded words", loaded)]
    }
}

extension FramingProfile {
    /// The loaded terms of one sentence: loaded words and loaded report verbs, in order.
    static func loadedTerms(_ lower: [String], _ lex: FramingLexicons) -> [String] {
        let hits = lex.loaded.matches(in: lower) + lex.loadedReportVerbs.matches(in: lower)
        return hits.sorted { $0.start < $1.start }.map(\.term)
    }

    /// Measures `headline` and `sentences` (the body, quotation state carried within paragraphs).
    static func measure(headline: String?, sentences: [Sentence], lexicons lex: FramingLexicons,
                        nonNames: Set<String>) -> FramingProfile {
        let spans = _NameSpans(titles: lex.titles, nonNames: nonNames)
        var units: [(words: [_Word], body: Int?)] = []
        if let h = headline { units.append((_WordScanner.words(h), nil)) }
        var inQuote = false
        var paragraph = -1
        for s in sentences {
            if s.paragraph != paragraph { inQuote = false; paragraph = s.paragraph }
            units.append((_WordScanner.words(s.text, inQuote: &inQuote), s.index))
        }
        var counts = Array(repeating: [String: Int](), count: 7)
        let sets = [lex.neutralReportVerbs, lex.loadedReportVerbs, lex.hedges, lex.assertives,
                    lex.factives, lex.intensifiers, lex.loaded]
        var words = 0, quoted = 0, vSum = 0.0, aSum = 0.0, vN = 0, aN = 0
        var rawSpeakers: [(String, Bool)] = []
        var rawEntities: [(String, Int?)] = [], loneInitial: [(String, Int?)] = []
        for u in units {
            let lower = u.words.map(\.lower)
            words += lower.count
            quoted += u.words.filter(\.inQuote).count
            for (k, set) in sets.enumerated() {
                for m in set.matches(in: lower) { counts[k][m.term, default: 0] += 1 }
            }
            for w in lower {
                if let v = lex.valence[w] { vSum += v; vN += 1 }
                if let a = lex.arousal[w] { aSum += a; aN += 1 }
            }
            let runs = spans.runs(u.words)
            for r in runs {
                // A lone sentence-initial word is a name only if it is not a known non-name (handled
                // in runs) and it is not followed by a lower-case verb-like continuation; keep it simple:
                // drop lone sentence-initial words that the scanner cannot tell from ordinary words.
                if r.lowerBound == 0, r.count == 1 {
                    // A lone sentence-opening word is a name only as the short form of a longer one.
                    if u.body != nil, let n = spans.name(u.words, r) { loneInitial.append((n, u.body)) }
                    continue
                }
                // Headlines are often in title case, so names are taken from the body only and
                // then looked up in the headline.
                if u.body != nil, let n = spans.name(u.words, r) { rawEntities.append((n, u.body)) }
            }
            if u.body != nil { rawSpeakers += Self.speakers(u.words, lower, runs, spans, lex) }
        }
        let resolve = _NameSpans.resolver(rawEntities.map(\.0) + rawSpeakers.map(\.0))
        rawEntities += loneInitial.filter { resolve($0.0) != $0.0 }
        rawEntities.sort { ($0.1 ?? -1) < ($1.1 ?? -1) }
        func category(_ k: Int) -> Category {
            let total = counts[k].values.reduce(0, +)
            let trig = counts[k].sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return Category(count: total, per100Words: words == 0 ? 0 : 100 * Double(total) / Double(words),
                            triggers: trig.map { ($0.key, $0.value) })
        }
        var speakerOrder: [String] = [], speakerStats: [String: (Int, Int)] = [:]
        for (n, direct) in rawSpeakers {
            let name = resolve(n)
            if speakerStats[name] == nil { speakerOrder.append(name) }
            let cur = speakerStats[name] ?? (0, 0)
            speakerStats[name] = (cur.0 + 1, cur.1 + (direct ? 1 : 0))
        }
        var entityOrder: [String] = [], ent: [String: Entity] = [:]
        for (n, body) in rawEntities {
            let name = resolve(n)
            if ent[name] == nil { entityOrder.append(name); ent[name] = Entity(name: name, count: 0, firstSentence: nil, inHeadline: false) }
            ent[name]!.count += 1
            if ent[name]!.firstSentence == nil { ent[name]!.firstSentence = body }
        }
        let headlineWords = Set(headline.map { _WordScanner.words($0).map(\.lower) } ?? [])
        for (k, e) in ent {
            let last = _WordScanner.words(e.name).last?.lower ?? ""
            ent[k]!.inHeadline = headlineWords.contains(last)
        }
        let entities = entityOrder.compactMap { ent[$0] }.enumerated().sorted { x, y in
            x.element.count != y.element.count ? x.element.count > y.element.count : x.offset < y.offset
        }.map(\.element)
        return FramingProfile(
            words: words,
            neutralAttribution: category(0), loadedAttribution: category(1), hedges: category(2),
            assertives: category(3), factives: category(4), intensifiers: category(5), loaded: category(6),
            valence: vN == 0 ? nil : vSum / Double(vN), arousal: aN == 0 ? nil : aSum / Double(aN),
            sentimentWords: vN,
            quotationShare: words == 0 ? 0 : Double(quoted) / Double(words),
            speakers: speakerOrder.map { Speaker(name: $0, statements: speakerStats[$0]!.0, direct: speakerStats[$0]!.1) },
            entities: entities)
    }

    /// Speakers of one sentence: `according to X`, `said X`, `X said` (report verb outside quotes).
    private static func speakers(_ w: [_Word], _ lower: [String], _ runs: [Range<Int>], _ spans: _NameSpans,
                                 _ lex: FramingLexicons) -> [(String, Bool)] {
        let direct = w.contains(where: \.inQuote)
        var out: [(String, Bool)] = []
        var used = Set<Int>()
        func run(startingAt i: Int) -> Range<Int>? { runs.first { $0.lowerBound <= i && i < $0.upperBound && $0.lowerBound == i } ?? runs.first { $0.contains(i) } }
        func run(endingAt i: Int) -> Range<Int>? { runs.first { $0.upperBound == i + 1 } }
        let verbs = (lex.neutralReportVerbs.matches(in: lower) + lex.loadedReportVerbs.matches(in: lower))
            .filter { !w[$0.start].inQuote }.sorted { $0.start < $1.start }
        for v in verbs {
            let after = v.start + v.length
            var found: Range<Int>? = nil
            if v.term == "according to" {
                // "according to X", allowing one determiner-like word ("according to the union's X" is rare).
                if after < w.count { found = run(startingAt: after) }
            } else if v.start > 0, let r = run(endingAt: v.start - 1) {
                // "Tomas Reyne said"; after an appositive ("Ines Balder, an observer from the
                // Calder Rights Forum, said") the subject is the run that opens the sentence.
                if r.lowerBound > 0, let first = runs.first, first.lowerBound == 0, !w[0].inQuote { found = first } else { found = r }
            } else if after < w.count, let r = run(startingAt: after) {
                found = r  // "said Tomas Reyne"
            }
            if let r = found, !used.contains(r.lowerBound), let n = spans.name(w, r) {
                used.insert(r.lowerBound)
                out.append((n, direct))
            }
        }
        return out
    }
}
