/// How one value of an evaluation record is read from a raw JSON object.
///
/// Manifests use it to read the shared data files as they are, without a converted copy:
///
/// - a **path** such as `"reference"`, `"roundup[0]"` or `"meta.id"`: keys separated by dots, each
///   optionally followed by one `[index]`. Numbers are read as their decimal text (ids).
/// - **sentences** such as `{"sentences": ["issue", "roundup[0]"]}`: the parts, each trimmed,
///   joined as consecutive sentences with one space; a part that does not already end in
///   `.`, `!`, `?` (optionally followed by a closing quote or bracket) gets a `.` first.
///   So `"Taxes rise"` + `"The bill passed."` → `"Taxes rise. The bill passed."`, and a title that
///   already ends with a full stop is not given a second one. Empty parts are left out.
///
/// In a manifest a path is written as a bare JSON string and sentences as an object.
public enum FieldExpression: Sendable, Equatable, Codable {
    case path(String)
    case sentences([String])

    private enum Keys: String, CodingKey { case sentences }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let p = try? single.decode(String.self) {
            self = .path(p)
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        self = .sentences(try c.decode([String].self, forKey: .sentences))
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case let .path(p):
            var c = encoder.singleValueContainer()
            try c.encode(p)
        case let .sentences(parts):
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(parts, forKey: .sentences)
        }
    }

    /// The raw JSON value the expression denotes in `object`, or nil when a key or index is missing.
    /// A `.sentences` expression always yields a `String` (nil when any part is missing).
    public func value(in object: JSONValue) -> JSONValue? {
        switch self {
        case let .path(p):
            return Self.lookup(p, in: object)
        case let .sentences(parts):
            var texts: [String] = []
            for part in parts {
                guard let v = Self.lookup(part, in: object), let s = Self.text(v) else { return nil }
                texts.append(s)
            }
            return .string(Self.joinSentences(texts))
        }
    }

    /// The expression's value as text: a string, or a number's decimal form.
    public func string(in object: JSONValue) -> String? {
        value(in: object).flatMap(Self.text)
    }

    /// What the expression reads, for messages (`"reference"`, `"issue + roundup[0]"`).
    public var label: String {
        switch self {
        case let .path(p): return p
        case let .sentences(parts): return parts.joined(separator: " + ")
        }
    }

    static func text(_ v: JSONValue) -> String? {
        if let s = v.stringValue { return s }
        if let i = v.foundationInt { return String(i) }  // also `true` → "1", as NSNumber bridged it
        if let n = v.foundationDouble, n.rounded() == n, abs(n) < 1e15 { return String(Int(n)) }
        return nil
    }

    /// Joins `parts` as sentences (see the type's discussion).
    static func joinSentences(_ parts: [String]) -> String {
        var out: [String] = []
        for raw in parts {
            let p = raw.trimmingWhitespaceAndNewlines()
            guard !p.isEmpty else { continue }
            var core = Substring(p)
            while let l = core.last, "\"'”’)]".contains(l) { core = core.dropLast() }
            if let l = core.last, ".!?".contains(l) { out.append(p) } else { out.append(p + ".") }
        }
        return out.joined(separator: " ")
    }

    static func lookup(_ path: String, in object: JSONValue) -> JSONValue? {
        var current = object
        for component in path.split(separator: ".", omittingEmptySubsequences: false) {
            var key = Substring(component)
            var index: Int? = nil
            if key.hasSuffix("]"), let open = key.lastIndex(of: "[") {
                guard let i = Int(key[key.index(after: open)..<key.index(before: key.endIndex)]) else { return nil }
                index = i
                key = key[..<open]
            }
            if !key.isEmpty {
                guard current.objectMembers != nil, let next = current[String(key)], next != .null else { return nil }
                current = next
            }
            if let i = index {
                guard let array = current.arrayItems, i >= 0, i < array.count else { return nil }
                current = array[i]
            }
        }
        return current
    }
}

import FoundationEssentials
import TextProcessing
