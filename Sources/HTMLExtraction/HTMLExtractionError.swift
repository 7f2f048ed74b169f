/// Why ``ArticleExtractor`` could not produce an article.
///
/// Malformed markup is not an error: libxml2 parses in recovery mode and the extractor works on
/// whatever tree it builds. These cases are the ones where nothing readable is left.
public enum HTMLExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is empty or only whitespace.
    case emptyInput
    /// libxml2 returned no document at all (for instance, a NUL byte before any markup).
    case unparseable
    /// The page parsed, but no readable text remained once scripts, styles, navigation and
    /// other page furniture were removed.
    case noContent

    public var description: String {
        switch self {
        case .emptyInput:
            return "the HTML input is empty"
        case .unparseable:
            return "the HTML could not be parsed"
        case .noContent:
            return "no article text found in the HTML (only markup, scripts or navigation)"
        }
    }
}
