/// Cleans text that carries mark-up and layout debris before it is split into sentences, keeping
/// for every cleaned character the range of the original it came from.
///
/// `SentenceSplitter` never changes text by default; with a cleaner (`parallax sentences
/// --clean`) it splits the cleaned text and gives each sentence the cleaned text for display and
/// its range in the **original** text. The rules, applied in this order, are general clean-ups
/// after Pragmatic Segmenter's default `Cleaner` (Dias, 2015; pySBD's `clean=True` ports it):
///
/// 1. **Escaped line breaks.** Literal `\r` and `\n` (also typed with a space, `\ r`, `\ n`)
///    that start after white space become a line break: `Done. \r\n Next.` → two sentences.
///    A backslash inside a word (`C:\new`) is kept.
/// 2. **Mark-up.** HTML tags (`<em>`, `</p>`, `<img src="…">`), escaped tags (`&lt;b&gt;`) and
///    inline-formatting placeholders of translation-memory exports (`{b^>1<b^}`) are removed;
///    a block-level tag (p, div, br, h1–h6, li, tr, td, …) becomes a line break.
/// 3. **Table-of-contents leaders.** Four or more periods followed by a page number (`16`,
///    `16-17`) at the end of a line end the entry: `About Me........5` → `About Me`.
///    Five or more periods elsewhere become one space: `dots........please` → `dots please`.
/// 4. **Rules of slashes.** Runs of three or more `/` are removed (`////Header` → `Header`).
/// 5. **Letters split one per line.** Three or more consecutive lines that each hold one or
///    two letters are joined into one word: `W\nA\nRN\nI\nNG` → `WARNING`.
/// 6. **A period on its own line** is joined to the text before it: `for pricing\n.` → `for pricing.`.
/// 7. **Back-quotes.** ` `` ` becomes `"` and a single `` ` `` becomes `'`.
/// 8. **Page numbers.** A paragraph that is only a number of one to four digits is removed.
///
/// Each sentence's display text then has every run of white space collapsed to one space.
/// Deviations from Pragmatic Segmenter: no rewriting of `''` to `"`, no insertion of a space
/// in `end.Next` (the splitter's own rules decide that), and a line holding only punctuation
/// (`/`) is kept (pySBD keeps it; Pragmatic Segmenter drops it).
///
/// Example:
/// ```swift
/// let cleaned = SentenceCleaner().clean("It was <em>late</em>.")
/// cleaned.text                          // "It was late."
/// cleaned.originalRange(of: 7..<11)     // 11..<15, "late" in the original
/// ```
/// - Complexity: O(n) in the length of the text for each rule (tags and escaped tags look
///   ahead at most 1,000 characters for their end).
public struct SentenceCleaner: Sendable {
    public init() {}

