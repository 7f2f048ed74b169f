/// Finds the article in text copied or scraped from a news page: the headline and the story's
/// paragraphs, without the page around them.
///
/// Scraped plain text keeps one line per page block: navigation ("Skip to main content", menu
/// items), advertising labels, share prompts, photo captions with their credits (often twice),
/// bylines and time stamps, the story, and teasers for other stories. The remover works on
/// lines, with rules rather than a model, in the spirit of jusText (Pomikálek 2011), which
/// classifies blocks by length and "sentence-likeness" and then uses the neighbourhood:
///
/// 1. **Lines.** The input (NFC) is cut into lines; a line of 40 or more characters that does
///    not end a sentence is joined with the next line of the same block (hard-wrapped prose).
/// 2. **Junk lines** are dropped wherever they are (see `LineClassifier`): navigation and
///    interface labels, boilerplate sentences (copyright, cookies, newsletter prompts,
///    "contributed to this report"), photo captions (a credit such as "(Name/Agency via AP)",
///    "AP Photo/…", "Getty Images", or a caption written twice on one line), bylines ("By …")
///    and time stamps ("Updated 3:15 PM EST, March 5, 2024"), and menu lines ("World | U.S.").
///    Datelines are *not* bylines: "BERLIN (AP) — …" stays at the start of its paragraph.
/// 3. **Repeated lines** are kept once (captions and headlines are often repeated).
/// 4. **The story** is the run of *prose* lines (sentence-like: three or more words ending with
///    `.`, `!`, `?` or a closing quote after one, or at least 20 words) from the first one after
///    the title. Short non-prose lines inside it (sub-heads, stray labels) are dropped.
/// 5. **The title** is the headline-like line (3–30 words, not prose, not junk) before the story
///    that shares the most content words with the story's first paragraphs; ties go to the line
///    nearest the story. A line after some prose (within the first quarter of all prose) wins
///    only with a strictly larger overlap of at least two words; the prose before it (a cookie
///    notice, a teaser) is then not part of the story.
///    Lines listed under a teaser header are never the title. A dateline ("BERLIN (AP) — …",
///    "WASHINGTON —") opens the story: when the first paragraph with one is not the start found
///    so far, the story starts there instead, and the title is the nearest headline-like line
///    before it that shares a word with it.
/// 6. **The tail.** A teaser header ("Top Stories", "Related", "Read more", "Most Popular", …)
///    ends the story — with everything after it — when at least as much prose precedes it as
///    follows, unless the story visibly resumes after it (two or more prose lines in a row,
///    either right after the header or sharing at least 40% of their content words with the
///    story: an in-article "Trending" or "Read more" box); otherwise only the header and the
///    headline lines under it are dropped. A header glued to the end of the last paragraph ("…achieve.”
///    Top Stories") is cut off that paragraph first.
///
/// Deviation from jusText: no stop-word density (our inputs are English news and the
/// sentence-likeness test was enough on our examples), and the teaser-tail rule is ours.
///
/// Example:
/// ```swift
/// let article = BoilerplateRemover().article(from: "Skip to main content\n\nHarbor Bridge Opens\n\n" +
///     "The new bridge opened on Friday.\n\nTop Stories\n\nOther news here.")
/// article.title        // "Harbor Bridge Opens"
/// article.paragraphs   // ["The new bridge opened on Friday."]
/// ```
/// - Complexity: O(n) in the length of the text, plus O(l · w) for the title search over l
///   candidate lines of w words.
public struct BoilerplateRemover: Sendable {
    public init() {}

