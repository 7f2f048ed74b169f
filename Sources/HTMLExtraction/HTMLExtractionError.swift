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
    /// The libxml2 shared library (its soname given) could not be loaded.
    case libraryUnavailable(String)

    public var description: String {
        switch self {
        case .emptyInput:
            return "the HTML input is empty"
        case .unparseable:
            return "the HTML could not be parsed"
        case .noContent:
            return "no article text found in the HTML (only markup, scripts or navigation)"
        case .libraryUnavailable(let soname):
            return "cannot read HTML: libxml2 (\(soname)) could not be loaded; install it (Debian: apt-get install libxml2)"
        }
    }
}
