import FoundationEssentials
import TextProcessing

extension ResultsTable {
    /// The table as JSON: run information and `rows`, one object per row:
    ///
    ///     {"method": "lead", "from": "Parallax", "words": 60.8,
    ///      "rouge1": {"low": 0.439053, "mid": 0.448052, "high": 0.456045, "p": 0.0004}, …}
    ///
    /// F1 in [0, 1], rounded to 6 decimals; `p` is null for the best row and the oracle. Keys are
    /// sorted, so equal tables give byte-identical JSON.
    public func json() -> String {
        func number(_ x: Double) -> JSONValue { .foundationDouble(round6(x)) }
        func strings(_ xs: [String]) -> JSONValue { .array(xs.map(JSONValue.string)) }
        var rowObjects: [JSONValue] = []
        for r in rows {
            var o: [(String, JSONValue)] = [("method", .string(r.method)), ("from", .string(r.kind.label)),
                                            ("kind", .string(r.kind.rawValue)), ("words", number(r.words))]
            for (k, key) in keys.enumerated() {
                let s = r.scores[k]
                o.removeAll { $0.0 == key }  // a later key replaces an earlier one, as in a dictionary
                o.append((key, .object([("low", number(s.low)), ("mid", number(s.mid)), ("high", number(s.high)),
                                        ("p", r.pValues[k].map(number) ?? .null)])))
            }
            rowObjects.append(.object(o))
        }
        let run = JSONValue.object([
            ("command", .string(metadata.command)), ("commit", .string(metadata.commit)), ("models", strings(metadata.models)),
            ("scorer", .string(metadata.scorer)), ("length", .string(metadata.length)), ("seed", .number(String(metadata.seed))),
            ("date", .string(metadata.date)), ("included_outputs", strings(metadata.includedOutputs)),
        ])
        let top = JSONValue.object([
            ("dataset", .string(dataset)), ("documents", .int(documents)), ("skipped", .int(skipped.count)), ("keys", strings(keys)),
            ("alpha", .foundationDouble(alpha)), ("notes", strings(notes)), ("rows", .array(rowObjects)), ("run", run),
        ])
        // Sorted keys and Foundation's pretty layout: the file JSONSerialization wrote before.
        return top.foundationSerialized(pretty: true) + "\n"
    }
}

/// Rounds to 6 decimals so JSON does not carry noise digits.
func round6(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
