/// A role: maps a word to its stem.
public protocol Stemming: Sendable {
    /// The stem of `word`. Input is expected lower-cased.
    func stem(_ word: String) -> String
}
