import Foundation

extension ResultsTable {
    /// The table as JSON: run information and `rows`, one object per row:
    ///
    ///     {"method": "lead", "from": "Parallax", "words": 60.8,
    ///      "rouge1": {"low": 0.439053, "mid": 0.448052, "high": 0.456045, "p": 0.0004}, …}
    ///
    /// F1 in [0, 1], rounded to 6 decimals; `p` is null for the best row and the oracle. Keys are
    /// sorted, so equal tables give byte-identical JSON.
    public func json() -> String {
        var rowObjects: [[String: Any]] = []
        for r in rows {
            var o: [String: Any] = ["method": r.method, "from": r.kind.label, "kind": r.kind.rawValue, "words": round6(r.words)]
            for (k, key) in keys.enumerated() {
                let s = r.scores[k]
                o[key] = ["low": round6(s.low), "mid": round6(s.mid), "high": round6(s.high),
                          "p": r.pValues[k].map { round6($0) as Any } ?? NSNull()]
            }
            rowObjects.append(o)
        }
        let top: [String: Any] = [
            "dataset": dataset, "documents": documents, "skipped": skipped.count, "keys": keys,
            "alpha": alpha, "notes": notes, "rows": rowObjects,
            "run": ["command": metadata.command, "commit": metadata.commit, "models": metadata.models,
                    "scorer": metadata.scorer, "length": metadata.length, "seed": metadata.seed, "date": metadata.date,
                    "included_outputs": metadata.includedOutputs] as [String: Any],
        ]
        let data = try! JSONSerialization.data(withJSONObject: top, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Rounds to 6 decimals so JSON does not carry noise digits.
func round6(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
