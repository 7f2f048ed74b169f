import Summarization

/// The number of whitespace-separated words in `text` (Python's `len(text.split())`, the count
/// the peers' scripts report, so the Words column compares like with like).
public func wordCount(_ text: String) -> Int {
    var n = 0, inWord = false
    for u in text.unicodeScalars {
        if u.properties.isWhitespace { inWord = false } else if !inWord { inWord = true; n += 1 }
    }
    return n
}

/// A summary length as the tables print it: "3 sentences", "1 sentence", "100 words", "ratio 0.2".
public func lengthText(_ length: SummaryLength) -> String {
    switch length {
    case let .sentences(n): return n == 1 ? "1 sentence" : "\(n) sentences"
    case let .words(n): return n == 1 ? "1 word" : "\(n) words"
    case let .ratio(r): return "ratio \(r)"
    }
}
