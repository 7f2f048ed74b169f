import TextProcessing
/// A minimal JSON reader/writer for the JSONL batch format (RFC 8259 values; numbers kept as
/// their source text). Hand-written over UTF-8 bytes because batch mode parses thousands of
/// records a second and Foundation's parser would dominate the run time.
enum _JSON: Equatable {
    case object([(String, _JSON)])
    case array([_JSON])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    static func == (a: _JSON, b: _JSON) -> Bool { a.serialized == b.serialized }

    subscript(key: String) -> _JSON? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    var stringValue: String? { if case let .string(s) = self { return s } else { return nil } }

    /// Parses one complete JSON value from `text`; the message says what was wrong and where.
    static func parse(_ text: String) -> Result<_JSON, _JSONParseError> {
        var text = text
        return text.withUTF8 { bytes in
            var p = _Parser(b: bytes)
            do {
                p.skip()
                let v = try p.value()
                p.skip()
                guard p.i == bytes.count else { throw _JSONParseError("unexpected text after the JSON value at byte \(p.i + 1)") }
                return .success(v)
            } catch let e as _JSONParseError { return .failure(e) } catch { return .failure(_JSONParseError("\(error)")) }
        }
    }

    var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case let .object(pairs):
            out += "{"
            for (k, (key, v)) in pairs.enumerated() {
                if k > 0 { out += "," }
                JSONText.appendQuoted(key, to: &out); out += ":"; v.write(to: &out)
            }
            out += "}"
        case let .array(items):
            out += "["
            for (k, v) in items.enumerated() { if k > 0 { out += "," }; v.write(to: &out) }
            out += "]"
        case let .string(s): JSONText.appendQuoted(s, to: &out)
        case let .number(n): out += n
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }
}

struct _JSONParseError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

private struct _Parser {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    mutating func skip() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }

    func fail(_ what: String) -> _JSONParseError {
        _JSONParseError(i < b.count ? "\(what) at byte \(i + 1)" : "\(what): the line ends early")
    }

    mutating func value() throws -> _JSON {
        guard i < b.count else { throw fail("expected a JSON value") }
        switch b[i] {
        case 0x7B: // {
            i += 1; skip()
            var pairs: [(String, _JSON)] = []
            if i < b.count, b[i] == 0x7D { i += 1; return .object(pairs) }
            while true {
                skip()
                guard i < b.count, b[i] == 0x22 else { throw fail("expected a string key") }
                let k = try string()
                skip()
                guard i < b.count, b[i] == 0x3A else { throw fail("expected ':'") }
                i += 1; skip()
                pairs.append((k, try value()))
                skip()
                guard i < b.count else { throw fail("expected ',' or '}'") }
                if b[i] == 0x2C { i += 1; continue }
                if b[i] == 0x7D { i += 1; return .object(pairs) }
                throw fail("expected ',' or '}'")
            }
        case 0x5B: // [
            i += 1; skip()
            var items: [_JSON] = []
            if i < b.count, b[i] == 0x5D { i += 1; return .array(items) }
            while true {
                skip()
                items.append(try value())
                skip()
                guard i < b.count else { throw fail("expected ',' or ']'") }
                if b[i] == 0x2C { i += 1; continue }
                if b[i] == 0x5D { i += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        default:
            let s = i
            while i < b.count, (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2D || b[i] == 0x2B || b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 { i += 1 }
            guard i > s else { throw fail("expected a JSON value") }
            return .number(String(decoding: UnsafeBufferPointer(rebasing: b[s..<i]), as: UTF8.self))
        }
    }

    mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count, memcmp(b.baseAddress! + i, word.utf8Start, n) == 0 else { throw fail("expected a JSON value") }
        i += n
    }

    mutating func string() throws -> String {
        i += 1 // opening quote
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
            guard i < b.count else { throw fail("unterminated string") }
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
            guard i < b.count else { throw fail("unterminated string") }
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
                    if (0xDC00..<0xE000).contains(lo) { u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00) } else { u = 0xFFFD }
                }
                let scalar = Unicode.Scalar(u) ?? "\u{FFFD}"
                UTF8.encode(scalar) { out.append($0) }
            default: throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
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

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= b.count else { throw fail("bad \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("bad \\u escape")
            }
            v = v * 16 + d; i += 1
        }
        return v
    }
}

#if canImport(Glibc)
import Glibc
#endif
