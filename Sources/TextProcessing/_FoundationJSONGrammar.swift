import FoundationEssentials

/// The grammar Foundation's `JSONSerialization.jsonObject(with:options: .fragmentsAllowed)`
/// accepts on Linux, checked over UTF-8 bytes without building anything (the value is then
/// read by `JSONValue.parse(utf8:isNumber:trailingCommas:)`).
///
/// Stricter than RFC 8259 in one way and looser in another, as Foundation is:
/// - a comma may end an array or object (`[1,]`, `{"a":1,}`);
/// - nesting deeper than 512 arrays or objects is refused;
/// - strings refuse raw bytes below 0x20, invalid UTF-8, unknown escapes, an escaped high
///   surrogate not followed by an escaped low one, and an escaped lone low surrogate;
/// - a number is `-? digits (. digits)? ([eE] [+-]? digits)?` without leading zeros, ends at
///   white space, `,`, `]`, `}` or the end, and must be representable (``FoundationNumber``):
///   `1e400` is refused, `1e-400` is 0.
/// White space is space, tab, line feed and carriage return only.
struct _FoundationJSONGrammar {
    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0

    /// True when `bytes` (after any byte-order mark, which the caller removes) is one JSON
    /// value with only white space around it.
    static func accepts(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var g = _FoundationJSONGrammar(b: bytes)
        guard g.value() else { return false }
        g.skipSpace()
        return g.i == bytes.count
    }

    private init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    private var atEnd: Bool { i >= b.count }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    private mutating func value() -> Bool {
        skipSpace()
        guard !atEnd else { return false }
        switch b[i] {
        case 0x22: return string()
        case 0x7B: return container(close: 0x7D, isObject: true)
        case 0x5B: return container(close: 0x5D, isObject: false)
        case 0x74: return literal("true")
        case 0x66: return literal("false")
        case 0x6E: return literal("null")
        case 0x2D, 0x30...0x39: return number()
        default: return false
        }
    }

    private mutating func literal(_ word: String) -> Bool {
        for c in word.utf8 {
            guard i < b.count, b[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// An array or an object, from its opening bracket.
    private mutating func container(close: UInt8, isObject: Bool) -> Bool {
        guard depth < 512 else { return false }
        depth += 1
        defer { depth -= 1 }
        i += 1
        skipSpace()
        guard !atEnd else { return false }
        if b[i] == close { i += 1; return true }
        while true {
            if isObject {
                guard !atEnd, b[i] == 0x22, string() else { return false }
                skipSpace()
                guard !atEnd, b[i] == 0x3A else { return false }
                i += 1
            }
            guard value() else { return false }
            skipSpace()
            guard !atEnd else { return false }
            if b[i] == close { i += 1; return true }
            guard b[i] == 0x2C else { return false }
            i += 1
            skipSpace()
            guard !atEnd else { return false }
            if b[i] == close { i += 1; return true }  // a trailing comma
        }
    }

    /// A string, from its opening quote.
    private mutating func string() -> Bool {
        i += 1
        var run = i  // start of the raw bytes not yet checked as UTF-8
        func validRun(_ end: Int) -> Bool {
            String(validating: UnsafeBufferPointer(rebasing: b[run..<end]), as: UTF8.self) != nil
        }
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                guard validRun(i) else { return false }
                i += 1
                return true
            }
            if c < 0x20 { return false }
            if c != 0x5C { i += 1; continue }
            guard validRun(i) else { return false }
            i += 1
            guard i < b.count else { return false }
            let e = b[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: break
            case 0x75:
                guard let u = hex4() else { return false }
                if u & 0xFC00 == 0xD800 {
                    guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 else { return false }
                    i += 2
                    guard let low = hex4(), low & 0xFC00 == 0xDC00 else { return false }
                } else if u & 0xFC00 == 0xDC00 {
                    return false  // a low surrogate alone is no scalar
                }
            default: return false
            }
            run = i
        }
        return false
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = _jsonHexDigit(b[i]) else { return nil }
            v = v << 4 | d; i += 1
        }
        return v
    }

