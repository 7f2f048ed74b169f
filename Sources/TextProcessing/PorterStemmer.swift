/// Porter's suffix-stripping stemmer (M. F. Porter, "An algorithm for suffix stripping",
/// *Program* 14(3), 1980, pp. 130–137), in two variants.
///
/// - ``Mode/original``: the algorithm exactly as published. It reproduces Snowball's
///   `porter` test vocabulary (`porter-voc.txt` → `porter-output.txt`, 42,603 words) word for
///   word. This is the default.
/// - ``Mode/nltkExtensions``: the variant that NLTK's `PorterStemmer()` runs in its default
///   `NLTK_EXTENSIONS` mode. **This, not the original, is what rouge-score 0.1.2 uses**
///   (`rouge_score/tokenizers.py` constructs `nltk.stem.porter.PorterStemmer()` without a mode),
///   so the `Scoring` module's `rouge-score` tokenizer uses this mode. Its departures from the
///   paper (each one reproduced here):
///   1. a short table of irregular forms is looked up first (`skies` → `sky`, `dying` → `die`,
///      `lying` → `lie`, `tying` → `tie`, `news` → `news`, `innings` → `inning`,
///      `outings` → `outing`, `cannings` → `canning`, `howe`, `proceed`, `exceed`, `succeed`
///      stay as they are);
///   2. words of one or two characters are returned unchanged;
///   3. step 1a: a four-letter word ending in `ies` becomes `…ie` (`dies` → `die`);
///   4. step 1b: `ied` becomes `ie` in a four-letter word and `i` otherwise, before any other
///      1b rule (`died` → `die`, `spied` → `spi`);
///   5. step 1c: `y` → `i` only after a consonant that is not the word's first letter
///      (`enjoy` stays, `happy` → `happi`, `try` → `tri`);
///   6. step 2: `alli` → `al` is tried first and, if it fires, step 2 runs again on the
///      result; `bli` → `ble` replaces `abli` → `able`; `fulli` → `ful`; `logi` → `log` when
///      the stem *including* its `l` has m > 0;
///   7. the `*o` condition (stem ends consonant–vowel–consonant) also holds for a
///      two-letter stem vowel–consonant.
///
/// Both variants treat every character other than `a e i o u` and a vowel-like `y` as a
/// consonant, and count characters as Unicode scalars, as NLTK does on Python strings. Input is
/// lower-cased first (ASCII fast path; other text through `lowercased()`).
///
/// ```swift
/// PorterStemmer().stem("generalizations")                   // "gener"
/// PorterStemmer().stem("enjoy")                             // "enjoi"
/// PorterStemmer(mode: .nltkExtensions).stem("enjoy")        // "enjoy"
/// ```
///
/// - Complexity: O(*n*) per step for a word of *n* characters; no allocation beyond the
///   word's scalar buffer and the result.
public struct PorterStemmer: Stemming {
    /// Which variant of Porter's algorithm to run.
    public enum Mode: String, Sendable, CaseIterable {
        /// The 1980 paper exactly (Snowball's `porter` vocabulary agrees word for word).
        case original
        /// NLTK's default `NLTK_EXTENSIONS` mode, which rouge-score 0.1.2 uses.
        case nltkExtensions = "nltk-extensions"
    }

    /// The variant this stemmer runs.
    public let mode: Mode

    /// A stemmer for the original 1980 algorithm.
    public init() { self.init(mode: .original) }

    /// A stemmer for the given variant.
    public init(mode: Mode) { self.mode = mode }

