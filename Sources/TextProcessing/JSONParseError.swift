/// Why ``JSONValue/parse(_:)`` rejected a text, and where: what was expected, the byte offset
/// at which reading stopped, and whether the text had already ended there.
///
/// The description names the byte (from 1) or says the line ended early; it is what
/// `summarize --jsonl` puts in a record's `"error"` after `invalid JSON: `:
///
///     expected ':' at byte 6
///     unterminated string: the line ends early
///
/// The fields let a reader report the same error in its own words (`rouge` speaks of columns
/// and the character found; see Scoring's `JSONParseError+Columns.swift`).
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// No value starts at `offset` (nor a valid `true`, `false` or `null`).
        case expectedValue
        /// An object member does not start with a quote.
        case expectedKey
        case expectedColon
        /// After an object member: neither `,` nor `}`.
        case expectedCommaOrBrace
        /// After an array item: neither `,` nor `]`.
        case expectedCommaOrBracket
        /// The text ended inside the string whose opening quote is at byte offset `openingQuote`.
        case unterminatedString(openingQuote: Int)
        /// A backslash followed by the byte `escape`, which no JSON escape starts with; `offset`
        /// is just past `escape` (the backslash is at `offset - 2`).
        case invalidEscape(escape: UInt8)
        /// Fewer than four bytes after `\u`, which ends at `offset`.
        case truncatedUnicodeEscape
        /// The byte at `offset` in a `\u` escape is not a hexadecimal digit.
        case invalidUnicodeEscape
        /// More than white space after a complete value.
        case textAfterValue
    }

    public var kind: Kind
    /// The byte offset (from 0) at which reading stopped.
    public var offset: Int
    /// Whether the text ends at `offset` (the error is then "the line ends early").
    public var atEnd: Bool

    public init(_ kind: Kind, offset: Int, atEnd: Bool) {
        self.kind = kind
        self.offset = offset
        self.atEnd = atEnd
    }

    public var description: String {
        let what: String
        switch kind {
        case .expectedValue: what = "expected a JSON value"
        case .expectedKey: what = "expected a string key"
        case .expectedColon: what = "expected ':'"
        case .expectedCommaOrBrace: what = "expected ',' or '}'"
        case .expectedCommaOrBracket: what = "expected ',' or ']'"
        case .unterminatedString: what = "unterminated string"
        case let .invalidEscape(e): what = "invalid escape '\\\(Character(Unicode.Scalar(e)))'"
        case .truncatedUnicodeEscape, .invalidUnicodeEscape: what = "bad \\u escape"
        case .textAfterValue: return "unexpected text after the JSON value at byte \(offset + 1)"
        }
        return atEnd ? "\(what): the line ends early" : "\(what) at byte \(offset + 1)"
    }
}
