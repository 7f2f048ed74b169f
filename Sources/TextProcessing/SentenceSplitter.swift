/// Splits English news text into sentences, keeping each sentence's range in the original.
///
/// A rule-based segmenter in the tradition of Pragmatic Segmenter (Dias, 2015) and pySBD
/// (Sadvilkar & Neumann, 2020), written for news. It reads the text in three levels:
///
/// 1. **Paragraphs** (separated by a blank line) never share a sentence.
/// 2. **Lines.** A single line break ends a sentence when the next line is a list item
///    ("2.", "b)", "iv)", "•"), or when the line before it is short (≤ 60 characters), does not
///    end in punctuation and the next line does not start in lower case — a headline, a
///    heading, a label. Longer lines are taken as hard-wrapped prose and joined.
/// 3. **Terminal marks** `.` `!` `?` `…` (and the full-width `．` `！` `？` `。`), with any closing
///    quotes and brackets after them and footnote marks (`.[7][8]`, `.11 12`), end a sentence
///    when white space follows and then something that can start one (a capital, a digit, an
///    opening quote or bracket, a list marker, or "- " plus a capital after `?`/`!`). Then:
///    - **Quotations and brackets.** A mark inside a matched `"…"`, `'…'`, `(…)` or `[…]` that
///      does not reach its closing mark ends nothing: `"We are done. Go home," she said.` is one
///      sentence. Apostrophes (`they'll`, `dragon’s`) are not quotes. An opening quote while
///      another is open means the first was never closed (a quotation continued from an earlier
///      paragraph, common in news): the first is then no span. A parenthesis right after a
///      closing quotation continues that sentence (`thought Ada, 'the bridge is lit!' (Which it
///      was.)`) unless the quotation is the whole sentence and ends in `!` or `?`
///      (`"The ferry is late!" (It was.)` is two sentences).
///    - **Abbreviations** (`Models/abbreviations/en-parallax-v1`): a *title* (Mr., Gen., Sen.,
///      Mt., e.g.) never ends a sentence; a *number* abbreviation (No., p., Jan.) does not before
///      a digit; an *ordinary* one (Inc., Co., Jr.), a dotted acronym (U.S., U.K.,
///      J.C.) or an initial (E.) ends one only before a *sentence starter* ("the U.S. The
///      …" but "the U.S. Senate"). After a.m./p.m. a capital word starts a new sentence unless
///      it is a weekday, month or time zone ("at 9 a.m. Monday").
///    - **Numbers**: a period between digits ("3.5%", "$1.13bn") is never followed by white
///      space, so it is never a candidate.
///    - **Ellipses** end a sentence only before a capital, and not before a run of capitalised
///      words ("I'm A Celebrity ... Get Me Out Of Here") unless the first is a sentence starter.
///    - **List items** (numbered, lettered or roman, with `.`, `)` or `.)`) start a sentence
///      when at least two consecutive markers occur ("1. … 2. …", "a) … b) …"), or one starts the
///      line; the marker's own period ends nothing. A bullet glyph (`•`, `▪`, `●`, `‣`, `⁃`, `◦`;
///      not `-` or `*`, which occur in prose) after white space inside a line starts an item,
///      together with a marker right after it (`… item • 10. The next item`).
///
/// Deviations from Pragmatic Segmenter: no text clean-up by default (its default removes HTML
/// tags, dot leaders and stray line breaks; we keep the text, so ranges stay exact) — set
/// `cleaner` for clean mode, where only the displayed text is cleaned; sentence
/// starters are our own list; a.m./p.m. followed by a weekday or time zone does not split (AP
/// style). Measured on the shared SBD suites in `Evaluation/results/segmentation.md`.
///
/// Example:
/// ```swift
/// SentenceSplitter().split("Gen. Lund arrived at 9 a.m. Monday. She met the U.S. envoy.")
/// // ["Gen. Lund arrived at 9 a.m. Monday.", "She met the U.S. envoy."]
/// ```
/// - Complexity: O(n) in the length of the text (times the nesting of quotes and brackets).
public struct SentenceSplitter: Sendable {
    /// The abbreviation and sentence-starter lists the rules consult.
    public var abbreviations: AbbreviationList
    /// Clean mode: when set, the text is cleaned first (`SentenceCleaner`: mark-up, dot
    /// leaders, letters split over lines, …) and split after; each sentence's `text` is then
    /// the cleaned text with white space collapsed, and its `range` still covers its place in
    /// the original. Nil (the default) splits the text exactly as given.
    public var cleaner: SentenceCleaner?

    /// A splitter with the English lists from `Models/` (`AbbreviationList.english`).
    public init() {
        self.init(abbreviations: .english)
    }

    public init(abbreviations: AbbreviationList, cleaner: SentenceCleaner? = nil) {
        self.abbreviations = abbreviations
        self.cleaner = cleaner
    }

    /// The sentences of `text`, each with its range in Unicode scalars, its paragraph (counting
    /// non-blank paragraphs from 0) and its index. White space around sentences is not part of
    /// them; text with no sentences (empty, only white space) gives `[]`. In clean mode
    /// (`cleaner` set) `text` of each sentence is cleaned and `range` is in the original.
    public func sentences(in text: String) -> [Sentence] {
        guard let cleaner else { return exactSentences(in: text) }
        let cleaned = cleaner.clean(text)
        return exactSentences(in: cleaned.text).map { s in
            Sentence(text: Self.collapsingWhiteSpace(s.text), range: cleaned.originalRange(of: s.range),
                     paragraph: s.paragraph, index: s.index)
        }
    }

