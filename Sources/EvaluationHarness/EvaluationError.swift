/// Everything that can stop an evaluation run, each with a one-line message that names the file
/// (and line, where there is one) and what was wrong.
public enum EvaluationError: Error, CustomStringConvertible, Equatable {
    /// No manifest or JSONL file by that name; `searched` lists every place that was tried.
    case datasetNotFound(String, searched: [String])
    /// A manifest could not be decoded.
    case invalidManifest(file: String, reason: String)
    /// A dataset record was unusable and `--strict` was given (or nothing usable was left).
    case invalidRecord(file: String, line: Int, reason: String)
    /// The dataset had no usable record at all.
    case emptyDataset(file: String, skipped: Int)
    /// An outputs file (ours or a peer's) was unreadable or did not cover the dataset.
    case invalidOutputs(file: String, reason: String)
    /// A file could not be read or written.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case let .datasetNotFound(name, searched):
            return "dataset '\(name)' not found (looked for: \(searched.joined(separator: ", ")))"
        case let .invalidManifest(file, reason):
            return "\(file): invalid dataset manifest: \(reason)"
        case let .invalidRecord(file, line, reason):
            return "\(file):\(line): \(reason)"
        case let .emptyDataset(file, skipped):
            return "\(file): no usable record (\(skipped) skipped)"
        case let .invalidOutputs(file, reason):
            return "\(file): \(reason)"
        case let .io(path, reason):
            return "\(path): \(reason)"
        }
    }
}