    /// The stem of `word` (lower-cased first).
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { stem(utf8: $0) }
    }

    /// The stem of the word whose UTF-8 bytes are `word`, lower-cased first; an ASCII word of up
    /// to `_InlineLetters.capacity` letters (nearly every word a tokenizer hands over) is stemmed
    /// on the stack, without building a string for it.
    public func stem(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
        let ascii = word.allSatisfy { $0 < 0x80 }
        if ascii && word.count <= _InlineLetters.capacity {
            return stemInline(Self.asciiLowercased(word, as: _InlineLetters.self))
        }
        let scalars = ascii ? Self.asciiLowercased(word, as: [UInt32].self)
            : String(decoding: word, as: UTF8.self).lowercased().unicodeScalars.map(\.value)
        var w = _PorterWord(scalars, nltk: mode == .nltkExtensions)
        w.run()
        var out = String.UnicodeScalarView()
        for v in w.s { out.append(Unicode.Scalar(v)!) }
        return String(out)
    }

    /// Runs the algorithm on ASCII letters held inline and returns the stem's bytes as a string.
    private func stemInline(_ letters: _InlineLetters) -> String {
        var w = _PorterWord(letters, nltk: mode == .nltkExtensions)
        w.run()
        return String(unsafeUninitializedCapacity: w.s.count) { buf in
            for k in 0..<w.s.count { buf[k] = UInt8(truncatingIfNeeded: w.s[k]) }
            return w.s.count
        }
    }

    /// The ASCII bytes `word`, lower-cased, as letters.
    private static func asciiLowercased<L: _PorterLetters>(_ word: UnsafeBufferPointer<UInt8>, as _: L.Type) -> L {
        var letters = L()
        for b in word { letters.append(UInt32(b >= 65 && b <= 90 ? b | 0x20 : b)) }
        return letters
    }
}

/// What `_PorterWord` needs of the letters it edits (an array of scalar values has it all).
protocol _PorterLetters {
    init()
    init(_ letters: [UInt32])
    var count: Int { get }
    subscript(i: Int) -> UInt32 { get set }
    var last: UInt32? { get }
    @discardableResult mutating func removeLast() -> UInt32
    mutating func removeLast(_ k: Int)
    mutating func append(_ letter: UInt32)
}

extension Array: _PorterLetters where Element == UInt32 {}

/// Up to `capacity` letters in an inline buffer. Porter's steps never lengthen a word (every
/// replacement is at most as long as the suffix it replaces), so a word that fits stays fitting.
struct _InlineLetters: _PorterLetters {
    private typealias Storage = InlineArray<24, UInt32>
    static var capacity: Int { Storage.count }
    private var storage = Storage(repeating: 0)
    private(set) var count = 0

    init() {}
    init(_ letters: [UInt32]) { for v in letters { append(v) } }

    subscript(i: Int) -> UInt32 {
        get { precondition(i < count); return storage[i] }
        set { precondition(i < count); storage[i] = newValue }
    }
    var last: UInt32? { count > 0 ? storage[count - 1] : nil }
    @discardableResult mutating func removeLast() -> UInt32 {
        precondition(count > 0)
        count -= 1
        return storage[count]
    }
    mutating func removeLast(_ k: Int) { precondition(k <= count); count -= k }
    mutating func append(_ letter: UInt32) { storage[count] = letter; count += 1 }
}

/// The word being stemmed, as Unicode scalar values, and the steps of the algorithm. `Letters`
/// is an array, or for words of up to `_InlineLetters.capacity` letters (nearly all) a buffer
/// on the stack: no allocation and no uniqueness check per letter removed or added.
struct _PorterWord<Letters: _PorterLetters> {
    var s: Letters
    let nltk: Bool

    init(_ s: Letters, nltk: Bool) { self.s = s; self.nltk = nltk }

    // MARK: Letters and conditions

    @inline(__always) private static func isVowelLetter(_ v: UInt32) -> Bool {
        v == 97 || v == 101 || v == 105 || v == 111 || v == 117  // a e i o u
    }

    /// Whether `s[i]` is a consonant: not a e i o u, and a `y` only when it begins the word or
    /// follows a vowel.
    private func isConsonant(_ i: Int) -> Bool {
        var i = i
        var negate = false
        while i > 0 && s[i] == _Porter.y { negate.toggle(); i -= 1 }
        let base = s[i] == _Porter.y ? true : !Self.isVowelLetter(s[i])
        return base != negate
    }

