/// Spotting names in running text: runs of capitalised words, titles stripped, short forms
/// resolved to the full name used elsewhere in the same article.
///
/// A heuristic, not a named-entity recogniser: a capitalised run ("Police Chief Hal Brandt",
/// "Calder Rights Forum") is a name unless every word is on the non-names list (calendar words,
/// sentence-opening function words). Leading titles and roles are dropped ("Mayor Elena Voss"
/// → "Elena Voss"), and a one-word name ("Voss") is resolved to the longest name in the article
/// that ends with it.
struct _NameSpans {
    let titles: Set<String>
    let nonNames: Set<String>

    /// Capitalised runs of `words` as (start, end) index pairs, end exclusive.
    func runs(_ words: [_Word]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            guard isCapitalised(words[i]) else { i += 1; continue }
            var j = i + 1
            while j < words.count, isCapitalised(words[j]) { j += 1 }
            // Drop non-name words at the start of the run ("The Calder Rights Forum" → "Calder Rights Forum").
            var a = i
            while a < j, nonNames.contains(words[a].lower) { a += 1 }
            if a < j { out.append(a..<j) }
            i = j
        }
        return out
    }

    /// The name a run denotes, with leading titles stripped; nil when nothing but titles remains.
    func name(_ words: [_Word], _ run: Range<Int>) -> String? {
        var a = run.lowerBound
        while a < run.upperBound - 1, titles.contains(words[a].lower) { a += 1 }
        if a == run.upperBound - 1, titles.contains(words[a].lower) { return nil }
        return words[a..<run.upperBound].map { $0.text.replacingAll("’", with: "'") }.joined(separator: " ")
    }

    private func isCapitalised(_ w: _Word) -> Bool {
        guard let f = w.text.unicodeScalars.first else { return false }
        return f.properties.isUppercase
    }

    /// Maps each one-word name to the longest multi-word name that ends with it, when there is one.
    static func resolver(_ names: [String]) -> (String) -> String {
        var full: [String: String] = [:]
        for n in names {
            let parts = n.split(separator: " ")
            guard parts.count > 1, let last = parts.last else { continue }
            let key = String(last)
            if let cur = full[key], cur.count >= n.count { continue }
            full[key] = n
        }
        return { n in n.contains(" ") ? n : (full[n] ?? n) }
    }
}
