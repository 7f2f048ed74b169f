/// A role: maps a word to its stem.
public protocol Stemming: Sendable {
    /// The stem of `word`. Input is expected lower-cased.
    func stem(_ word: String) -> String
    /// The stem of the lower-cased word whose UTF-8 bytes are `word` (a tokenizer's buffer); by
    /// default, `stem(_:)` of the decoded string. A stemmer may stem the bytes without building
    /// the string.
    func stem(utf8 word: UnsafeBufferPointer<UInt8>) -> String
}

extension Stemming {
    public func stem(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
        stem(String(decoding: word, as: UTF8.self))
    }
}
