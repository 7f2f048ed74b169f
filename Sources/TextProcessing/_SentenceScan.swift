/// The rules of `SentenceSplitter` over one text (see its documentation for what they do).
///
/// `m` is the text in matching form scalar for scalar (curly quotes folded to `'`/`"`, dashes to
/// `-`, invisible characters to U+200B), so offsets in `m` are offsets in `original`. Both are
/// buffers borrowed for the scan (see `SentenceSplitter.exactSentences`): every read is guarded
/// by the loop bounds, and the buffers' own bounds checks (kept in debug builds) cost a fifth of
/// the splitter's time in release.
///
/// `marks` lists, in order, the offsets of every scalar of `m` that a pass looks for (`isMark`:
/// line breaks, terminals, quotes and brackets, list delimiters, bullets): the passes visit
/// those (a few in a hundred scalars of prose) instead of every scalar.
struct _SentenceScan {
    typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>
    let m: Scalars
    let original: Scalars
    let marks: UnsafeBufferPointer<Int32>
    let lists: AbbreviationList
    /// Whether the text has an inline bullet glyph anywhere (rarely): when not, no chunk needs
    /// the search for bullet-started items.
    let hasInlineBullet: Bool

    init(m: Scalars, original: Scalars, marks: UnsafeBufferPointer<Int32>, lists: AbbreviationList) {
        self.m = m
        self.original = original
        self.marks = marks
        self.lists = lists
        self.hasInlineBullet = marks.contains(where: { Self.isInlineBullet(m[Int($0)]) })
    }

