import TextProcessing

/// The Porter stemmer as ROUGE-1.5.5's `-m` runs it, which is neither Porter's 1980 paper nor
/// NLTK's variant.
///
/// ROUGE-1.5.5 stems with a regular-expression port of Porter's algorithm that carries Martin
/// Porter's later changes (step 2 maps `bli` → `ble` and `logi` → `log`; words shorter than
/// three letters are left alone; a leading `y` is a consonant) plus Chin-Yew Lin's 2004 change
/// to step 4. Written here from that behaviour, as rules rather than regular expressions:
///
/// - Step 1a: `sses` → `ss`, `ies` → `i`, else a final `s` after a letter other than `s` goes.
/// - Step 1b: `eed` → `ee` when m > 0 (and nothing else is tried); else `ed`/`ing` go when the
///   rest has a vowel, then `at`/`bl`/`iz` gain an `e`, a final double letter other than
///   `a e i o u y l s z` loses one, and a stem that is exactly C·v·c (c ∉ {w, x, y}) gains `e`.
/// - Step 1c: `y` → `i` when the rest has a vowel.
/// - Steps 2 and 3: the longest listed suffix decides; it is replaced when m > 0.
/// - Step 4 (Lin's version): the longest of `al ance ence er ic able ible ant ement ou ism ate
///   iti ous ive ize` goes when m > 1; *then*, on the result, `ment` goes when m > 1; *then*
///   `ent` goes when m > 1, or else `(s|t)ion` loses `ion` when m > 1. So `agreement` →
///   `agreem` (the `ement` and `ment` tests fail at m = 1, the `ent` test passes at m = 2),
///   where Porter's paper gives `agreement`.
/// - Step 5: a final `e` goes when m > 1, or m = 1 and the rest is not C·v·c; `ll` → `l` when
///   m > 1.
///
/// In ROUGE-1.5.5, stemming applies only to tokens longer than three characters, after a
/// lookup in WordNet 2.0's exception lists (`went` → `go`) that ROUGE ships as a Berkeley DB;
/// this stemmer does not include that list (see ``ROUGEScorer/Options/stemExceptions``).
///
/// ```swift
/// ROUGE155Stemmer().stem("agreement")   // "agreem"
/// ROUGE155Stemmer().stem("yelling")     // "yell"
/// ```
public struct ROUGE155Stemmer: Stemming {
    public init() {}

