import Summarization

/// The extractive oracle: the ceiling for any method that copies whole sentences.
///
/// Greedy selection as in Nallapati, Zhai & Zhou (2017, SummaRuNNer) and Kedzie et al. (2018):
/// start from the empty summary; at each step add the one sentence that most increases the
/// objective (by default the mean of ROUGE-1 and ROUGE-2 F1 against the references); stop when
/// no sentence increases it or the length is reached. The summary is kept in document order.
/// Ties go to the earlier sentence, so the result is deterministic.
///
/// Deviations: greedy, not exhaustive, so it is a lower bound on the true best extract (Kedzie et
/// al. report greedy within about one ROUGE point of exhaustive search). Lengths follow the
/// summarizers' rules (`Summarization.SummaryLength`), so the oracle competes on equal terms:
/// under a word budget the first sentence is always allowed, each later one only when the total
/// stays within the budget, and no sentence is truncated; a ratio allows
/// `max(1, round(r · n))` sentences.
///
/// - Complexity: O(k · n) objective evaluations for n sentences and k selected.
public struct ExtractiveOracle: Sendable {
    public init() {}

    /// Indices (ascending) of the sentences the oracle selects.
    /// - Parameter objective: the score of a candidate summary given as its sentences.
    public func select(_ sentences: [String], length: SummaryLength, objective: ([String]) -> Double) -> [Int] {
        select(wordCounts: sentences.map(wordCount), length: length) { objective($0.map { sentences[$0] }) }
    }

    /// Indices (ascending) of the sentences the oracle selects among `wordCounts.count` sentences.
    /// - Parameter objective: the score of a candidate summary given as ascending sentence
    ///   indices (so a scorer can tokenize each sentence once and reuse it).
    public func select(wordCounts words: [Int], length: SummaryLength, objective: ([Int]) -> Double) -> [Int] {
        var chosen: [Int] = []
        var current = 0.0, usedWords = 0
        let limit: Int?
        switch length {
        case let .sentences(k): limit = k
        case let .ratio(r): limit = words.isEmpty ? 0 : max(1, Int((r * Double(words.count)).rounded()))
        case .words: limit = nil
        }
        while true {
            if let k = limit, chosen.count >= k { break }
            var bestIndex: Int? = nil
            var bestScore = current
            for i in words.indices where !chosen.contains(i) {
                if case let .words(budget) = length, !chosen.isEmpty, usedWords + words[i] > budget { continue }
                let s = objective((chosen + [i]).sorted())
                if s > bestScore { bestScore = s; bestIndex = i }
            }
            guard let b = bestIndex else { break }
            chosen.append(b)
            chosen.sort()
            current = bestScore
            usedWords += words[b]
        }
        return chosen
    }
}
