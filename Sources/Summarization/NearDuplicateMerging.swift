extension AnalyzedDocument {
    /// The document with near-duplicate sentences across sources merged: a sentence whose TF-IDF
    /// cosine with an earlier sentence **of another source** is at least `threshold` is removed,
    /// and the earlier sentence records the source in `alsoIn`.
    ///
    /// Outlets often share wire copy verbatim or nearly so; merging keeps the repeated sentence
    /// once (at its first appearance) so rankers see the story, not the syndication. Sentences
    /// within one source are never merged. Compares sentences sparsely, pair by pair (documents
    /// with several sources are a few hundred sentences at most).
    ///
    /// - Parameter threshold: the cosine at or above which two sentences are one (default 0.8).
    /// - Complexity: O(n²·t) for n sentences of t terms.
    public func mergingNearDuplicates(threshold: Float = 0.8) -> AnalyzedDocument {
        guard isMultiDocument else { return self }
        var keep = [Bool](repeating: true, count: count)
        var kept = self
        for i in 0..<count where keep[i] && !termRows[i].isEmpty {
            for j in (i + 1)..<max(i + 1, count) where keep[j] && sentences[j].source != sentences[i].source {
                if cosine(i, j) >= threshold {
                    keep[j] = false
                    if !kept.sentences[i].alsoIn.contains(sentences[j].source) { kept.sentences[i].alsoIn.append(sentences[j].source) }
                }
            }
        }
        let indices = (0..<count).filter { keep[$0] }
        kept.sentences = indices.map { kept.sentences[$0] }
        kept.termRows = indices.map { termRows[$0] }
        return kept
    }
}