    /// Whether a pass looks for `c` (a scalar of the matching form): `\n`, `\r`, the terminals,
    /// quotes and brackets, and bullet glyphs.
    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            switch c {
            case "\n", "\r", ".", "!", "?", "(", ")", "[", "]", "\"", "'", "`": return true
            default: return false
            }
        }
        return isTerminal(c) || isInlineBullet(c)
    }

    /// The offsets in `marks` that fall inside `r`, in order.
    func marks(in r: Range<Int>) -> Slice<UnsafeBufferPointer<Int32>> {
        let offset = { Int(marks[$0]) }
        return marks[Self.countBelow(marks.count, r.lowerBound, key: offset)..<Self.countBelow(marks.count, r.upperBound, key: offset)]
    }

    /// How many of `n` ascending keys (`key(0)`, `key(1)`, …) are below `x`, by binary search.
    static func countBelow(_ n: Int, _ x: Int, key: (Int) -> Int) -> Int {
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(mid) < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    // MARK: Character classes

    // ASCII answers without a Unicode property lookup (same results: the ASCII White_Space
    // characters are TAB–CR and SPACE; the ASCII letters are A–Z and a–z). Property lookups
    // were two thirds of batch summarization's time.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value) : c.properties.isAlphabetic
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) : c.properties.isUppercase
    }
    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x61...0x7A).contains(c.value) : c.properties.isLowercase
    }
    /// The full-width terminals `．` `！` `？` `。`.
    @inline(__always) static func isFullWidthTerminal(_ c: Unicode.Scalar) -> Bool {
        c.value == 0xFF0E || c.value == 0xFF01 || c.value == 0xFF1F || c.value == 0x3002
    }
    // Comparisons instead of set look-ups: hashing every scalar was a fifth of batch time.
    @inline(__always) static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c == "." || c == "!" || c == "?" : c == "\u{2026}" || isFullWidthTerminal(c)
    }
    static func isCloser(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "'" || c == ")" || c == "]" }
    static func isOpener(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "'" || c == "(" || c == "[" || c == "`" }
    /// Bullet glyphs that only mark list items (`•` `▪` `●` `‣` `⁃` `◦`; not `-`, `*` or `·`, which
    /// also occur in prose): inside a line they start a new item, "… item • 10. The next item".
    @inline(__always) static func isInlineBullet(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2022, 0x25AA, 0x25CF, 0x2023, 0x2043, 0x25E6: return true
        default: return false
        }
    }
    /// Bullet glyphs at the start of a line: the inline ones and `*`, `-`, `·`.
    @inline(__always) static func isBullet(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x2A || c.value == 0x2D || c.value == 0xB7 || isInlineBullet(c)
    }

    // MARK: Paragraphs and lines

    /// Ranges of the non-blank paragraphs (split at lines that are empty or only white space).
    func paragraphs() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        func push(_ a: Int, _ b: Int) {
            if m[a..<b].contains(where: { !Self.isSpace($0) }) { out.append(a..<b) }
        }
        for mark in marks where Int(mark) >= i && m[Int(mark)] == "\n" {
            i = Int(mark)
            var j = i + 1
            while j < m.count, m[j] != "\n", Self.isSpace(m[j]) { j += 1 }
            if j < m.count, m[j] == "\n" {
                push(start, i)
                while j < m.count, Self.isSpace(m[j]) { j += 1 }
                start = j
                i = j
            }
        }
        if start < m.count { push(start, m.count) }
        return out
    }

    /// A paragraph cut at the line breaks that end a sentence (rule 2 of `SentenceSplitter`).
    func lineChunks(_ p: Range<Int>) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var chunkStart = p.lowerBound
        var lineStart = p.lowerBound
        for mark in marks(in: p) where m[Int(mark)] == "\n" || m[Int(mark)] == "\r" {
            let i = Int(mark)
            defer { lineStart = i + 1 }
            var next = i + 1
            while next < p.upperBound, Self.isSpace(m[next]) { next += 1 }
            guard next < p.upperBound else { continue }
            var a = lineStart, b = i
            while a < b, Self.isSpace(m[a]) { a += 1 }
            while b > a, Self.isSpace(m[b - 1]) { b -= 1 }
            guard a < b else { continue }
            // A line that holds list items ends an item: measure from the last marker on it.
            if let lastMarker = (a..<b).last(where: {
                mayStartMarker(at: $0, end: b + 1) && listMarker(at: $0, end: b + 1, lineStart: $0 == a) != nil
            }) { a = lastMarker }
            let last = m[b - 1]
            let shortHeading = b - a <= 60 && (Self.isLetter(last) || Self.isDigit(last) || last == ")" || last == "\"" || last == "'")
                && !Self.isLower(m[next])
            if shortHeading || lineStartsList(next, p.upperBound) {
                chunks.append(chunkStart..<(i + 1))
                chunkStart = next
            }
        }
        chunks.append(chunkStart..<p.upperBound)
        return chunks
    }

    /// True when a list item or bullet starts at `i`.
    func lineStartsList(_ i: Int, _ end: Int) -> Bool {
        if Self.isBullet(m[i]), i + 1 < end, Self.isSpace(m[i + 1]) { return true }
        return listMarker(at: i, end: end, lineStart: true) != nil
    }

    // MARK: List markers

    enum MarkerStyle: Hashable { case number, lowerLetter, upperLetter, lowerRoman, upperRoman }

    struct Marker {
        var start: Int
        var end: Int          // after the delimiter
        var delimiter: String // ".", ")", ".)"
        var values: [MarkerStyle: Int]
    }

    static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// False when no marker can start at `i`: not one to four letters or digits followed by `.`
    /// or `)`, or an ASCII token `listMarker` would not accept anyway (it takes one or two digits,
    /// one letter, or a roman numeral — letters i, v, x only). Cheap enough for every word:
    /// without the second test, every short word ending a sentence ("said.") built a marker.
    @inline(__always) func mayStartMarker(at i: Int, end: Int) -> Bool {
        var j = i
        var digits = 0, romanLetters = 0, nonASCII = 0
        while j < end, j - i < 4, Self.isLetter(m[j]) || Self.isDigit(m[j]) {
            switch m[j] {
            case "0"..."9": digits += 1
            case "i", "v", "x", "I", "V", "X": romanLetters += 1
            case _ where !m[j].isASCII: nonASCII += 1  // leave the rare cases to listMarker
            default: break
            }
            j += 1
        }
        guard j > i, j < end, m[j] == "." || m[j] == ")" else { return false }
        let length = j - i
        return length == 1 || nonASCII > 0 || (digits == length && length == 2) || romanLetters == length
    }

    /// A marker ("12.", "b)", "iv.)") starting at `i`, which must begin a word; nil otherwise.
    /// Upper-case letters and upper-case roman numerals count only at the start of a line.
    func listMarker(at i: Int, end: Int, lineStart: Bool) -> Marker? {
        guard i == 0 || Self.isSpace(m[i - 1]) || Self.isInlineBullet(m[i - 1]) else { return nil }
        var j = i
        while j < end, j - i < 4, Self.isLetter(m[j]) || Self.isDigit(m[j]) { j += 1 }
        guard j > i, j < end else { return nil }
        var d = j
        var delimiter = ""
        if m[d] == "." { delimiter = "."; d += 1; if d < end, m[d] == ")" { delimiter = ".)"; d += 1 } }
        else if m[d] == ")" { delimiter = ")"; d += 1 }
        guard !delimiter.isEmpty, d < end, Self.isSpace(m[d]) else { return nil }
        // The token as a String only now that it has a delimiter (most words have none).
        var token = String.UnicodeScalarView()
        token.append(contentsOf: m[i..<j])
        let t = String(token)
        var w = d
        while w < end, Self.isSpace(m[w]) { w += 1 }
        var values: [MarkerStyle: Int] = [:]
        // "1. The first item", but not "for 1. above": a numbered item starts with a capital or digit.
        if t.allSatisfy(\.isNumber), t.count <= 2, let n = Int(t), w < end, !Self.isLower(m[w]) { values[.number] = n }
        if t.count == 1, let c = t.unicodeScalars.first, Self.isLetter(c), c.isASCII {
            if Self.isLower(c) { values[.lowerLetter] = Int(c.value) } else if lineStart { values[.upperLetter] = Int(c.value) }
        }
        if let r = Self.romans.firstIndex(of: t) { values[.lowerRoman] = r + 1 }
        if lineStart, let r = Self.romans.firstIndex(of: t.lowercased()), t == t.uppercased() { values[.upperRoman] = r + 1 }
        return values.isEmpty ? nil : Marker(start: i, end: d, delimiter: delimiter, values: values)
    }

    /// The list markers of `chunk`: those in a run of two or more consecutive markers of one style
    /// and delimiter, and one at the very start of the chunk.
    func listMarkers(_ chunk: Range<Int>) -> [Marker] {
        var first = chunk.lowerBound
        while first < chunk.upperBound, Self.isSpace(m[first]) { first += 1 }
        if first + 1 < chunk.upperBound, Self.isBullet(m[first]), Self.isSpace(m[first + 1]) {  // "• 9. Stop smoking"
            first += 1
            while first < chunk.upperBound, Self.isSpace(m[first]) { first += 1 }
        }
        // A marker is one to four letters or digits at a word start, then `.` or `)`: find the
        // delimiters (few) and look back from each, rather than testing every word start.
        var candidates: [Marker] = []
        for mark in marks(in: chunk) where m[Int(mark)] == "." || m[Int(mark)] == ")" {
            let q = Int(mark)
            var starts: [Int] = []
            var i = q - 1
            while i >= chunk.lowerBound, q - i <= 4, Self.isLetter(m[i]) || Self.isDigit(m[i]) {
                if i == first || (i > chunk.lowerBound && (Self.isSpace(m[i - 1]) || Self.isInlineBullet(m[i - 1]))) {
                    starts.append(i)
                }
                i -= 1
            }
            for i in starts.reversed() where mayStartMarker(at: i, end: chunk.upperBound) {
                if let mk = listMarker(at: i, end: chunk.upperBound, lineStart: i == first) { candidates.append(mk) }
            }
        }
        var keep = Set<Int>()
        // The latest candidate of each style, delimiter and value seen so far: a marker whose
        // predecessor value appeared earlier makes both list items (O(candidates)).
        struct Key: Hashable { var style: MarkerStyle; var delimiter: String; var value: Int }
        var seen: [Key: Int] = [:]
        for (a, x) in candidates.enumerated() {
            if x.start == first, x.values[.number] != nil || x.values[.lowerLetter] != nil || x.values[.upperLetter] != nil
                || x.values[.lowerRoman] != nil {
                keep.insert(a)
            }
            for (style, v) in x.values {
                if let before = seen[Key(style: style, delimiter: x.delimiter, value: v - 1)] {
                    keep.insert(before)
                    keep.insert(a)
                }
            }
            for (style, v) in x.values { seen[Key(style: style, delimiter: x.delimiter, value: v)] = a }
        }
        return keep.sorted().map { candidates[$0] }
    }

    // MARK: Quotations and brackets

    /// Matched quotation and bracket spans of `chunk` as (opening index, closing index).
    func spans(_ chunk: Range<Int>) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        out.reserveCapacity(8)  // quotations and brackets of a paragraph, without regrowing
        var brackets: [(Int, Unicode.Scalar)] = []
        var double: Int? = nil
        var single: Int? = nil
        for mark in marks(in: chunk) {
            let i = Int(mark)
            let c = m[i]
            guard c.value < 0x80, c == "(" || c == "[" || c == ")" || c == "]" || c == "\"" || c == "'" || c == "`" else { continue }
            let o = original[i]
            let prev: Unicode.Scalar = i > chunk.lowerBound ? m[i - 1] : " "
            let next: Unicode.Scalar = i + 1 < chunk.upperBound ? m[i + 1] : " "
            let openContext = Self.isSpace(prev) || prev == "(" || prev == "[" || prev == "\"" || prev == "-" || i == chunk.lowerBound
            switch c {
            case "(", "[":
                brackets.append((i, c))
            case ")", "]":
                if let top = brackets.last, (top.1 == "(" && c == ")") || (top.1 == "[" && c == "]") {
                    brackets.removeLast()
                    out.append((top.0, i))
                }
            case "\"":
                let openerShaped = o == "\u{201C}" || o == "\u{201E}"
                    || ((o == "\"" || o == "\u{00AB}") && openContext && !Self.isSpace(next))
                let closerShaped = o == "\u{201D}" || o == "\u{00BB}" || (o == "\"" && !Self.isSpace(prev) && i > chunk.lowerBound)
                if let d = double, closerShaped {
                    out.append((d, i))
                    double = nil
                } else if openerShaped {
                    // A quotation still open here was continued past its paragraph in the source
                    // ("…at all times. "Life goes on…"): it is no span; the new one starts.
                    double = i
                }
            case "'", "`":
                if Self.isLetter(prev) && Self.isLetter(next) { continue }  // an apostrophe: they'll, dragon’s
                if let s = single {
                    if o != "\u{2018}" && o != "`" && !Self.isSpace(prev) {
                        out.append((s, i))
                        single = nil
                    }
                } else if o == "\u{2018}" || o == "'" || o == "`", openContext, !Self.isSpace(next) {
                    single = i
                }
            default:
                break
            }
        }
        return out
    }

    // MARK: Boundaries

    /// Offsets inside `chunk` where a sentence ends (each is the start of what follows).
    func boundaries(_ chunk: Range<Int>) -> [Int] {
        let end = chunk.upperBound
        let markers = listMarkers(chunk)
        let markerStarts = Set(markers.map(\.start))
        var markerDots = Set<Int>()
        for mk in markers { for k in mk.start..<mk.end where m[k] == "." { markerDots.insert(k) } }
        let spans = spans(chunk)
        // closeReach(p) = the farthest closing mark of a span opened before p, so a mark at i
        // with its closers ending at k is inside a quotation or bracket iff closeReach(i) >= k.
        // Spans are few: their openings sorted, with a running maximum of their closings, answer
        // it by binary search (an array over every offset of the chunk cost a pass and a fill).
        let byOpen = spans.sorted { $0.0 < $1.0 }
        var reach: [Int] = []
        reach.reserveCapacity(byOpen.count)
        for (_, close) in byOpen { reach.append(max(reach.last ?? -1, close)) }
        func closeReach(_ p: Int) -> Int {
            let opened = Self.countBelow(byOpen.count, p) { byOpen[$0].0 }  // spans with open < p
            return opened == 0 ? -1 : reach[opened - 1]
        }
        // An inline bullet glyph after white space starts an item; a marker right after it ("• 9.")
        // belongs to that item.
        let bulletBoundaries = !hasInlineBullet ? [] : chunk.filter { b in
            Self.isInlineBullet(m[b]) && b > chunk.lowerBound && Self.isSpace(m[b - 1])
                && m[chunk.lowerBound..<b].contains(where: { !Self.isSpace($0) })
        }
        let markerBoundaries = markers.map(\.start).filter { start in
            var b = start
            while b > chunk.lowerBound, Self.isSpace(m[b - 1]) { b -= 1 }
            if b > chunk.lowerBound, Self.isInlineBullet(m[b - 1]) { return false }
            return m[chunk.lowerBound..<start].contains(where: { !Self.isSpace($0) && !Self.isBullet($0) })
        }
        var out: [Int] = markerBoundaries + bulletBoundaries
        out.reserveCapacity(out.count + 16)  // room for a paragraph's sentence ends without regrowing
        var nextMarker = 0
        var sentenceStart = chunk.lowerBound
        var i = chunk.lowerBound
        for mark in marks(in: chunk) where Int(mark) >= i {
            i = Int(mark)
            guard Self.isTerminal(m[i]), markerDots.isEmpty || !markerDots.contains(i) else { continue }
            var j = i
            while j < end, Self.isTerminal(m[j]) { j += 1 }
            let run = m[i..<j]
            var k = j
            while k < end {
                if Self.isCloser(m[k]) { k += 1; continue }
                if m[k] == "[", let close = footnoteBracketEnd(k, end) { k = close; continue }
                break
            }
            let fullWidth = run.contains(where: { Self.isFullWidthTerminal($0) })
            if k < end, Self.isDigit(m[k]), run.count == 1, m[i] == ".", let f = footnoteDigitsEnd(i, k, end) {
                k = f
            }
            defer { i = j }
            guard k >= end || Self.isSpace(m[k]) || fullWidth else { continue }
            if closeReach(i) >= k { continue }
            var n = k
            while n < end, Self.isSpace(m[n]) { n += 1 }
            guard n < end else { continue }
            while nextMarker < markerBoundaries.count, markerBoundaries[nextMarker] <= i {
                sentenceStart = max(sentenceStart, markerBoundaries[nextMarker])
                nextMarker += 1
            }
            // A parenthesis right after a quotation continues its sentence (thought Alice, '…the
            // house!' (Which was true.)) unless the quotation is the whole sentence and ends in
            // ! or ?: then it is complete and the parenthesis is a sentence of its own.
            if m[n] == "(", m[j..<k].contains(where: { $0 == "\"" || $0 == "'" }),
               !quotationIsWholeSentence(closers: j..<k, sentenceStart: sentenceStart, spans: spans) || run.contains(".") {
                continue
            }
            if (!markerStarts.isEmpty && markerStarts.contains(n)) || endsSentence(at: i, run: run, next: n, end: end, fullWidth: fullWidth, sentenceStart: sentenceStart) {
                out.append(k)
                sentenceStart = k
            }
        }
        // A quotation broken off with a dash ends its sentence before a capital: "…to--" At this moment"
        for (open, close) in spans where m[open] == "\"" || m[open] == "'" || m[open] == "`" {
            guard close > open + 1, m[close - 1] == "-", close + 1 < end, Self.isSpace(m[close + 1]) else { continue }
            var n = close + 1
            while n < end, Self.isSpace(m[n]) { n += 1 }
            guard n < end, Self.isUpper(m[n]), closeReach(close) <= close else { continue }
            out.append(close + 1)
        }
        return out.sorted()
    }

    /// True when a quotation closed by one of the marks in `closers` opens where the sentence
    /// starting at `sentenceStart` does (after white space): the quotation is the whole sentence.
    func quotationIsWholeSentence(closers: Range<Int>, sentenceStart: Int, spans: [(Int, Int)]) -> Bool {
        var first = sentenceStart
        while first < closers.lowerBound, Self.isSpace(m[first]) { first += 1 }
        return spans.contains { open, close in
            closers.contains(close) && open == first && (m[close] == "\"" || m[close] == "'")
        }
    }

    /// After `[` at `k`: the index after `]` of a footnote mark `[12]`, or nil.
    func footnoteBracketEnd(_ k: Int, _ end: Int) -> Int? {
        var d = k + 1
        while d < end, Self.isDigit(m[d]), d - k <= 3 { d += 1 }
        return d > k + 1 && d < end && m[d] == "]" ? d + 1 : nil
    }

    /// Footnote numbers right after a period ("consultation.11 12 Take"): the index after them
    /// when they follow a word or a bracket (not a digit: that is a decimal), are groups of at
    /// most three digits, and are followed by white space and a capital. Nil otherwise.
    func footnoteDigitsEnd(_ dot: Int, _ k: Int, _ end: Int) -> Int? {
        guard dot > 0, Self.isLetter(m[dot - 1]) || m[dot - 1] == ")" else { return nil }
        if lists.kinds[wordBefore(dot)] != nil { return nil }
        var g = k
        func group() -> Bool {
            let s = g
            while g < end, Self.isDigit(m[g]), g - s < 3 { g += 1 }
            return g > s && (g >= end || !Self.isDigit(m[g]))
        }
        guard group() else { return nil }
        while g + 1 < end, m[g] == " ", Self.isDigit(m[g + 1]) {
            let save = g
            g += 1
            if !group() { g = save; break }
        }
        var n = g
        while n < end, Self.isSpace(m[n]) { n += 1 }
        guard n > g, n < end, Self.isUpper(m[n]) else { return nil }
        return g
    }

    /// The word before the period at `dot`, lower-cased, without opening quotes or brackets
    /// ("U.S" → "u.s", "(Gen" → "gen").
    func wordBefore(_ dot: Int) -> String { lowercased(wordStart(before: dot)..<dot) }

    /// Where the word ending at `dot` starts: after the last white space or opening quote or bracket.
    func wordStart(before dot: Int) -> Int {
        var a = dot
        while a > 0, !Self.isSpace(m[a - 1]), !Self.isOpener(m[a - 1]) { a -= 1 }
        return a
    }

    /// `m[r]` lower-cased as a String; ASCII words (nearly all) are built byte by byte.
    func lowercased(_ r: Range<Int>) -> String {
        if m[r].allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: r.count) { buf in
                for (k, c) in zip(buf.indices, r) {
                    let v = UInt8(m[c].value)
                    buf[k] = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                }
                return r.count
            }
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: m[r])
        return String(v).lowercased()
    }

    /// The word starting at `n` (after opening quotes or brackets), lower-cased, letters and
    /// apostrophes only.
    func wordAt(_ n: Int, _ end: Int) -> String {
        var a = n
        while a < end, Self.isOpener(m[a]) { a += 1 }
        var b = a
        while b < end, Self.isLetter(m[b]) || m[b] == "'" { b += 1 }
        return lowercased(a..<b)
    }

    /// Whether the terminal `run` at `i`, followed by white space and then `m[next]`, ends a sentence.
    /// `sentenceStart` is where the sentence that the mark would end begins.
    func endsSentence(at i: Int, run: Slice<Scalars>, next n: Int, end: Int, fullWidth: Bool, sentenceStart: Int) -> Bool {
        let c = m[n]
        let startsNew = Self.isUpper(c) || Self.isDigit(c) || Self.isOpener(c)
        if fullWidth || run.contains("!") || run.contains("?") {
            if startsNew { return true }
            // "What do you see? - Posted like silent sentinels…"
            return c == "-" && n + 2 < end && Self.isSpace(m[n + 1]) && Self.isUpper(m[n + 2])
        }
        if run.count > 1 || run.contains("\u{2026}") {
            var a = n
            while a < end, Self.isOpener(m[a]) { a += 1 }
            guard a < end, Self.isUpper(m[a]) else { return false }
            // "slowly... And this is" splits; "I'm A Celebrity ... Get Me Out Of Here" (a run of
            // capitalised words, a title) does not, unless its first word is a sentence starter.
            if lists.sentenceStarters.contains(wordAt(n, end)) { return true }
            var b = a
            while b < end, !Self.isSpace(m[b]) { b += 1 }
            while b < end, Self.isSpace(m[b]) { b += 1 }
            return b >= end || !Self.isUpper(m[b])
        }
        guard startsNew else { return false }
        let a = wordStart(before: i)
        // A word longer (in scalars) than every abbreviation is in bytes is none of them, as
        // lower-casing never shortens a word; nor, without a period, an initial or a dotted word:
        // it ends the sentence, decided without building it.
        if i - a > max(lists.longestAbbreviationBytes, 3), !m[a..<i].contains(".") { return true }
        let word = lowercased(a..<i)
        if word.isEmpty { return true }
        // The next word only matters for abbreviations, times, initials and dotted words (most
        // periods are none of these), so it is read only then.
        var starter: Bool { lists.sentenceStarters.contains(wordAt(n, end)) }
        switch lists.kinds[word] {
        case .title?: return false
        case .number?: return !Self.isDigit(c)  // "No. 12"; but "she said no. Talks ended."
        case .ordinary?: return starter
        case nil: break
        }
        if word == "a.m" || word == "p.m" {
            return Self.isUpper(c) ? !lists.timeContext.contains(wordAt(n, end)) : true
        }
        let scalars = word.unicodeScalars
        // One letter ("J. Smith"); a dotted word is letters in groups of at most two ("U.S").
        let initial = scalars.count == 1 && Self.isLetter(scalars.first!)
        let dotted = !initial && scalars.contains(".") && scalars.allSatisfy { $0 == "." || Self.isLetter($0) }
            && word.split(separator: ".").allSatisfy { $0.count <= 2 }
        if initial, !m[sentenceStart..<(i - 1)].contains(where: { !Self.isSpace($0) && !Self.isOpener($0) }) {
            return false  // "Q. What is his name?": a letter opening the sentence labels it
        }
        if dotted || initial { return starter }
        return true
    }
}
