/// Splits English news text into sentences.
///
/// Paragraphs (blank-line separated) never share a sentence. Within a paragraph a sentence ends
/// at `.`, `!` or `?` (plus any closing quotes or brackets) followed by white space and a capital,
/// digit or opening quote, unless the word before the mark is a known abbreviation.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `text`, each with its range in Unicode scalars.
    public func sentences(in text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var result: [Sentence] = []
        var paragraph = 0
        var start: Int? = nil
        var i = 0
        func emit(_ s: Int, _ e: Int) {
            var a = s, b = e
            while a < b, scalars[a].properties.isWhitespace { a += 1 }
            while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
            guard a < b else { return }
            var str = String.UnicodeScalarView()
            str.append(contentsOf: scalars[a..<b])
            result.append(Sentence(text: String(str), range: a..<b, paragraph: paragraph, index: result.count))
        }
        while i < scalars.count {
            let c = scalars[i]
            if start == nil {
                if !c.properties.isWhitespace { start = i }
                i += 1
                continue
            }
            if c == "\n" {
                var j = i + 1
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
                if j < scalars.count, scalars[j] == "\n" {
                    emit(start!, i); start = nil; paragraph += 1; i = j + 1
                    continue
                }
            }
            if c == "." || c == "!" || c == "?" {
                var e = i + 1
                while e < scalars.count, "\"'”’)]".unicodeScalars.contains(scalars[e]) { e += 1 }
                if e < scalars.count, scalars[e].properties.isWhitespace {
                    var n = e
                    while n < scalars.count, scalars[n].properties.isWhitespace { n += 1 }
                    let next = n < scalars.count ? scalars[n] : " "
                    let startsNew = next.properties.isUppercase || ("0"..."9").contains(next) || "\"“‘'(".unicodeScalars.contains(next)
                    if startsNew && !(c == "." && endsWithAbbreviation(scalars, before: i)) {
                        emit(start!, e); start = nil; i = e
                        continue
                    }
                }
            }
            i += 1
        }
        if let s = start { emit(s, scalars.count) }
        return result
    }

    /// The sentences of `text` as strings.
    public func split(_ text: String) -> [String] { sentences(in: text).map(\.text) }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "no", "vs", "etc", "jr", "sr", "u.s", "u.k", "a.m", "p.m",
    ]

    private func endsWithAbbreviation(_ s: [Unicode.Scalar], before dot: Int) -> Bool {
        var j = dot
        while j > 0, !s[j - 1].properties.isWhitespace { j -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: s[j..<dot])
        let w = String(word).lowercased().trimmingCharacters(in: "\"'“‘(")
        if w.count == 1, w.unicodeScalars.first!.properties.isAlphabetic { return true }  // initials
        return Self.abbreviations.contains(w)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
