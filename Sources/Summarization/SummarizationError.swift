/// Why a summarization request could not be served (degenerate input is not an error: an empty
/// text gives an empty summary).
public enum SummarizationError: Error, Equatable, CustomStringConvertible {
    /// A line of an IDF table is not `term<TAB>count`, or its header is missing.
    case malformedIDFTable(file: String, line: Int, found: String)
    /// A numerical routine failed (LAPACK non-convergence in LSA).
    case numerical(String)

    public var description: String {
        switch self {
        case let .malformedIDFTable(file, line, found):
            return "\(file):\(line): expected 'term<TAB>document-count', found '\(found)'"
        case let .numerical(message):
            return "numerical failure: \(message)"
        }
    }
}