    public func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        stem(&w)
        return String(decoding: w, as: UTF8.self)
    }

    // Letters as bytes.
    private static let a: UInt8 = 97, e: UInt8 = 101, i: UInt8 = 105, o: UInt8 = 111, u: UInt8 = 117
    private static let y: UInt8 = 121, bigY: UInt8 = 89, s: UInt8 = 115, t: UInt8 = 116, l: UInt8 = 108

    @inline(__always) private static func isAEIOU(_ c: UInt8) -> Bool { c == a || c == e || c == i || c == o || c == u }

    /// Consonant/vowel classes of the first `n` bytes: a `y` (lower case) is a vowel after a
    /// consonant and a consonant after a vowel; `Y` (a leading y) is a consonant.
    private static func classes(_ w: [UInt8], _ n: Int) -> [Bool] {
        var c = [Bool](repeating: true, count: n)
        for k in 0..<n {
            if isAEIOU(w[k]) { c[k] = false }
            else if w[k] == y { c[k] = k == 0 ? true : !c[k - 1] }
        }
        return c
    }

    /// m of the first `n` bytes.
    private static func measure(_ w: [UInt8], _ n: Int) -> Int {
        let c = classes(w, n)
        var m = 0
        for k in 1..<max(n, 1) where c[k] && !c[k - 1] { m += 1 }
        return m
    }

    private static func hasVowel(_ w: [UInt8], _ n: Int) -> Bool { classes(w, n).contains(false) }

    /// The first `n` bytes are exactly a consonant run, one vowel, and a consonant other than
    /// w, x, y.
    private static func isCvc(_ w: [UInt8], _ n: Int) -> Bool {
        guard n >= 3 else { return false }
        let c = classes(w, n)
        let last = w[n - 1]
        guard c[n - 1], !c[n - 2], last != 119, last != 120, last != y else { return false }
        for k in 0..<(n - 2) where !c[k] { return false }
        return true
    }

    private static func ends(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
        w.count >= suffix.count && w[(w.count - suffix.count)...].elementsEqual(suffix)
    }

    private static func bytes(_ t: String) -> [UInt8] { Array(t.utf8) }

    private static let step2: [([UInt8], [UInt8])] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ].map { (bytes($0.0), bytes($0.1)) }.sorted { $0.0.count > $1.0.count }

    private static let step3: [([UInt8], [UInt8])] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ].map { (bytes($0.0), bytes($0.1)) }.sorted { $0.0.count > $1.0.count }

    private static let step4: [[UInt8]] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ].map(bytes).sorted { $0.count > $1.count }

    private static let sses = bytes("sses"), ies = bytes("ies"), eed = bytes("eed"), ed = bytes("ed")
    private static let ing = bytes("ing"), at = bytes("at"), bl = bytes("bl"), iz = bytes("iz")
    private static let ment = bytes("ment"), ent = bytes("ent"), ion = bytes("ion"), ll = bytes("ll")

    /// Stems ASCII bytes in place.
    func stem(_ w: inout [UInt8]) {
        typealias S = ROUGE155Stemmer
        guard w.count >= 3 else { return }
        let leadingY = w[0] == S.y
        if leadingY { w[0] = S.bigY }

        // Step 1a
        if S.ends(w, S.sses) || S.ends(w, S.ies) { w.removeLast(2) }
        else if w.last == S.s && w[w.count - 2] != S.s { w.removeLast() }

        // Step 1b
        if S.ends(w, S.eed) {
            if S.measure(w, w.count - 3) > 0 { w.removeLast() }
        } else {
            let k = S.ends(w, S.ed) ? 2 : S.ends(w, S.ing) ? 3 : 0
            if k > 0 && S.hasVowel(w, w.count - k) {
                w.removeLast(k)
                let n = w.count
                if S.ends(w, S.at) || S.ends(w, S.bl) || S.ends(w, S.iz) {
                    w.append(S.e)
                } else if n >= 2 && w[n - 1] == w[n - 2] && !Self.noSingling(w[n - 1]) {
                    w.removeLast()
                } else if S.isCvc(w, n) {
                    w.append(S.e)
                }
            }
        }

        // Step 1c
        if w.last == S.y && S.hasVowel(w, w.count - 1) { w[w.count - 1] = S.i }

        // Steps 2 and 3
        for table in [S.step2, S.step3] {
            if let (suffix, replacement) = table.first(where: { S.ends(w, $0.0) }) {
                let n = w.count - suffix.count
                if S.measure(w, n) > 0 { w.removeLast(suffix.count); w.append(contentsOf: replacement) }
            }
        }

        // Step 4
        if let suffix = S.step4.first(where: { S.ends(w, $0) }), S.measure(w, w.count - suffix.count) > 1 {
            w.removeLast(suffix.count)
        }
        if S.ends(w, S.ment) && S.measure(w, w.count - 4) > 1 { w.removeLast(4) }
        if S.ends(w, S.ent) {
            if S.measure(w, w.count - 3) > 1 { w.removeLast(3) }
        } else if S.ends(w, S.ion) && w.count >= 4 && (w[w.count - 4] == S.s || w[w.count - 4] == S.t) {
            if S.measure(w, w.count - 3) > 1 { w.removeLast(3) }
        }

        // Step 5
        if w.last == S.e {
            let n = w.count - 1
            let m = S.measure(w, n)
            if m > 1 || (m == 1 && !S.isCvc(w, n)) { w.removeLast() }
        }
        if S.ends(w, S.ll) && S.measure(w, w.count) > 1 { w.removeLast() }

        if leadingY { w[0] = S.y }
    }

    /// Letters whose doubling step 1b keeps: vowels, y, l, s, z.
    private static func noSingling(_ c: UInt8) -> Bool {
        isAEIOU(c) || c == y || c == l || c == s || c == 122
    }
}
