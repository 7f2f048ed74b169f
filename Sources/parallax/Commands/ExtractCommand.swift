import ArgumentParser
import Foundation
import Parallax

// Temporary, minimal HTML route for measuring HTMLExtraction on the html branch; the text
// helper owns this file and replaces it with the full command (plain text, stdin, JSON).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Print the cleaned article of an HTML page (HTML route only in this build).")

    @Argument(help: "An .html or .htm file.") var file: String
    @Flag(help: "Print the body alone, without the title.") var bodyOnly = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("\(file): cannot read the file")
        }
        do {
            let article = try ArticleExtractor().extract(htmlData: [UInt8](data))
            if !bodyOnly, let title = article.title { print(title + "\n") }
            print(article.body)
        } catch let error as HTMLExtractionError {
            throw ValidationError("\(file): \(error)")
        }
    }
}