    /// Porter's measure *m* of the first `length` characters: the number of vowel→consonant
    /// transitions in the form [C](VC)^m[V].
    private func measure(_ length: Int) -> Int {
        var m = 0
        var previousConsonant = true
        var previousWasVowel = false
        for i in 0..<length {
            let c: Bool
            if Self.isVowelLetter(s[i]) { c = false }
            else if s[i] == _Porter.y { c = i == 0 ? true : !previousConsonant }
            else { c = true }
            if c && previousWasVowel { m += 1 }
            previousWasVowel = !c
            previousConsonant = c
        }
        return m
    }

    /// *v*: the first `length` characters contain a vowel.
    private func containsVowel(_ length: Int) -> Bool {
        var previousConsonant = true
        for i in 0..<length {
            let c: Bool
            if Self.isVowelLetter(s[i]) { c = false }
            else if s[i] == _Porter.y { c = i == 0 ? true : !previousConsonant }
            else { c = true }
            if !c { return true }
            previousConsonant = c
        }
        return false
    }

    /// *d: the first `length` characters end with a double consonant.
    private func endsDoubleConsonant(_ length: Int) -> Bool {
        length >= 2 && s[length - 1] == s[length - 2] && isConsonant(length - 1)
    }

    /// *o: the first `length` characters end consonant–vowel–consonant, the last not w, x or y
    /// (NLTK extension: or the stem is exactly vowel–consonant).
    private func endsCVC(_ length: Int) -> Bool {
        if length >= 3 && isConsonant(length - 3) && !isConsonant(length - 2) && isConsonant(length - 1) {
            let last = s[length - 1]
            if last != 119 && last != 120 && last != 121 { return true }  // w x y
        }
        return nltk && length == 2 && !isConsonant(0) && isConsonant(1)
    }

    private func ends(_ suffix: _Porter.Affix) -> Bool {
        guard s.count >= suffix.count else { return false }
        let start = s.count - suffix.count
        for k in 0..<suffix.count where s[start + k] != suffix[k] { return false }
        return true
    }

    private mutating func replaceEnd(_ count: Int, with replacement: _Porter.Affix) {
        s.removeLast(count)
        for k in 0..<replacement.count { s.append(replacement[k]) }
    }




    private func holds(_ condition: _Porter.Condition, stemLength n: Int) -> Bool {
        switch condition {
        case .always: return true
        case .mAbove0: return measure(n) > 0
        case .mAbove1: return measure(n) > 1
        case .mAbove1AndSorT: return n > 0 && (s[n - 1] == 115 || s[n - 1] == 116) && measure(n) > 1
        case .mAbove0WithL: return measure(n + 1) > 0
        }
    }

    /// Applies the first rule whose suffix matches; as in the paper, the longest listed suffix
    /// that matches decides, and a failed condition stops the step.
    private mutating func applyFirst(_ table: _Porter.RuleTable) {
        guard let last = s.last else { return }
        for rule in table.rules(endingWith: last) where ends(rule.suffix) {
            let n = s.count - rule.suffix.count
            if holds(rule.condition, stemLength: n) { replaceEnd(rule.suffix.count, with: rule.replacement) }
            return
        }
    }

    // MARK: Steps

    mutating func run() {
        if nltk {
            if let key = _Porter.irregularKey(s), let irregular = _Porter.irregular[key] { s = Letters(irregular); return }
            if s.count <= 2 { return }
        }
        step1a(); step1b(); step1c(); step2(); step3(); step4(); step5a(); step5b()
    }




    private mutating func step1a() {
        if nltk && s.count == 4 && ends(_Porter.ies) { replaceEnd(3, with: _Porter.ie); return }
        applyFirst(_Porter.step1aRules)
    }