    /// A number, from its first byte (`-` or a digit).
    private mutating func number() -> Bool {
        enum Last { case digits, point, exponent, exponentSign }
        let start = i
        var last = Last.digits
        var digits = b[i] == 0x2D ? 0 : 1   // digits since the last point, `e` or sign
        var leadingZero = b[i] == 0x30
        i += 1
        scan: while i < b.count {
            switch b[i] {
            case 0x30:
                if leadingZero { return false }
                if digits == 0 && last == .digits { leadingZero = true }  // "-0"
                digits += 1
            case 0x31...0x39:
                if leadingZero { return false }
                digits += 1
            case 0x2E:
                guard digits > 0, last == .digits else { return false }
                last = .point; digits = 0; leadingZero = false
            case 0x65, 0x45:
                guard digits > 0, last == .digits || last == .point else { return false }
                last = .exponent; digits = 0; leadingZero = false
            case 0x2B, 0x2D:
                guard digits == 0, last == .exponent else { return false }
                last = .exponentSign
            case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x5D, 0x7D:
                break scan
            default:
                return false
            }
            i += 1
        }
        guard digits > 0 else { return false }
        return FoundationNumber(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) != nil
    }
}

/// A JSON number as `JSONSerialization` turned it into an `NSNumber`: a 64-bit integer when
/// it has no `.` and no lower-case `e` and fits (negative ones of up to 19 characters, others
/// of up to 20), a `Decimal` when it has more than 17 characters before any `e` and an exponent
/// within ±128, else a finite `Double`; nil (the document is refused) when none applies.
enum FoundationNumber: Equatable {
    case integer(Int64)
    case unsigned(UInt64)
    case decimal(Decimal)
    case double(Double)

    init?(_ text: String) {
        let e = text.firstIndex(of: "e")
        let length = text[..<(e ?? text.endIndex)].count
        if !text.contains("."), e == nil {
            if text.hasPrefix("-") {
                if length <= 19, let v = Int64(text) { self = .integer(v); return }
            } else if length <= 20, let v = UInt64(text) {
                self = .unsigned(v); return
            }
        }
        let exponent = e.flatMap { Int(text[text.index(after: $0)...]) } ?? 0
        if length > 17, exponent >= -128, exponent <= 127, let d = Decimal(string: text), d.isFinite {
            self = .decimal(d); return
        }
        if let d = Double(text), d.isFinite { self = .double(d); return }
        return nil
    }

    /// The text `JSONSerialization` wrote for it: decimal digits, the `Decimal`'s own digits,
    /// or Swift's shortest form of the `Double` without a trailing `.0` (`1`, `2.5e-07`).
    var text: String {
        switch self {
        case let .integer(v): return String(v)
        case let .unsigned(v): return String(v)
        case let .decimal(d): return d.description
        case let .double(d):
            let s = d.description
            return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
        }
    }

    /// `NSNumber as? Int`: the value when it is an integer in `Int`'s range (a `Decimal` is
    /// cut to its integer part once its `Double` value is integral, as `NSDecimalNumber` did).
    var int: Int? {
        switch self {
        case let .integer(v): return Int(v)
        case let .unsigned(v): return Int(exactly: v)
        case let .double(d): return Int(exactly: d)
        case let .decimal(d):
            guard let x = Double(d.description), Int(exactly: x) != nil else { return nil }
            return Int(d.description.prefix { $0 != "." })
        }
    }

    /// `NSNumber as? Double` (for a `Decimal`, the nearest `Double` to its digits).
    var double: Double {
        switch self {
        case let .integer(v): return Double(v)
        case let .unsigned(v): return Double(v)
        case let .decimal(d): return Double(d.description) ?? .nan
        case let .double(d): return d
        }
    }
}
