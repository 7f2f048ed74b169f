import FoundationEssentials
import Parallax

/// Turns read input into an `Article`: HTML through `HTMLExtraction`, plain text through
/// `BoilerplateRemover`. Shared by every command that reads articles.
///
/// HTML goes to the extractor as its undecoded bytes (`InputText.bytes`), so a page that
/// declares a charset other than UTF-8 (`<meta charset="windows-1252">`) is decoded by it.
enum ArticleLoader {
    static func article(from input: InputText) throws -> Article {
        let article: Article
        if input.isHTML {
            do {
                if let bytes = input.bytes {
                    article = try ArticleExtractor().extract(htmlData: bytes)
                } else {
                    article = try ArticleExtractor().extract(html: input.text)
                }
            } catch let error as HTMLExtractionError {
                throw ArticleLoadError.html(input.name, error)
            }
        } else {
            article = BoilerplateRemover().article(from: input.text)
        }
        guard !article.paragraphs.isEmpty else { throw ArticleLoadError.noArticle(input.name) }
        return article
    }
}

/// Why no article came out of readable input.
enum ArticleLoadError: Error, CustomStringConvertible {
    case noArticle(String)
    case html(String, HTMLExtractionError)

    var description: String {
        switch self {
        case .noArticle(let n): return "\(n): found no article text (no sentence-like lines)"
        case .html(let n, let error): return "\(n): \(error)"
        }
    }
}
