import FoundationEssentials

/// Reading and writing JSON exactly as Foundation's `JSONSerialization` did for the commands
/// that used it (`sentences --jsonl`, `align --pairs`, `compare --jsonl`, the evaluation
/// harness's datasets and outputs, JSON-LD in web pages), without linking Foundation.
///
/// - **Acceptance**: a text is accepted exactly when `JSONSerialization.jsonObject` (with
///   fragments allowed) accepts it. `JSONDecoder` from FoundationEssentials runs the same
///   scanner, so it decides; the value is then read by ``parse(utf8:isNumber:trailingCommas:)``.
///   Both accept trailing commas (`[1,]`) and a leading byte-order mark; both refuse raw control
///   characters in strings, lone surrogates, `1e400` and nesting deeper than 512.
/// - **Repeated keys**: the last value wins, as in the dictionary `JSONSerialization` built.
/// - **Numbers** convert as `NSNumber` did: ``foundationInt`` is the exact integer value of an
///   integral number (also of `2.0`, and `1`/`0` for `true`/`false`).
/// - **Writing** (``foundationSerialized(pretty:)``): keys sorted as ``foundationKeyOrder(_:_:)``
///   describes; numbers as `JSONSerialization` wrote them (integers in decimal, others by
///   Swift's shortest round-trip form without a trailing `.0`: `1.5`, `1`, `2.5e-07`);
///   `\b \f \n \r \t \" \\` escaped, other control characters as `\u00xx`, `/` verbatim.
extension JSONValue {
    /// The value of `bytes` under `JSONSerialization`'s rules, or nil where it refused them.
    public static func parseAsFoundation(_ bytes: [UInt8]) -> JSONValue? {
        guard (try? JSONDecoder().decode(_Validated.self, from: Data(bytes))) != nil else { return nil }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let value = body.withUnsafeBufferPointer { try? parse(utf8: $0, trailingCommas: true) }
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
        case let .number(text):
            if let i = Int(text) { return i }
            guard let d = Double(text) else { return nil }
            return Int(exactly: d)
        case let .bool(b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The value as `NSNumber as? Double` gave it: any number, `1`/`0` for a Boolean, else nil.
    public var foundationDouble: Double? {
        switch self {
        case let .number(text): return Double(text)
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
        if let i = Int(text) { return String(i) }
        if let u = UInt64(text) { return String(u) }
        guard let d = Double(text) else { return text }
        return foundationNumber(d)
    }

    /// A `Double` as `JSONSerialization` wrote it: Swift's shortest form without a trailing `.0`.
    public static func foundationNumber(_ x: Double) -> String {
        let s = x.description
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    /// A `Double` member for ``foundationSerialized(pretty:)``.
    public static func foundationDouble(_ x: Double) -> JSONValue { .number(foundationNumber(x)) }

    /// True when key `a` comes before `b` in `JSONSerialization`'s sorted output, which orders
    /// keys as a locale's collation does with numeric, case-insensitive comparison: punctuation
    /// (`_`) before digits before letters, runs of digits by value (`9` before `10`), letters
    /// without regard to case and then lower case first (`ab` before `aB` before `b`).
    /// Reproduced for ASCII keys; keys with other characters fall back to scalar order after
    /// their common ASCII prefix (no key Parallax writes has them).
    public static func foundationKeyOrder(_ a: String, _ b: String) -> Bool {
        func rank(_ c: UInt8) -> Int {  // primary weight: punctuation, digits, letters
            switch c {
            case 0x30...0x39: return 1
            case 0x41...0x5A, 0x61...0x7A: return 2
            default: return 0
            }
        }
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0, j = 0
        var tie = 0  // first case difference: -1 when a has the lower-case letter
        while i < x.count, j < y.count {
            let c = x[i], d = y[j]
            if rank(c) == 1, rank(d) == 1 {  // digit runs compare by value
                var ei = i, ej = j
                while ei < x.count, rank(x[ei]) == 1 { ei += 1 }
                while ej < y.count, rank(y[ej]) == 1 { ej += 1 }
                let m = x[i..<ei].drop(while: { $0 == 0x30 }), n = y[j..<ej].drop(while: { $0 == 0x30 })
                if m.count != n.count { return m.count < n.count }
                if !m.elementsEqual(n) { return m.lexicographicallyPrecedes(n) }
                i = ei; j = ej
                continue
            }
            if c >= 0x80 || d >= 0x80 { return Array(x[i...]).lexicographicallyPrecedes(Array(y[j...])) }
            if rank(c) != rank(d) { return rank(c) < rank(d) }
            let lc = rank(c) == 2 ? c | 0x20 : c, ld = rank(d) == 2 ? d | 0x20 : d
            if lc != ld { return lc < ld }
            if tie == 0, c != d { tie = c > d ? -1 : 1 }  // the lower-case letter has the larger byte
            i += 1; j += 1
        }
        if x.count - i != y.count - j { return x.count - i < y.count - j }
        return tie == 0 ? a.utf8.lexicographicallyPrecedes(b.utf8) : tie < 0
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

/// Any JSON value, decoded only to learn whether Foundation's scanner accepts a text.
private struct _Validated: Decodable {
    init(from decoder: Decoder) throws {
        if let object = try? decoder.container(keyedBy: _AnyKey.self) {
            for key in object.allKeys { _ = try object.decode(_Validated.self, forKey: key) }
        } else if var array = try? decoder.unkeyedContainer() {
            while !array.isAtEnd { _ = try array.decode(_Validated.self) }
        } else {
            // Leaves are decoded too: out-of-range numbers and lone surrogates fail only here.
            let leaf = try decoder.singleValueContainer()
            if leaf.decodeNil() || (try? leaf.decode(Bool.self)) != nil || (try? leaf.decode(String.self)) != nil { return }
            _ = try leaf.decode(Double.self)
        }
    }
}

private struct _AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
