import Foundation
import Parallax

/// Turns read input into an `Article`: HTML through `HTMLExtraction`, plain text through
/// `BoilerplateRemover`. Shared by every command that reads articles.
enum ArticleLoader {
    static func article(from input: InputText) throws -> Article {
        let article: Article
        if input.isHTML {
            throw ArticleLoadError.htmlNotBuilt(input.name)
        } else {
            article = BoilerplateRemover().article(from: input.text)
        }
        guard !article.paragraphs.isEmpty else { throw ArticleLoadError.noArticle(input.name) }
        return article
    }
}

/// Why no article came out of readable input.
enum ArticleLoadError: Error, CustomStringConvertible, Equatable {
    case noArticle(String)
    case htmlNotBuilt(String)

    var description: String {
        switch self {
        case .noArticle(let n): return "\(n): found no article text (no sentence-like lines)"
        case .htmlNotBuilt(let n): return "\(n): looks like HTML, but HTML support is not built into this version yet"
        }
    }
}
