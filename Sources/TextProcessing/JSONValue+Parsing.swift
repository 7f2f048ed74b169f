#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONValue {
    /// Parses one complete JSON value from `text` (white space around it allowed).
    ///
    ///     try JSONValue.parse(#"{"id": 1.50, "t": "caf\u00e9"}"#)   // .object([("id", .number("1.50")), ("t", .string("café"))])
    ///     try JSONValue.parse(#"{"a" 1}"#)                           // throws: expected ':' at byte 6
    ///
    /// Hand-written over UTF-8 bytes because batch summarization parses thousands of records a
    /// second (records of several kilobytes) and Foundation's parser would dominate its run time.
    ///
    /// Deviations from RFC 8259, all lenient: a number is any run of `0-9 + - . e E` and is not
    /// checked further (it is kept as text; see `isNumber` in ``parse(utf8:isNumber:)``); control characters inside strings are accepted;
    /// invalid UTF-8 in strings becomes U+FFFD; an escaped lone surrogate becomes U+FFFD (a high
    /// surrogate followed by a `\u` escape that is not a low one: U+FFFD, then that escape's
    /// character, so nothing written after it is lost).
    /// - Throws: ``JSONParseError`` for the first problem, with its byte offset.
    /// - Complexity: O(n) in the length of `text`; strings are scanned eight bytes at a time.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(JSONParseError) -> JSONValue in try parse(utf8: bytes) }
        }
        return try result.get()
    }

    /// Parses one complete JSON value from UTF-8 `bytes`; see ``parse(_:)``.
    /// - Parameter isNumber: a stricter test of a number's text (`rouge` takes what
    ///   `Double(_:)` takes, so `2.5e` is an error there); a number it rejects is an
    ///   ``JSONParseError/Kind/expectedValue`` error at the number's first byte.
    /// - Parameter trailingCommas: accept a comma before `]` or `}` (Foundation's parser does).
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, isNumber: ((String) -> Bool)? = nil,
                             trailingCommas: Bool = false) throws(JSONParseError) -> JSONValue {
        var p = _JSONParser(b: bytes, isNumber: isNumber)
        p.trailingCommas = trailingCommas
        p.skip()
        let v = try p.value()
        p.skip()
        guard p.i == bytes.count else { throw JSONParseError(.textAfterValue, offset: p.i, atEnd: false) }
        return v
    }
}

/// The recursive-descent reader behind ``JSONValue/parse(utf8:)``.
private struct _JSONParser {
    let b: UnsafeBufferPointer<UInt8>
    let isNumber: ((String) -> Bool)?
    var i = 0
    var trailingCommas = false
    init(b: UnsafeBufferPointer<UInt8>, isNumber: ((String) -> Bool)?) { self.b = b; self.isNumber = isNumber }

