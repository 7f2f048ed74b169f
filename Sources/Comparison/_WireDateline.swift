/// The wire dateline that opens many news stories — `WASHINGTON —`, `NEW YORK (AP) —`,
/// `ATHENS, Greece (AP) —`, `(CNN) —` — found so the consensus summary can drop it: it tells a
/// reader where a wire desk filed from, not what happened, and the consensus mixes outlets.
///
/// A dateline is, at the very start of the text: either a place in capitals (one or more words of
/// capital letters, `.`, `'` or `’`, at least two letters in all, e.g. `ST. LOUIS`), optionally
/// followed by `, Region` (capitalised words: `, Greece`, `, Calif.`) and an agency in
/// parentheses (`(AP)`, `(Reuters)`); or an agency in parentheses alone (`(CNN)`). Then a dash:
/// `—` or `–` (spaces before it optional) or ` -- ` / ` - ` (spaces on both sides), then spaces,
/// and at least three more words. Without the dash nothing is a dateline, so `NEW YORK
/// officials said…` and `US COVID-19 cases…` stay whole.
///
/// ```swift
/// _WireDateline.stripped("CHICAGO (AP) — Millions stayed home Monday.")  // "Millions stayed home Monday."
/// _WireDateline.stripped("NATO said it would meet.")                    // unchanged
/// ```
///
/// Only an outlet's first sentence can carry one (the caller checks); the rule would otherwise
/// cut an all-capitals acronym followed by a dash in mid-story (`NATO — the alliance — …`).
///
/// Not shared with TextProcessing's `LineClassifier.startsWithDateline` (which finds where a
/// scraped page's story starts) because the two accept different texts, and either one's
/// answers moved would change output. That one only says yes or no for a whole line, in ASCII
/// after typographic folding: it takes hyphenated places (`WINSTON-SALEM, N.C. (AP) — `, left
/// whole here, as `-` ends no word of a place) and any text after the dash (`CALDER — Crews
/// left.`, whole here: fewer than three words would remain), but not Unicode capitals,
/// `CALDER— ` (no space before the dash) or an agency alone (`(CNN) — `), which this strips.
enum _WireDateline {
    /// `sentence` without its leading dateline, or `sentence` itself when it has none.
    static func stripped(_ sentence: String) -> String {
        let s = Array(sentence.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < s.count, s[i].properties.isWhitespace { i += 1 } }
        func isUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
        func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
        /// `(Agency)`: letters and spaces, up to 20 scalars, starting with a capital.
        func agency() -> Bool {
            guard i < s.count, s[i] == "(" else { return false }
            var j = i + 1
            guard j < s.count, isUpper(s[j]) else { return false }
            while j < s.count, j - i <= 20, isLetter(s[j]) || s[j] == " " { j += 1 }
            guard j < s.count, s[j] == ")" else { return false }
            i = j + 1
            return true
        }
        if !agency() {
            // A place in capitals: words of capitals and . ' ’, separated by single spaces.
            var letters = 0, j = i
            while j < s.count {
                var k = j, wordLetters = 0
                while k < s.count, isUpper(s[k]) || s[k] == "." || s[k] == "'" || s[k] == "’" {
                    if isLetter(s[k]) { wordLetters += 1 }
                    k += 1
                }
                // A word must end here (space, comma, parenthesis or dash), not run into lower case.
                guard wordLetters > 0, k == s.count || " ,(".unicodeScalars.contains(s[k]) || s[k] == "—" || s[k] == "–" else { break }
                letters += wordLetters
                j = k
                if j + 1 < s.count, s[j] == " ", isUpper(s[j + 1]) { j += 1 } else { break }
            }
            guard letters >= 2 else { return sentence }
            i = j
            // ", Region": capitalised words after a comma.
            if i + 2 < s.count, s[i] == ",", s[i + 1] == " ", isUpper(s[i + 2]) {
                var k = i + 2
                while k < s.count, isLetter(s[k]) || s[k] == "." || (s[k] == " " && k + 1 < s.count && isUpper(s[k + 1])) { k += 1 }
                i = k
            }
            let save = i
            skipSpaces()
            if !agency() { i = save }
        }
        // The dash.
        let beforeDash = i
        skipSpaces()
        if i < s.count, s[i] == "—" || s[i] == "–" {
            i += 1
        } else if i > beforeDash, i < s.count, s[i] == "-" {
            i += 1
            if i < s.count, s[i] == "-" { i += 1 }
            guard i < s.count, s[i].properties.isWhitespace else { return sentence }
        } else {
            return sentence
        }
        skipSpaces()
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: s[i...])
        let remainder = String(rest)
        return remainder.split(separator: " ").count >= 3 ? remainder : sentence
    }
}
