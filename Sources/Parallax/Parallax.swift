// The umbrella module: `import Parallax` brings in every library module.
@_exported import LinearAlgebra
@_exported import TextProcessing
@_exported import HTMLExtraction
@_exported import Summarization
@_exported import Comparison
@_exported import Scoring
@_exported import EvaluationHarness

/// Parallax's version, printed by `parallax --version`.
public enum ParallaxVersion {
    public static let string = "0.1.0"
}

/// Summarizes an article in one call: page boilerplate (or HTML) removed, then the best
/// `sentences` sentences by `method`, in document order.
///
///     import Parallax
///     let summary = try Parallax.summarize(pageText)          // 3 sentences, default method
///     for sentence in summary.sentences { print(sentence.text) }
///
/// - Parameters:
///   - text: the article as plain text (scraped pages welcome) or HTML (text starting with `<`).
///   - method: the ranking method; `.centrality` by default.
///   - sentences: how many sentences to keep (fewer when the article has fewer).
/// - Returns: the summary; empty when the text holds no sentence.
/// - Throws: `HTMLExtractionError` for HTML without an article, `ModelError` when `Models/`
///   cannot be found.
public func summarize(_ text: String, method: SummarizationMethod = .default, sentences: Int = 3) throws -> Summary {
    let isHTML = text.drop(while: { $0.isWhitespace }).first == "<"
    let article = isHTML ? try ArticleExtractor().extract(html: text) : BoilerplateRemover().article(from: text)
    return try Summarization.summarize([article], method: method, length: .sentences(sentences))
}