    mutating func skip() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }

    func fail(_ kind: JSONParseError.Kind) -> JSONParseError {
        JSONParseError(kind, offset: i, atEnd: i >= b.count)
    }

    mutating func value() throws(JSONParseError) -> JSONValue {
        guard i < b.count else { throw fail(.expectedValue) }
        switch b[i] {
        case 0x7B: // {
            i += 1; skip()
            var pairs: [(String, JSONValue)] = []
            if i < b.count, b[i] == 0x7D { i += 1; return .object(pairs) }
            while true {
                skip()
                guard i < b.count, b[i] == 0x22 else { throw fail(.expectedKey) }
                let k = try string()
                skip()
                guard i < b.count, b[i] == 0x3A else { throw fail(.expectedColon) }
                i += 1; skip()
                pairs.append((k, try value()))
                skip()
                guard i < b.count else { throw fail(.expectedCommaOrBrace) }
                if b[i] == 0x2C {
                    i += 1
                    if trailingCommas { skip(); if i < b.count, b[i] == 0x7D { i += 1; return .object(pairs) } }
                    continue
                }
                if b[i] == 0x7D { i += 1; return .object(pairs) }
                throw fail(.expectedCommaOrBrace)
            }
        case 0x5B: // [
            i += 1; skip()
            var items: [JSONValue] = []
            if i < b.count, b[i] == 0x5D { i += 1; return .array(items) }
            while true {
                skip()
                items.append(try value())
                skip()
                guard i < b.count else { throw fail(.expectedCommaOrBracket) }
                if b[i] == 0x2C {
                    i += 1
                    if trailingCommas { skip(); if i < b.count, b[i] == 0x5D { i += 1; return .array(items) } }
                    continue
                }
                if b[i] == 0x5D { i += 1; return .array(items) }
                throw fail(.expectedCommaOrBracket)
            }
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        default:
            let s = i
            while i < b.count, (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2D || b[i] == 0x2B || b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 { i += 1 }
            guard i > s else { throw fail(.expectedValue) }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[s..<i]), as: UTF8.self)
            if let isNumber, !isNumber(text) { i = s; throw fail(.expectedValue) }
            return .number(text)
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count, memcmp(b.baseAddress! + i, word.utf8Start, n) == 0 else { throw fail(.expectedValue) }
        i += n
    }

    mutating func string() throws(JSONParseError) -> String {
        let quote = i
        i += 1
        let start = i
        // Fast path: no escapes.
        i = runEnd(from: i)
        if i < b.count, b[i] == 0x22 {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: b[start..<i]))
        out.reserveCapacity(2 * out.count + 64)
        while true {
            guard i < b.count else { throw fail(.unterminatedString(openingQuote: quote)) }
            let c = b[i]
            if c == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
            if c != 0x5C {
                // The run up to the next quote or backslash, appended at once.
                let runStart = i
                i = runEnd(from: i)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
                continue
            }
            i += 1
            guard i < b.count else { throw fail(.unterminatedString(openingQuote: quote)) }
            let e = b[i]; i += 1
            switch e {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var u = try hex4()
                if (0xD800..<0xDC00).contains(u), i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 {
                    i += 2
                    let lo = try hex4()
                    if (0xDC00..<0xE000).contains(lo) {
                        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                    } else {
                        // A lone high surrogate; the escape after it is a character of its own.
                        UTF8.encode("\u{FFFD}") { out.append($0) }
                        u = lo
                    }
                }
                let scalar = Unicode.Scalar(u) ?? "\u{FFFD}"
                UTF8.encode(scalar) { out.append($0) }
            default: throw fail(.invalidEscape(escape: e))
            }
        }
    }

    /// The index of the first quote or backslash at or after `from` (or the end): eight bytes
    /// at a time, as a batch record's text is kilobytes long and this scan was most of parsing it.
    @inline(__always) func runEnd(from: Int) -> Int {
        var i = from
        let n = b.count
        guard let base = b.baseAddress else { return i }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let x = w ^ (ones &* 0x22), y = w ^ (ones &* 0x5C)
            // A byte of x or y is zero where w holds a quote or a backslash; the lowest flagged
            // byte is always a real one (a false flag only ever sits above a real zero).
            let hit = (((x &- ones) & ~x) | ((y &- ones) & ~y)) & highs
            if hit != 0 { return i + (hit.trailingZeroBitCount >> 3) }
            i += 8
        }
        while i < n, b[i] != 0x22, b[i] != 0x5C { i += 1 }
        return i
    }

    mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= b.count else { throw fail(.truncatedUnicodeEscape) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = _jsonHexDigit(b[i]) else { throw fail(.invalidUnicodeEscape) }
            v = v << 4 | d; i += 1
        }
        return v
    }
}

/// The value of the hexadecimal digit `c` (of a `\u` escape), or nil when it is none.
@inline(__always)
func _jsonHexDigit(_ c: UInt8) -> UInt32? {
    switch c {
    case 0x30...0x39: return UInt32(c - 0x30)
    case 0x41...0x46: return UInt32(c - 0x41 + 10)
    case 0x61...0x66: return UInt32(c - 0x61 + 10)
    default: return nil
    }
}
