import Foundation
import TextProcessing

/// A JSON value with object keys kept in the order they were written, so reports are stable and
/// read top-down (`JSONSerialization` would sort or scramble them).
///
/// Numbers are written with up to 4 decimals (`0.6667`), integers without a point; strings are
/// escaped per RFC 8259 (quote, backslash, control characters; non-ASCII kept as UTF-8).
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// The value on one line.
    public func serialized() -> String {
        var out = ""
        write(&out)
        return out
    }

    private func write(_ out: inout String) {
        switch self {
        case let .string(s): JSONText.appendQuoted(s, to: &out)
        case let .int(i): out += String(i)
        case let .number(d):
            if d.isNaN || d.isInfinite { out += "null"; return }
            let r = (d * 10_000).rounded() / 10_000
            if r == r.rounded(), abs(r) < 1e15 { out += String(Int(r)) } else { out += String(format: "%.4f", r).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression) }
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .array(a):
            out += "["
            for (k, v) in a.enumerated() { if k > 0 { out += "," }; v.write(&out) }
            out += "]"
        case let .object(o):
            out += "{"
            for (k, (key, v)) in o.enumerated() {
                if k > 0 { out += "," }
                JSONText.appendQuoted(key, to: &out); out += ":"; v.write(&out)
            }
            out += "}"
        }
    }
}