    /// `text` with each run of white space replaced by one space.
    static func collapsingWhiteSpace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The sentences of `text` as given (no clean-up).
    private func exactSentences(in text: String) -> [Sentence] {
        var utf8Text = text
        let spans = utf8Text.withUTF8 { exactSentenceSpans(utf8: $0) }
        // Each sentence's text is a slice of `text` at scalar boundaries: copied, not re-validated.
        let start = text.utf8.startIndex
        return spans.enumerated().map { index, span in
            let lo = text.utf8.index(start, offsetBy: span.bytes.lowerBound)
            let hi = text.utf8.index(start, offsetBy: span.bytes.upperBound)
            return Sentence(text: String(text[lo..<hi]), range: span.scalars, paragraph: span.paragraph, index: index)
        }
    }

    /// Where each sentence of the UTF-8 text `b` is: its bytes, its scalars and its paragraph.
    private func exactSentenceSpans(utf8 b: UnsafeBufferPointer<UInt8>) -> [(bytes: Range<Int>, scalars: Range<Int>, paragraph: Int)] {
        // One pass over the bytes gives the scalars, where each starts in the bytes (so a
        // sentence's text is a slice of them), their matching form, and the offsets of the
        // scalars the scan's passes look for (`_SentenceScan.isMark`).
        let n = b.count
        let byteOffset = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n + 1)
        let original = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: max(n, 1))
        let m = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: max(n, 1))
        defer { byteOffset.deallocate(); original.deallocate(); m.deallocate() }
        var marks: [Int32] = []
        marks.reserveCapacity(n / 16 + 16)
        var i = 0, k = 0
        Self.asciiMarks.withUnsafeBufferPointer { isASCIIMark in
            while i < n {
                var c = UInt32(b[i])
                // A run of ASCII (nearly all of English text): its own matching form, marks by table.
                while c < 0x80 {
                    byteOffset[k] = Int32(truncatingIfNeeded: i)
                    let s = Unicode.Scalar(UInt8(truncatingIfNeeded: c))
                    original[k] = s
                    m[k] = s
                    if isASCIIMark[Int(c)] { marks.append(Int32(truncatingIfNeeded: k)) }
                    i &+= 1
                    k &+= 1
                    guard i < n else { break }
                    c = UInt32(b[i])
                }
                guard i < n else { break }
                byteOffset[k] = Int32(truncatingIfNeeded: i)
                var v: UInt32
                if c < 0xE0 { v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                else if c < 0xF0 { v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
                else {
                    v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                    i += 4
                }
                // A String's bytes are valid UTF-8, so `v` is a scalar value.
                let s = unsafeBitCast(v, to: Unicode.Scalar.self)
                original[k] = s
                let t = TextNormalizer.matchingScalar(s) ?? "\u{200B}"
                m[k] = t
                if _SentenceScan.isMark(t) { marks.append(Int32(k)) }
                k += 1
            }
        }
        byteOffset[k] = Int32(n)
        var result: [(bytes: Range<Int>, scalars: Range<Int>, paragraph: Int)] = []
        result.reserveCapacity(marks.count / 2 + 8)  // most sentences end at one of the marks
        let original_ = UnsafeBufferPointer(rebasing: original[0..<k])
        marks.withUnsafeBufferPointer { marks in
            let scan = _SentenceScan(m: UnsafeBufferPointer(rebasing: m[0..<k]), original: original_, marks: marks, lists: abbreviations)
            for (paragraph, range) in scan.paragraphs().enumerated() {
                for chunk in scan.lineChunks(range) {
                    var start = chunk.lowerBound
                    func emit(upTo end: Int) {
                        guard end > start else { return }
                        var a = start, b = end
                        while a < b, _SentenceScan.isSpace(original_[a]) { a += 1 }
                        while b > a, _SentenceScan.isSpace(original_[b - 1]) { b -= 1 }
                        if a < b { result.append((Int(byteOffset[a])..<Int(byteOffset[b]), a..<b, paragraph)) }
                        start = end
                    }
                    for end in scan.boundaries(chunk) { emit(upTo: end) }
                    emit(upTo: chunk.upperBound)
                }
            }
        }
        return result
    }

    /// `_SentenceScan.isMark` for each ASCII byte, as a table.
    private static let asciiMarks: [Bool] = (0..<128).map { _SentenceScan.isMark(Unicode.Scalar(UInt8($0))) }

    /// The sentences of `text` as strings.
    public func split(_ text: String) -> [String] { sentences(in: text).map(\.text) }

    /// `sentence` on one line: each run of white space that contains a line break becomes one space.
    public static func oneLine(_ sentence: String) -> String {
        var out = ""
        var pending = ""
        var sawBreak = false
        for ch in sentence {
            if ch.isWhitespace {
                pending.append(ch)
                if ch.isNewline { sawBreak = true }
            } else {
                if !pending.isEmpty { out += sawBreak ? " " : pending }
                pending = ""
                sawBreak = false
                out.append(ch)
            }
        }
        return out
    }
}

extension String {
    /// `self` without leading and trailing characters that occur in `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
