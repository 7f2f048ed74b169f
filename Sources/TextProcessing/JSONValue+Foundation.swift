import FoundationEssentials

/// Reading and writing JSON exactly as Foundation's `JSONSerialization` did for the commands
/// that used it (`sentences --jsonl`, `align --pairs`, `compare --jsonl`, the evaluation
/// harness's datasets and outputs, JSON-LD in web pages), without linking Foundation.
///
/// - **Acceptance**: a text is accepted when `JSONSerialization.jsonObject` (with fragments
///   allowed) accepted it: `_FoundationJSONGrammar` checks its grammar (trailing commas and a
///   leading UTF-8 byte-order mark allowed; raw control characters in strings, lone
///   surrogates, `01`, `1e400` and nesting deeper than 512 refused), then
///   ``parse(utf8:isNumber:trailingCommas:)`` reads the value. Not reproduced: Foundation's
///   reading of UTF-16 and UTF-32 input (a UTF-16 byte-order mark or NUL bytes at the start).
/// - **Repeated keys**: the last value wins, as in the dictionary `JSONSerialization` built.
/// - **Numbers** convert as `NSNumber` did (see `FoundationNumber`): ``foundationInt`` is the
///   integer value of an integral number (also of `2.0`, and `1`/`0` for `true`/`false`).
/// - **Writing** (``foundationSerialized(pretty:)``): keys sorted as ``foundationKeyOrder(_:_:)``
///   describes; numbers as `JSONSerialization` wrote them (integers in decimal, long numbers
///   by their `Decimal` digits, others by Swift's shortest round-trip form without a trailing
///   `.0`: `1.5`, `1`, `2.5e-07`);
///   `\b \f \n \r \t \" \\` escaped, other control characters as `\u00xx`, `/` verbatim.
extension JSONValue {
    /// The value of `bytes` under `JSONSerialization`'s rules, or nil where it refused them.
    public static func parseAsFoundation(_ bytes: [UInt8]) -> JSONValue? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let value = body.withUnsafeBufferPointer { b -> JSONValue? in
            guard _FoundationJSONGrammar.accepts(b) else { return nil }
            return try? parse(utf8: b, trailingCommas: true)
        }
        return value.map(\.lastKeysWin)
    }

    /// `text`'s UTF-8 under `JSONSerialization`'s rules; see ``parseAsFoundation(_:)-([UInt8])``.
    public static func parseAsFoundation<S: StringProtocol>(_ text: S) -> JSONValue? {
        parseAsFoundation(Array(text.utf8))
    }

    /// Objects with each repeated key reduced to its last value (at its first position).
    var lastKeysWin: JSONValue {
        switch self {
        case let .object(pairs):
            var last: [String: Int] = [:]
            for (k, (key, _)) in pairs.enumerated() { last[key] = k }
            var seen = Set<String>()
            var out: [(String, JSONValue)] = []
            for (key, _) in pairs where seen.insert(key).inserted { out.append((key, pairs[last[key]!].1.lastKeysWin)) }
            return .object(out)
        case let .array(items): return .array(items.map(\.lastKeysWin))
        default: return self
        }
    }

    /// The members of an object (nil for other values).
    public var objectMembers: [(String, JSONValue)]? {
        if case let .object(pairs) = self { return pairs }
        return nil
    }

    /// The items of an array (nil for other values).
    public var arrayItems: [JSONValue]? {
        if case let .array(items) = self { return items }
        return nil
    }

    /// The value as `NSNumber as? Int` gave it: an integral number in `Int`'s range (`7`, `2.0`,
    /// `1e2`), `1`/`0` for a Boolean, else nil.
    public var foundationInt: Int? {
        switch self {
        case let .number(text): return FoundationNumber(text)?.int
        case let .bool(b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The value as `NSNumber as? Double` gave it: any number, `1`/`0` for a Boolean, else nil.
    public var foundationDouble: Double? {
        switch self {
        case let .number(text): return FoundationNumber(text)?.double
        case let .bool(b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The value as `JSONSerialization.data(withJSONObject:options: [.sortedKeys,
    /// .withoutEscapingSlashes])` (plus `.prettyPrinted` when `pretty`) wrote it.
    public func foundationSerialized(pretty: Bool = false) -> String {
        var out = ""
        writeFoundation(to: &out, pretty: pretty, indent: 0)
        return out
    }

    private func writeFoundation(to out: inout String, pretty: Bool, indent: Int) {
        let pad = { (n: Int) in String(repeating: " ", count: 2 * n) }
        switch self {
        case let .object(pairs):
            out += pretty ? "{\n" : "{"
            // Foundation writes an empty container with its blank line: "{\n\n}".
            if pretty && pairs.isEmpty { out += "\n" }
            for (k, (key, value)) in pairs.sorted(by: { Self.foundationKeyOrder($0.0, $1.0) }).enumerated() {
                if k > 0 { out += pretty ? ",\n" : "," }
                if pretty { out += pad(indent + 1) }
                Self.appendFoundationQuoted(key, to: &out)
                out += pretty ? " : " : ":"
                value.writeFoundation(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += (pairs.isEmpty ? "" : "\n") + pad(indent) }
            out += "}"
        case let .array(items):
            out += pretty ? "[\n" : "["
            if pretty && items.isEmpty { out += "\n" }
            for (k, item) in items.enumerated() {
                if k > 0 { out += pretty ? ",\n" : "," }
                if pretty { out += pad(indent + 1) }
                item.writeFoundation(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += (items.isEmpty ? "" : "\n") + pad(indent) }
            out += "]"
        case let .string(s): Self.appendFoundationQuoted(s, to: &out)
        case let .number(text): out += Self.foundationNumber(text)
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// A number's text as `JSONSerialization` re-wrote it after reading it (`1.50` → `1.5`,
    /// `1e2` → `100`, `-0` → `0`, `-0.0` → `-0`).
    static func foundationNumber(_ text: String) -> String {
        FoundationNumber(text)?.text ?? text
    }

    /// A `Double` as `JSONSerialization` wrote it: Swift's shortest form without a trailing `.0`.
    public static func foundationNumber(_ x: Double) -> String {
        FoundationNumber.double(x).text
    }

    /// A `Double` member for ``foundationSerialized(pretty:)``.
    public static func foundationDouble(_ x: Double) -> JSONValue { .number(foundationNumber(x)) }

    /// True when key `a` comes before `b` in `JSONSerialization`'s sorted output, which sorts
    /// keys by ICU's root collation with numeric ordering, reproduced here for ASCII:
    /// - first by base characters: white space (tab, line feed, …, space), then punctuation and
    ///   symbols in the collation's order (`_`, `-`, `,`, `;`, `:`, `!`, `?`, `.`, `'`, `"`, `(`,
    ///   `)`, `[`, `]`, `{`, `}`, `@`, `*`, `/`, `\`, `&`, `#`, `%`, the backquote, `^`, `+`, `<`,
    ///   `=`, `>`, `|`, `~`, `$`), then numbers by value (`9` before `10`), then letters without regard to
    ///   case; other control characters are ignored, and a shorter key that is a prefix comes first;
    /// - then by case, letter by letter, lower case first (`ab`, `aB`, `Ab`);
    /// - then by the leading zeros of each number, fewer first (`a1`, `a01`, `a001`), then by
    ///   bytes (`"\u{1}x"` before `"x"`, as the ignored control character is compared last).
    ///   Foundation finds `0` and `00` equal and leaves them in hash order, which changes from
    ///   run to run; here fewer zeros come first there too.
    ///
    /// Characters beyond ASCII sort after the letters by scalar value, which is not ICU's order
    /// (`é` sorts right after `e` there); no key Parallax writes has one.
    public static func foundationKeyOrder(_ a: String, _ b: String) -> Bool {
        let x = _CollationKey(a), y = _CollationKey(b)
        if x.primary != y.primary { return x.primary.lexicographicallyPrecedes(y.primary) }
        if x.tertiary != y.tertiary { return x.tertiary.lexicographicallyPrecedes(y.tertiary) }
        if x.leadingZeros != y.leadingZeros { return x.leadingZeros.lexicographicallyPrecedes(y.leadingZeros) }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Appends `s` as `JSONSerialization` quoted it (see the type's documentation).
    static func appendFoundationQuoted(_ s: String, to out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}":
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}

/// The sort key `JSONValue.foundationKeyOrder(_:_:)` compares: base weights, with a run of
/// digits as one weight that orders by value, and the case of each letter.
private struct _CollationKey {
    /// (group, value) pairs: 0 white space, 1 punctuation and symbols, 2 numbers, 3 letters, 4 other.
    var primary: [_Weight] = []
    /// 0 for a lower-case letter, 1 for an upper-case one, per letter.
    var tertiary: [UInt8] = []
    /// The number of leading zeros of each run of digits.
    var leadingZeros: [Int] = []

    /// ICU root order of the ASCII punctuation and symbols.
    static let punctuation = Array("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".utf8)
    /// ICU root order of the ASCII white space.
    static let space: [UInt8] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20]

    init(_ s: String) {
        let bytes = Array(s.unicodeScalars)
        var i = 0
        while i < bytes.count {
            let v = bytes[i].value
            switch v {
            case 0x30...0x39:
                var j = i
                while j < bytes.count, (0x30...0x39).contains(bytes[j].value) { j += 1 }
                let run = bytes[i..<j].map { UInt8($0.value) }
                let digits = run.drop { $0 == 0x30 }
                primary.append(_Weight(group: 2, digits: Array(digits)))
                leadingZeros.append(run.count - digits.count)
                i = j
                continue
            case 0x41...0x5A:
                primary.append(_Weight(group: 3, digits: [UInt8(v) | 0x20])); tertiary.append(1)
            case 0x61...0x7A:
                primary.append(_Weight(group: 3, digits: [UInt8(v)])); tertiary.append(0)
            case 0x00...0x7F:
                if let k = Self.space.firstIndex(of: UInt8(v)) {
                    primary.append(_Weight(group: 0, digits: [UInt8(k)]))
                } else if let k = Self.punctuation.firstIndex(of: UInt8(v)) {
                    primary.append(_Weight(group: 1, digits: [UInt8(k)]))
                }  // other control characters are ignorable
            default:
                let u = v.bigEndian
                primary.append(_Weight(group: 4, digits: withUnsafeBytes(of: u) { Array($0) }))
            }
            i += 1
        }
    }
}

/// One base weight: its group, then a byte string compared by length first (a number's
/// digits without leading zeros) and then byte by byte.
private struct _Weight: Equatable, Comparable {
    var group: UInt8
    var digits: [UInt8]

    static func < (a: _Weight, b: _Weight) -> Bool {
        if a.group != b.group { return a.group < b.group }
        if a.digits.count != b.digits.count { return a.digits.count < b.digits.count }
        return a.digits.lexicographicallyPrecedes(b.digits)
    }
}
