import FoundationEssentials
import TextProcessing

extension OutletVersion {
    /// A version from plain text: paragraphs are separated by blank lines, and the first paragraph
    /// is the headline when it is one line of at most 25 words that does not end in `.`, `!`, `?`
    /// or a closing quote (the layout of `Examples/story/*.txt`).
    ///
    /// ```swift
    /// OutletVersion(name: "Ledger", plainText: "Police detain 14\n\nPolice detained 14 people.").article.title
    /// // "Police detain 14"
    /// ```
    public init(name: String, stance: String? = nil, plainText: String) {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in plainText.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingWhitespaceAndNewlines()
            if t.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(t)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        var title: String? = nil
        if paragraphs.count > 1, let first = paragraphs.first, let last = first.last,
           !".!?\"”’'".contains(last), first.split(separator: " ").count <= 25 {
            title = first
            paragraphs.removeFirst()
        }
        self.init(name: name, stance: stance, article: Article(title: title, paragraphs: paragraphs))
    }
}
