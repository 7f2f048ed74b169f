/// Everything that can go wrong while comparing versions of a story.
///
/// Degenerate but valid input (versions that share nothing, two identical versions, a single
/// version) is not an error: it yields a comparison with no facts, or with every sentence in a fact.
public enum ComparisonError: Error, CustomStringConvertible, Equatable {
    /// No versions, or more than fifty, were given.
    case versionCount(Int)
    /// Two versions carry the same outlet name, so the report could not tell them apart.
    case duplicateOutlet(String)
    /// A version has no words at all.
    case emptyVersion(String)
    /// A lexicon or aligner model file is malformed.
    case malformedModel(file: String, line: Int, expected: String, found: String)

    public var description: String {
        switch self {
        case let .versionCount(n):
            return n == 0 ? "no versions to compare" : "compare takes 1 to 50 versions of a story, got \(n)"
        case let .duplicateOutlet(name):
            return "two versions are both named '\(name)'; name them with --outlet NAME=PATH"
        case let .emptyVersion(name):
            return "version '\(name)' has no text"
        case let .malformedModel(file, line, expected, found):
            return "\(file):\(line): expected \(expected), found '\(found)'"
        }
    }
}
