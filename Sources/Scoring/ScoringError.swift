/// Everything that can go wrong while scoring: bad metric names, bad options, unreadable input.
public enum ScoringError: Error, Equatable, CustomStringConvertible {
    /// A metric name that is not one of `rouge1`…`rouge9`, `rougeL`, `rougeLsum`, `rougeW`,
    /// `rougeW-<weight>`, `rougeS<d>`, `rougeSU<d>`, `rougeS*`, `rougeSU*`.
    case unknownMetric(String)
    /// An option outside its range, e.g. α outside [0, 1].
    case invalidOption(String)
    /// Two score lists that must be paired document by document have different lengths.
    case unpaired(Int, Int)
    /// A file or directory that cannot be read.
    case cannotRead(path: String, reason: String)
    /// A JSONL line that is not a JSON object with an id and a text.
    case invalidJSONL(path: String, line: Int, reason: String)
    /// The same id twice in one file.
    case duplicateID(path: String, line: Int, id: String)
    /// Line-aligned inputs with different numbers of documents.
    case countMismatch(references: String, referenceCount: Int, predictions: String, predictionCount: Int)
    /// Id-matched inputs whose ids differ.
    case idMismatch(references: String, predictions: String, onlyInReferences: [String], onlyInPredictions: [String])
    /// An input without a single document.
    case noDocuments(path: String)
    /// The output file cannot be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownMetric(let name):
            return "unknown ROUGE metric '\(name)' (expected rouge1…rouge9, rougeL, rougeLsum, rougeW, rougeW-1.2, rougeS4, rougeSU4, rougeS*, rougeSU*)"
        case .invalidOption(let message):
            return message
        case .unpaired(let a, let b):
            return "paired test needs the same documents on both sides: \(a) scores vs \(b)"
        case .cannotRead(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .invalidJSONL(let path, let line, let reason):
            return "\(path) line \(line): \(reason)"
        case .duplicateID(let path, let line, let id):
            return "\(path) line \(line): duplicate id '\(id)'"
        case .countMismatch(let r, let rc, let p, let pc):
            return "references \(r) has \(rc) document\(rc == 1 ? "" : "s") but predictions \(p) has \(pc)"
        case .idMismatch(let r, let p, let onlyR, let onlyP):
            func list(_ ids: [String]) -> String {
                let shown = ids.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                return ids.count > 3 ? "\(shown), … (\(ids.count) in all)" : shown
            }
            var parts: [String] = []
            if !onlyP.isEmpty { parts.append("\(onlyP.count) id\(onlyP.count == 1 ? "" : "s") in predictions \(p) but not in references \(r): \(list(onlyP))") }
            if !onlyR.isEmpty { parts.append("\(onlyR.count) id\(onlyR.count == 1 ? "" : "s") in references \(r) but not in predictions \(p): \(list(onlyR))") }
            return "ids differ: " + parts.joined(separator: "; ")
        case .noDocuments(let path):
            return "no documents in \(path)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