    /// The article in `text`; paragraphs and title carry their ranges in the NFC form of `text`
    /// (`Article.paragraphSourceRanges`, `Article.titleSourceRange`), in Unicode scalars.
    /// Text with no prose at all gives an article with no paragraphs (a documented result, not
    /// an error).
    public func article(from text: String) -> Article {
        let source = TextNormalizer.displayForm(text)
        let lines = Self.joinWrapped(Self.lines(source))
        var units: [Unit] = []
        var seen = Set<String>()
        for line in lines {
            var unit = line
            if let (kept, header) = LineClassifier.splitGluedTeaser(unit.text) {
                unit.range = unit.range.lowerBound..<(unit.range.lowerBound + kept.unicodeScalars.count)
                unit.text = kept
                unit.endsStory = !header.isEmpty
            }
            let kind = LineClassifier.kind(of: unit.text)
            if kind == .junk { continue }
            let key = TextNormalizer.matchingForm(unit.text).lowercased()
            if !seen.insert(key).inserted { continue }
            unit.kind = kind
            units.append(unit)
        }
        guard let firstProse = units.firstIndex(where: { $0.kind == .prose }) else {
            return Article(title: nil, paragraphs: [])
        }
        var titleIndex = Self.titleIndex(units, firstProse: firstProse)
        var start = units[(titleIndex.map { $0 + 1 } ?? firstProse)...].firstIndex(where: { $0.kind == .prose }) ?? units.count
        // A dateline ("BERLIN (AP) — …") opens the story: prose before it is teasers or promotion.
        if let dateline = units.firstIndex(where: { $0.kind == .prose && LineClassifier.startsWithDateline($0.text) }), dateline != start {
            start = dateline
            titleIndex = Self.titleIndex(units, before: dateline)
        }
        // proseAfter[i] = characters of prose in units[i...] (for the teaser-tail rule).
        var proseAfter = [Int](repeating: 0, count: units.count + 1)
        for j in units.indices.reversed() { proseAfter[j] = proseAfter[j + 1] + (units[j].kind == .prose ? units[j].text.count : 0) }
        var body: [Unit] = []
        var before = 0
        var i = start
        while i < units.count {
            let u = units[i]
            switch u.kind {
            case .teaserHeader:
                if before >= proseAfter[i + 1] && !Self.storyResumes(after: i, units, story: body) { i = units.count; continue }
                i += 1
                while i < units.count, units[i].kind != .prose { i += 1 }
                continue
            case .prose:
                body.append(u)
                before += u.text.count
                if u.endsStory { i = units.count; continue }
            default:
                break
            }
            i += 1
        }
        var article = Article(title: titleIndex.map { units[$0].text }, paragraphs: body.map(\.text))
        article.titleSourceRange = titleIndex.map { units[$0].range }
        article.paragraphSourceRanges = body.map(\.range)
        return article
    }

    // MARK: - Lines

    /// A line (or joined lines) of the input with its place in it.
    struct Unit {
        var text: String
        var range: Range<Int>
        /// True when a blank line (or the start of the text) precedes it.
        var startsBlock: Bool
        var kind: LineKind = .other
        var endsStory = false
    }

