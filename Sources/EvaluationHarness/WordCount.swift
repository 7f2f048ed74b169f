/// The number of whitespace-separated words in `text` (Python's `len(text.split())`, the count
/// the peers' scripts report, so the Words column compares like with like).
public func wordCount(_ text: String) -> Int {
    var n = 0, inWord = false
    for u in text.unicodeScalars {
        if u.properties.isWhitespace { inWord = false } else if !inWord { inWord = true; n += 1 }
    }
    return n
}
