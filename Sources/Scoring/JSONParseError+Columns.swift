import TextProcessing

extension JSONParseError {
    /// The error in the words `rouge` has always used for a bad JSONL line (from before its
    /// reader was shared with `summarize`), so its messages did not change: 1-based columns, the
    /// character found, and a malformed scalar quoted whole:
    ///
    ///     expected '}' at column 12, found '"'
    ///     invalid value 'nope' at column 24
    ///     unterminated string starting at column 24
    ///
    /// A scalar is quoted as `rouge` read it: everything up to `,`, `]`, `}` or white space
    /// (so `{"n": 12abc}` reports `invalid value '12abc'`, not the `a` after a number `12`).
    /// - Parameter line: the bytes that were parsed (the error's offsets index them).
    func columnMessage(in line: UnsafeBufferPointer<UInt8>) -> String {
        func expected(_ c: Character) -> String { Self.expected(c, at: offset, in: line) }
        switch kind {
        case .expectedKey: return expected("\"")
        case .expectedColon: return expected(":")
        case .expectedCommaOrBrace: return Self.malformedScalar(before: offset, in: line) ?? expected("}")
        case .expectedCommaOrBracket: return Self.malformedScalar(before: offset, in: line) ?? expected("]")
        case .expectedValue:
            guard offset < line.count else { return "expected a value at column \(offset + 1), found end of line" }
            return Self.invalidValue(at: offset, in: line)
        case let .unterminatedString(quote): return "unterminated string starting at column \(quote + 1)"
        case let .invalidEscape(e): return "invalid escape '\\\(Character(Unicode.Scalar(e)))' at column \(offset - 1)"
        case .truncatedUnicodeEscape: return "truncated \\u escape at column \(offset)"
        case .invalidUnicodeEscape: return "invalid \\u escape at column \(offset)"
        case .textAfterValue: return "unexpected text after the object"
        }
    }

    /// `expected 'c' at column N, found 'x'` (or `found end of line`) for byte offset `offset`.
    static func expected(_ c: Character, at offset: Int, in line: UnsafeBufferPointer<UInt8>) -> String {
        // A byte is shown as the Latin-1 character of its value, as it always was.
        let found = offset < line.count ? "'\(Character(Unicode.Scalar(line[offset])))'" : "end of line"
        return "expected '\(c)' at column \(offset + 1), found \(found)"
    }

    /// Bytes that end a scalar as `rouge` reads one: `,` `]` `}` space, tab, carriage return.
    private static func endsScalar(_ c: UInt8) -> Bool { c == 44 || c == 93 || c == 125 || c == 32 || c == 9 || c == 13 }

    private static func scalar(at start: Int, in line: UnsafeBufferPointer<UInt8>) -> String {
        var end = start
        while end < line.count, !endsScalar(line[end]) { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
    }

    private static func invalidValue(at start: Int, in line: UnsafeBufferPointer<UInt8>) -> String {
        "invalid value '\(scalar(at: start, in: line).prefix(20))' at column \(start + 1)"
    }

    /// When the parser stopped at `offset` right after a number or literal with no separator
    /// (`12abc`, `truex`), the message `rouge` gives for the whole scalar; nil otherwise.
    private static func malformedScalar(before offset: Int, in line: UnsafeBufferPointer<UInt8>) -> String? {
        guard offset > 0, offset < line.count, !endsScalar(line[offset]), !endsScalar(line[offset - 1]),
              line[offset - 1] != 0x22 else { return nil }
        // A scalar follows ':', ',' or '[' (and white space), none of which can occur in one.
        var start = offset - 1
        while start > 0, ![0x3A, 0x2C, 0x5B, 0x20, 0x09, 0x0D].contains(line[start - 1]) { start -= 1 }
        let word = scalar(at: start, in: line)
        // Such a word was accepted (an error would then have come later): say what stopped us.
        if word == "true" || word == "false" || word == "null" || Double(word) != nil { return nil }
        return invalidValue(at: start, in: line)
    }
}
