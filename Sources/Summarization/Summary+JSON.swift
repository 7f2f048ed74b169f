import TextProcessing
extension Summary {
    /// The summary as one JSON object (keys in a fixed order, so output is deterministic):
    ///
    ///     {"method":"centrality","sentences":[{"text":"…","score":0.41,"rank":1,"position":0,
    ///      "source":0,"position_in_source":0,"range":[0,57]}, …]}
    ///
    /// `range` is [start, end) in Unicode scalars of the source's body; `also_in` lists sources
    /// whose near-duplicate was merged (only when non-empty). With `includeCandidates`, a
    /// `"candidates"` array lists every sentence the same way with a `"selected"` flag.
    public func json(includeCandidates: Bool = false) -> String {
        func sentence(_ s: ScoredSentence, selectedFlag: Bool) -> JSONValue {
            var pairs: [(String, JSONValue)] = [
                ("text", .string(s.text)), ("score", .number(Self.format(s.score))), ("rank", .number("\(s.rank)")),
                ("position", .number("\(s.position)")), ("source", .number("\(s.source)")),
                ("position_in_source", .number("\(s.positionInSource)")),
                ("range", .array([.number("\(s.range.lowerBound)"), .number("\(s.range.upperBound)")])),
            ]
            if !s.alsoIn.isEmpty { pairs.append(("also_in", .array(s.alsoIn.map { .number("\($0)") }))) }
            if selectedFlag { pairs.append(("selected", .bool(s.selected))) }
            return .object(pairs)
        }
        var top: [(String, JSONValue)] = [("method", .string(method.rawValue)),
                                      ("sentences", .array(sentences.map { sentence($0, selectedFlag: false) }))]
        if includeCandidates { top.append(("candidates", .array(candidates.map { sentence($0, selectedFlag: true) }))) }
        return JSONValue.object(top).serialized()
    }

    /// A score with 6 significant digits, JSON-safe (non-finite scores become 0).
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var s = String(cFormat: "%.6g", x)
        if s == "-0" { s = "0" }
        return s
    }
}

import FoundationEssentials

extension Keyphrase {
    /// Phrases as a JSON array: `[{"phrase":"solar panels","score":2.1,"count":2}, …]`.
    public static func json(_ phrases: [Keyphrase]) -> String {
        JSONValue.array(phrases.map {
            .object([("phrase", .string($0.text)), ("score", .number(Summary.format($0.score))), ("count", .number("\($0.count)"))])
        }).serialized()
    }
}