    /// The non-blank lines of `text`, trimmed, with their scalar ranges.
    static func lines(_ text: String) -> [Unit] {
        let scalars = Array(text.unicodeScalars)
        var out: [Unit] = []
        var lineStart = 0
        var blank = true
        func flush(_ end: Int) {
            var a = lineStart, b = end
            while a < b, scalars[a].properties.isWhitespace { a += 1 }
            while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
            if a < b {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[a..<b])
                out.append(Unit(text: String(v), range: a..<b, startsBlock: blank || out.isEmpty))
                blank = false
            } else {
                blank = true
            }
        }
        for (i, s) in scalars.enumerated() where s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" {
            if s == "\n", i > 0, scalars[i - 1] == "\r" { lineStart = i + 1; continue }
            flush(i)
            lineStart = i + 1
        }
        flush(scalars.count)
        return out
    }

    /// Joins hard-wrapped prose: a line of ≥ 40 characters that does not end a sentence is
    /// continued by the next line of the same block.
    static func joinWrapped(_ lines: [Unit]) -> [Unit] {
        var out: [Unit] = []
        for line in lines {
            if let last = out.last, !line.startsBlock, last.text.count >= 40,
               !LineClassifier.endsSentence(last.text), LineClassifier.kind(of: last.text) != .junk,
               LineClassifier.kind(of: line.text) != .junk {
                out[out.count - 1].text += " " + line.text
                out[out.count - 1].range = last.range.lowerBound..<line.range.upperBound
            } else {
                out.append(line)
            }
        }
        return out
    }

    // MARK: - Title

    /// The index of the title line, or nil when no line before the story looks like one.
    static func titleIndex(_ units: [Unit], firstProse: Int) -> Int? {
        let proseTotal = units.filter { $0.kind == .prose }.reduce(0) { $0 + $1.text.count }
        let proseIndices = units.indices.filter { units[$0].kind == .prose }
        var nextProse = 0  // index into proseIndices of the first prose unit after i
        var followingWords: (from: Int, words: Set<String>) = (-1, [])
        var proseSoFar = 0
        var best: (index: Int, overlap: Int)? = nil
        var underTeaserHeader = false  // headlines listed under "Related" are other stories' titles
        for (i, u) in units.enumerated() {
            if u.kind == .prose { proseSoFar += u.text.count; underTeaserHeader = false }
            if u.kind == .teaserHeader { underTeaserHeader = true }
            if proseSoFar * 4 > proseTotal { break }
            while nextProse < proseIndices.count, proseIndices[nextProse] <= i { nextProse += 1 }
            guard u.kind == .other, !underTeaserHeader else { continue }
            let words = u.text.split(whereSeparator: \.isWhitespace).count
            guard (3...30).contains(words) else { continue }
            if followingWords.from != nextProse {
                let following = proseIndices[nextProse...].prefix(3).map { units[$0].text }.joined(separator: " ")
                followingWords = (nextProse, contentWords(following))
            }
            let overlap = contentWords(u.text).intersection(followingWords.words).count
            // After the first prose line only a clearly better headline moves the story's start.
            if i > firstProse && (overlap < 2 || overlap <= (best?.overlap ?? 0)) { continue }
            if best == nil || overlap >= best!.overlap { best = (i, overlap) }
        }
        return best?.index
    }

    /// True when the story goes on after the header at `header` (an in-article box such as
    /// "Trending" or "Read more"): past the box's headline lines come at least two prose lines in
    /// a row — teasers give one blurb per headline — and either no headline line stood between
    /// the header and them, or at least 40% of their content words already occur in the story.
    static func storyResumes(after header: Int, _ units: [Unit], story: [Unit]) -> Bool {
        var j = header + 1
        while j < units.count, units[j].kind != .prose {
            if units[j].kind == .teaserHeader { return false }
            j += 1
        }
        let run = units[j...].prefix(while: { $0.kind == .prose }).prefix(3)
        guard run.count >= 2 else { return false }
        if j == header + 1 { return true }
        let runWords = contentWords(run.map(\.text).joined(separator: " "))
        let storyWords = contentWords(story.map(\.text).joined(separator: " "))
        guard !runWords.isEmpty else { return false }
        return runWords.intersection(storyWords).count * 10 >= runWords.count * 4
    }

    /// The title right before a story that starts at `storyStart`: the nearest headline-like line
    /// among the six lines before it that shares a content word with the story's opening.
    static func titleIndex(_ units: [Unit], before storyStart: Int) -> Int? {
        let opening = contentWords(units[storyStart...].filter { $0.kind == .prose }.prefix(3).map(\.text).joined(separator: " "))
        for j in stride(from: storyStart - 1, through: max(0, storyStart - 6), by: -1) where units[j].kind == .other {
            let words = units[j].text.split(whereSeparator: \.isWhitespace).count
            if (3...30).contains(words), !contentWords(units[j].text).isDisjoint(with: opening) { return j }
        }
        return nil
    }

    /// Lower-cased words of four or more letters: a cheap stand-in for content words.
    static func contentWords(_ text: String) -> Set<String> {
        Set(TextNormalizer.matchingForm(text).lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { $0.count >= 4 }.map(String.init))
    }
}
