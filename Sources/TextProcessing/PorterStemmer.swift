/// Porter's (1980) suffix-stripping stemmer — PLACEHOLDER: returns the word unchanged until the
/// real algorithm lands (owned by the ROUGE work).
public struct PorterStemmer: Stemming {
    public init() {}
    public func stem(_ word: String) -> String { word }
}