    /// Tags that separate blocks of text; they become a line break rather than nothing.
    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
        "table", "blockquote", "section", "article", "header", "footer", "title", "hr", "dd", "dt",
    ]

    /// `text` cleaned by the rules above, with each cleaned scalar's origin.
    public func clean(_ text: String) -> CleanedText {
        var p = Array(text.unicodeScalars).enumerated().map { _Piece(c: $0.element, src: $0.offset..<($0.offset + 1)) }
        p = Self.escapedLineBreaks(p)
        p = Self.markup(p)
        p = Self.dotLeaders(p)
        p = Self.slashRuns(p)
        p = Self.splitLetters(p)
        p = Self.lonePeriods(p)
        p = Self.backQuotes(p)
        p = Self.pageNumbers(p)
        return CleanedText(pieces: p)
    }

    // MARK: Rules

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    static func isBreak(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }

    static func escapedLineBreaks(_ p: [_Piece]) -> [_Piece] {
        var out: [_Piece] = []
        var i = 0
        var afterEscape = false
        while i < p.count {
            if p[i].c == "\\", i == 0 || isSpace(p[i - 1].c) || afterEscape {
                var j = i + 1
                if j < p.count, p[j].c == " " { j += 1 }
                if j < p.count, p[j].c == "r" || p[j].c == "n" {
                    out.append(_Piece.spanning("\n", p[i...j]))
                    i = j + 1
                    afterEscape = true
                    continue
                }
            }
            afterEscape = false
            out.append(p[i])
            i += 1
        }
        return out
    }

    /// The index after a tag-like run starting at `i`: `open` (e.g. `<`), optional `/`, a letter,
    /// then anything up to `close` (e.g. `>`) within 1,000 scalars without another `open`.
    /// Also returns the tag's name (letters and digits after `open`/`/`), lower-cased.
    static func tagEnd(_ p: [_Piece], _ i: Int, open: [Unicode.Scalar], close: [Unicode.Scalar]) -> (Int, String)? {
        func matches(_ s: [Unicode.Scalar], at k: Int) -> Bool { Self.matches(p, s, at: k) }
        guard matches(open, at: i) else { return nil }
        var k = i + open.count
        if k < p.count, p[k].c == "/" { k += 1 }
        guard k < p.count, isLetter(p[k].c) else { return nil }
        var name = ""
        while k < p.count, isLetter(p[k].c) || isDigit(p[k].c) { name.unicodeScalars.append(p[k].c); k += 1 }
        guard k < p.count, isSpace(p[k].c) || p[k].c == "/" || matches(close, at: k) else { return nil }
        let limit = min(p.count, i + 1_000)
        while k < limit {
            if matches(close, at: k) { return (k + close.count, name.lowercased()) }
            if matches(open, at: k) { return nil }
            k += 1
        }
        return nil
    }

    /// True when the scalars of `p` from `k` on are `s`.
    static func matches(_ p: [_Piece], _ s: [Unicode.Scalar], at k: Int) -> Bool {
        k + s.count <= p.count && (0..<s.count).allSatisfy { p[k + $0].c == s[$0] }
    }

    static func markup(_ p: [_Piece]) -> [_Piece] {
        var out: [_Piece] = []
        var i = 0
        while i < p.count {
            if let (end, name) = tagEnd(p, i, open: ["<"], close: [">"])
                ?? tagEnd(p, i, open: Array("&lt;".unicodeScalars), close: Array("&gt;".unicodeScalars)) {
                if blockTags.contains(name) { out.append(_Piece.spanning("\n", p[i..<end])) }
                i = end
                continue
            }
            // "{b^>1<b^}" and its escaped form "{b^&gt;1&lt;b^}".
            if matches(p, ["{", "b", "^"], at: i) {
                var k = i + 3
                while k < p.count, k - i < 40, !matches(p, ["b", "^", "}"], at: k) { k += 1 }
                if matches(p, ["b", "^", "}"], at: k) {
                    i = k + 3
                    continue
                }
            }
            out.append(p[i])
            i += 1
        }
        return out
    }

    static func dotLeaders(_ p: [_Piece]) -> [_Piece] {
        var out: [_Piece] = []
        var i = 0
        while i < p.count {
            guard p[i].c == "." else { out.append(p[i]); i += 1; continue }
            var j = i
            while j < p.count, p[j].c == "." { j += 1 }
            let run = j - i
            if run >= 4 {
                // A page number (and range) ending the line: the entry ends here.
                var k = j
                while k < p.count, p[k].c == " " || p[k].c == "\t" { k += 1 }
                let digits = k
                while k < p.count, isDigit(p[k].c) { k += 1 }
                if k > digits, k + 1 < p.count, p[k].c == "-", isDigit(p[k + 1].c) {
                    k += 1
                    while k < p.count, isDigit(p[k].c) { k += 1 }
                }
                var e = k
                while e < p.count, p[e].c == " " || p[e].c == "\t" { e += 1 }
                if k > digits, e == p.count || isBreak(p[e].c) {
                    out.append(_Piece.spanning("\n", p[i..<k]))
                    i = k
                    continue
                }
            }
            if run >= 5 {
                out.append(_Piece.spanning(" ", p[i..<j]))
            } else {
                out.append(contentsOf: p[i..<j])
            }
            i = j
        }
        return out
    }

    static func slashRuns(_ p: [_Piece]) -> [_Piece] {
        var out: [_Piece] = []
        var i = 0
        while i < p.count {
            var j = i
            while j < p.count, p[j].c == "/" { j += 1 }
            if j - i >= 3 { i = j; continue }
            if j > i { out.append(contentsOf: p[i..<j]); i = j; continue }
            out.append(p[i])
            i += 1
        }
        return out
    }

    /// Lines as ranges of piece indices (without their line break).
    static func lines(_ p: [_Piece]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (k, piece) in p.enumerated() where isBreak(piece.c) {
            out.append(start..<k)
            start = k + 1
        }
        out.append(start..<p.count)
        return out
    }

    /// The line's content without surrounding white space.
    static func trimmed(_ p: [_Piece], _ line: Range<Int>) -> Range<Int> {
        var a = line.lowerBound, b = line.upperBound
        while a < b, isSpace(p[a].c) { a += 1 }
        while b > a, isSpace(p[b - 1].c) { b -= 1 }
        return a..<b
    }

    static func splitLetters(_ p: [_Piece]) -> [_Piece] {
        let ls = lines(p).map { trimmed(p, $0) }
        let short = ls.map { r in (1...2).contains(r.count) && r.allSatisfy { isLetter(p[$0].c) } }
        var drop = Set<Int>()
        var t = 0
        while t < ls.count {
            guard short[t] else { t += 1; continue }
            var u = t
            while u + 1 < ls.count, short[u + 1] { u += 1 }
            if u - t + 1 >= 3 {
                for x in t..<u { for k in ls[x].upperBound..<ls[x + 1].lowerBound { drop.insert(k) } }
            }
            t = u + 1
        }
        return p.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    static func lonePeriods(_ p: [_Piece]) -> [_Piece] {
        var drop = Set<Int>()
        for (i, piece) in p.enumerated() where piece.c == "." {
            guard i + 1 == p.count || isSpace(p[i + 1].c) else { continue }
            var n = i + 1
            while n < p.count, isSpace(p[n].c) { n += 1 }
            if n < p.count, p[n].c == "." { continue }  // a spaced ellipsis ". . ."
            var b = i
            var sawBreak = false
            while b > 0, isSpace(p[b - 1].c) { b -= 1; if isBreak(p[b].c) { sawBreak = true } }
            guard sawBreak, b > 0, isLetter(p[b - 1].c) || isDigit(p[b - 1].c) else { continue }
            for k in b..<i { drop.insert(k) }
        }
        return p.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    static func backQuotes(_ p: [_Piece]) -> [_Piece] {
        var out: [_Piece] = []
        var i = 0
        while i < p.count {
            if p[i].c == "`" {
                if i + 1 < p.count, p[i + 1].c == "`" {
                    out.append(_Piece.spanning("\"", p[i...(i + 1)]))
                    i += 2
                } else {
                    out.append(_Piece(c: "'", src: p[i].src))
                    i += 1
                }
                continue
            }
            out.append(p[i])
            i += 1
        }
        return out
    }

    static func pageNumbers(_ p: [_Piece]) -> [_Piece] {
        let ls = lines(p)
        let content = ls.map { trimmed(p, $0) }
        var drop = Set<Int>()
        for (t, r) in content.enumerated() where (1...4).contains(r.count) && r.allSatisfy({ isDigit(p[$0].c) }) {
            let blankBefore = t == 0 || content[t - 1].isEmpty
            let blankAfter = t + 1 == ls.count || content[t + 1].isEmpty
            if blankBefore && blankAfter { for k in r { drop.insert(k) } }
        }
        return p.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }
}

/// One scalar of cleaned text and the range of the original it stands for.
struct _Piece {
    var c: Unicode.Scalar
    var src: Range<Int>

    /// One scalar standing for all of `pieces` (a replacement).
    static func spanning(_ c: Unicode.Scalar, _ pieces: ArraySlice<_Piece>) -> _Piece {
        _Piece(c: c, src: pieces.first!.src.lowerBound..<pieces.last!.src.upperBound)
    }
}

/// Text after `SentenceCleaner`, with the way back to the original.
public struct CleanedText: Sendable {
    /// The cleaned text.
    public let text: String
    /// For each Unicode scalar of `text`, the range of original scalars it came from.
    public let origins: [Range<Int>]

    init(pieces: [_Piece]) {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: pieces.map(\.c))
        text = String(v)
        origins = pieces.map(\.src)
    }

    /// The range in the original text covered by `range` of the cleaned text (scalar offsets):
    /// from the origin of its first scalar to the end of the origin of its last.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < origins.count ? origins[range.lowerBound].lowerBound : (origins.last?.upperBound ?? 0)
            return at..<at
        }
        return origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound
    }
}
