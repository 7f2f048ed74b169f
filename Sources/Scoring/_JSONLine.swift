import Foundation

/// A minimal JSON reader for one line of JSONL with a flat object on it: it extracts string
/// and string-array members and skips everything else (numbers, booleans, null, nested
/// values). Hand-written on bytes because Foundation's parser costs ~10× more per line, and a
/// 10,000-line file must parse in milliseconds.
struct _JSONLine {
    enum Value { case string(String), strings([String]), other(String) }

    struct Failure: Error { let message: String }

    private let b: UnsafeBufferPointer<UInt8>
    private var i: Int

    private init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b; i = 0 }

    /// The members of the object on `line`, by key.
    static func parse(_ line: UnsafeBufferPointer<UInt8>) throws -> [String: Value] {
        var p = _JSONLine(line)
        p.space()
        try p.expect(UInt8(ascii: "{"))
        var out: [String: Value] = [:]
        p.space()
        if p.peek == UInt8(ascii: "}") { p.i += 1 } else {
            while true {
                p.space()
                let key = try p.string()
                p.space()
                try p.expect(UInt8(ascii: ":"))
                p.space()
                out[key] = try p.value()
                p.space()
                if p.peek == UInt8(ascii: ",") { p.i += 1; continue }
                try p.expect(UInt8(ascii: "}"))
                break
            }
        }
        p.space()
        guard p.i == p.b.count else { throw Failure(message: "unexpected text after the object") }
        return out
    }

    private var peek: UInt8? { i < b.count ? b[i] : nil }

    private mutating func space() {
        while i < b.count, b[i] == 32 || b[i] == 9 || b[i] == 13 || b[i] == 10 { i += 1 }
    }

    private mutating func expect(_ c: UInt8) throws {
        guard i < b.count, b[i] == c else {
            let found = i < b.count ? "'\(Character(Unicode.Scalar(b[i])))'" : "end of line"
            throw Failure(message: "expected '\(Character(Unicode.Scalar(c)))' at column \(i + 1), found \(found)")
        }
        i += 1
    }

    private mutating func value() throws -> Value {
        switch peek {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["):
            let start = i
            i += 1
            var items: [String] = []
            space()
            if peek == UInt8(ascii: "]") { i += 1; return .strings([]) }
            var allStrings = true
            while true {
                space()
                if peek == UInt8(ascii: "\"") { items.append(try string()) } else { allStrings = false; try skip() }
                space()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                try expect(UInt8(ascii: "]"))
                break
            }
            return allStrings ? .strings(items) : .other(String(decoding: b[start..<i], as: UTF8.self))
        default:
            let start = i
            try skip()
            return .other(String(decoding: b[start..<i], as: UTF8.self))
        }
    }

    /// Skips any JSON value.
    private mutating func skip() throws {
        guard let c = peek else { throw Failure(message: "expected a value at column \(i + 1), found end of line") }
        switch c {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let close = c == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            i += 1
            space()
            if peek == close { i += 1; return }
            while true {
                space()
                if c == UInt8(ascii: "{") {
                    _ = try string(); space(); try expect(UInt8(ascii: ":")); space()
                }
                try skip()
                space()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                try expect(close)
                return
            }
        default:
            let start = i
            while i < b.count, !(b[i] == 44 || b[i] == 93 || b[i] == 125 || b[i] == 32 || b[i] == 9 || b[i] == 13) { i += 1 }
            let word = String(decoding: b[start..<i], as: UTF8.self)
            if word == "true" || word == "false" || word == "null" || Double(word) != nil { return }
            throw Failure(message: "invalid value '\(word.prefix(20))' at column \(start + 1)")
        }
    }

    private mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        // Fast path: the closing quote with no backslash before it (memchr).
        if let base = b.baseAddress, start < b.count,
           let q = memchr(base + start, 34, b.count - start) {
            let end = base.distance(to: q.assumingMemoryBound(to: UInt8.self))
            if memchr(base + start, 92, end - start) == nil {
                i = end + 1
                return String(decoding: b[start..<end], as: UTF8.self)
            }
        }
        // Escapes: copy the runs between them in bulk, decode each escape in place.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        while true {
            let runStart = i
            while i < b.count, b[i] != 34, b[i] != 92 { i += 1 }
            if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
            guard i < b.count else { throw Failure(message: "unterminated string starting at column \(start)") }
            if b[i] == 34 { i += 1; break }
            i += 1
            guard i < b.count else { throw Failure(message: "unterminated string starting at column \(start)") }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): bytes.append(10)
            case UInt8(ascii: "t"): bytes.append(9)
            case UInt8(ascii: "r"): bytes.append(13)
            case UInt8(ascii: "b"): bytes.append(8)
            case UInt8(ascii: "f"): bytes.append(12)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(e)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), i + 1 < b.count, b[i] == 92, b[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        Self.appendUTF8(0xFFFD, to: &bytes)
                        code = low
                    }
                }
                Self.appendUTF8(Unicode.Scalar(code) == nil ? 0xFFFD : code, to: &bytes)
            default:
                throw Failure(message: "invalid escape '\\\(Character(Unicode.Scalar(e)))' at column \(i - 1)")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 encoding of a valid scalar value.
    @inline(__always) private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= b.count else { throw Failure(message: "truncated \\u escape at column \(i)") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw Failure(message: "invalid \\u escape at column \(i)")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