    private mutating func step1b() {
        if nltk && ends(_Porter.ied) {
            replaceEnd(3, with: s.count == 4 ? _Porter.ie : _Porter.i)
            return
        }
        if ends(_Porter.eed) {
            if measure(s.count - 3) > 0 { s.removeLast() }  // EED → EE
            return
        }
        var removed = 0
        if ends(_Porter.ed) && containsVowel(s.count - 2) { removed = 2 }
        else if ends(_Porter.ing) && containsVowel(s.count - 3) { removed = 3 }
        guard removed > 0 else { return }
        s.removeLast(removed)
        if ends(_Porter.at) || ends(_Porter.bl) || ends(_Porter.iz) { s.append(101); return }  // + e
        if endsDoubleConsonant(s.count) {
            let last = s[s.count - 1]
            if last != 108 && last != 115 && last != 122 { s.removeLast() }  // not l, s, z
            return
        }
        if measure(s.count) == 1 && endsCVC(s.count) { s.append(101) }
    }

    private mutating func step1c() {
        guard let last = s.last, last == _Porter.y else { return }
        let n = s.count - 1
        let ok = nltk ? (n > 1 && isConsonant(n - 1)) : containsVowel(n)
        if ok { s[n] = 105 }  // i
    }



    private mutating func step2() {
        if nltk && ends(_Porter.alli) && measure(s.count - 4) > 0 {
            s.removeLast(2)  // ALLI → AL, then step 2 again
            step2()
            return
        }
        applyFirst(nltk ? _Porter.step2NLTK : _Porter.step2Original)
    }


    private mutating func step3() { applyFirst(_Porter.step3Rules) }


    private mutating func step4() { applyFirst(_Porter.step4Rules) }

    private mutating func step5a() {
        guard s.last == 101 else { return }  // e
        let n = s.count - 1
        let m = measure(n)
        if m > 1 || (m == 1 && !endsCVC(n)) { s.removeLast() }
    }

    private mutating func step5b() {
        let n = s.count
        if n >= 2 && s[n - 1] == 108 && s[n - 2] == 108 && measure(n - 1) > 1 { s.removeLast() }  // LL → L
    }
}

