/// A JSON value (RFC 8259) with object members kept in the order they were written, so what we
/// write is deterministic and reads top-down (`JSONSerialization` would sort or scramble keys).
///
/// The one JSON type of every module: batch summaries and their error lines, comparison
/// reports, and the readers of JSONL input (`summarize --jsonl`, `rouge`; see
/// ``parse(_:)``). Numbers are kept as their JSON text, so a number read is written back
/// exactly as it came (`1.50` stays `1.50`) and each writer chooses its own number format
/// (``int(_:)`` here; summaries use 6 significant digits, comparison reports 4 decimals).
///
///     let v = JSONValue.object([("id", .int(7)), ("tags", .array([.string("a\"b"), .null]))])
///     v.serialized()    // {"id":7,"tags":["a\"b",null]}
///
/// Two values are equal when they serialize to the same text (so member order counts).
public enum JSONValue: Sendable, Equatable {
    /// Members in source order; a key may repeat (``subscript(_:)`` finds the first).
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number as its JSON text, written verbatim.
    case number(String)
    case bool(Bool)
    case null

    /// An integer as a JSON number.
    public static func int(_ i: Int) -> JSONValue { .number(String(i)) }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// The value of the first member named `key`, or nil (also when `self` is not an object).
    public subscript(key: String) -> JSONValue? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// The string, when `self` is one.
    public var stringValue: String? { if case let .string(s) = self { return s } else { return nil } }

    /// The value as compact JSON on one line (no spaces; strings escaped by ``JSONText``).
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends ``serialized()`` to `out`.
    public func write(to out: inout String) {
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