/// The rule tables and constants of `_PorterWord` (a generic type cannot hold static stored
/// properties).
enum _Porter {
    /// A suffix rule: if the word ends with `suffix`, the stem before it is tested with the
    /// condition and, if it holds, the suffix becomes `replacement`.
    struct Rule {
        let suffix: Affix
        let replacement: Affix
        let condition: Condition
        init(_ suffix: String, _ replacement: String, _ condition: Condition) {
            self.suffix = Affix(suffix)
            self.replacement = Affix(replacement)
            self.condition = condition
        }
    }
    /// A suffix or replacement of up to eight ASCII letters, packed in one word: a plain value,
    /// so walking a step's rules copies no arrays (their reference counting was a tenth of
    /// stemming).
    struct Affix {
        private let packed: UInt64
        let count: Int
        init(_ text: String) {
            var p: UInt64 = 0
            for (k, b) in text.utf8.enumerated() {
                precondition(k < 8 && b < 0x80, "Porter affixes are short ASCII")
                p |= UInt64(b) << (8 * UInt64(k))
            }
            packed = p
            count = text.utf8.count
        }
        /// The `k`th letter as a scalar value.
        subscript(k: Int) -> UInt32 { UInt32(truncatingIfNeeded: packed >> (8 * UInt64(k))) & 0xFF }
        var last: UInt32 { self[count - 1] }
    }
    enum Condition { case always, mAbove0, mAbove1, mAbove1AndSorT, mAbove0WithL }
    /// A step's rules grouped by the last letter of their suffix, each group in the step's
    /// order: only the group of the word's last letter can match, so the first match in it is
    /// the first match in the step (the paper's own hint: switch on a letter of the suffix).
    struct RuleTable {
        private let byLast: [[Rule]]
        init(_ rules: [Rule]) {
            var t = [[Rule]](repeating: [], count: 128)
            for r in rules { t[Int(r.suffix.last)].append(r) }  // every suffix is ASCII, non-empty
            byLast = t
        }
        /// The rules whose suffix ends with `last`.
        func rules(endingWith last: UInt32) -> [Rule] { last < 128 ? byLast[Int(last)] : [] }
    }
    static func code(_ c: Character) -> UInt32 { c.unicodeScalars.first!.value }
    static let y = code("y")
    static func scalars(_ t: String) -> [UInt32] { t.unicodeScalars.map(\.value) }
    /// A word of up to eight ASCII letters packed in one integer (the key of `irregular`; a
    /// word's letters as an array cost an allocation per stemmed word); nil for other words.
    static func irregularKey<L: _PorterLetters>(_ s: L) -> UInt64? {
        guard s.count <= 8 else { return nil }
        var p: UInt64 = 0
        for k in 0..<s.count {
            guard s[k] < 0x80 else { return nil }
            p |= UInt64(s[k]) << (8 * UInt64(k))
        }
        return p
    }
    static let irregular: [UInt64: [UInt32]] = {
        let table: [String: [String]] = [
            "sky": ["sky", "skies"], "die": ["dying"], "lie": ["lying"], "tie": ["tying"],
            "news": ["news"], "inning": ["innings", "inning"], "outing": ["outings", "outing"],
            "canning": ["cannings", "canning"], "howe": ["howe"], "proceed": ["proceed"],
            "exceed": ["exceed"], "succeed": ["succeed"],
        ]
        var pool: [UInt64: [UInt32]] = [:]
        for (stem, forms) in table { for f in forms { pool[irregularKey(scalars(f))!] = scalars(stem) } }
        return pool
    }()
    static let step1aRules = RuleTable([
        Rule("sses", "ss", .always), Rule("ies", "i", .always), Rule("ss", "ss", .always), Rule("s", "", .always),
    ])
    static let ies = Affix("ies"), ied = Affix("ied"), eed = Affix("eed")
    static let ed = Affix("ed"), ing = Affix("ing"), alli = Affix("alli")
    static let at = Affix("at"), bl = Affix("bl"), iz = Affix("iz")
    static let ie = Affix("ie"), i = Affix("i")
    static let step2Original = RuleTable(step2Rules(abli: true, nltk: false))
    static let step2NLTK = RuleTable(step2Rules(abli: false, nltk: true))
    static func step2Rules(abli: Bool, nltk: Bool) -> [Rule] {
        var rules = [
            Rule("ational", "ate", .mAbove0), Rule("tional", "tion", .mAbove0),
            Rule("enci", "ence", .mAbove0), Rule("anci", "ance", .mAbove0), Rule("izer", "ize", .mAbove0),
            abli ? Rule("abli", "able", .mAbove0) : Rule("bli", "ble", .mAbove0),
            Rule("alli", "al", .mAbove0), Rule("entli", "ent", .mAbove0), Rule("eli", "e", .mAbove0),
            Rule("ousli", "ous", .mAbove0), Rule("ization", "ize", .mAbove0), Rule("ation", "ate", .mAbove0),
            Rule("ator", "ate", .mAbove0), Rule("alism", "al", .mAbove0), Rule("iveness", "ive", .mAbove0),
            Rule("fulness", "ful", .mAbove0), Rule("ousness", "ous", .mAbove0), Rule("aliti", "al", .mAbove0),
            Rule("iviti", "ive", .mAbove0), Rule("biliti", "ble", .mAbove0),
        ]
        if nltk { rules += [Rule("fulli", "ful", .mAbove0), Rule("logi", "log", .mAbove0WithL)] }
        return rules
    }
    static let step3Rules = RuleTable([
        Rule("icate", "ic", .mAbove0), Rule("ative", "", .mAbove0), Rule("alize", "al", .mAbove0),
        Rule("iciti", "ic", .mAbove0), Rule("ical", "ic", .mAbove0), Rule("ful", "", .mAbove0),
        Rule("ness", "", .mAbove0),
    ])
    static let step4Rules: RuleTable = {
        var rules = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"]
            .map { Rule($0, "", .mAbove1) }
        rules.append(Rule("ion", "", .mAbove1AndSorT))
        rules += ["ou", "ism", "ate", "iti", "ous", "ive", "ize"].map { Rule($0, "", .mAbove1) }
        return RuleTable(rules)
    }()
}
