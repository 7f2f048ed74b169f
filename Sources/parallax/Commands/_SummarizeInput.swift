import Foundation
import Parallax

/// Reading articles for `summarize` and `keywords`.
/// TEMPORARY until the shared `InputOptions`/`ArticleLoader` of the foundation work are merged.
enum SummarizeInput {
    static func article(at path: String) throws -> Article {
        let data: Data
        if path == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw SummarizeInputError("\(path): no such file") }
            guard !isDir.boolValue else { throw SummarizeInputError("\(path): is a directory, not an article file") }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let name = path == "-" ? "<stdin>" : path
        guard !data.isEmpty else { throw SummarizeInputError("\(name): the file is empty") }
        let text = String(decoding: data, as: UTF8.self)
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || text.drop(while: \.isWhitespace).first == "<" {
            return try htmlReader(text)
        }
        return Article(text: text)
    }

    static let htmlReader: @Sendable (String) throws -> Article = { _ in
        throw SummarizeInputError("HTML input is not supported in this build yet")
    }
}

struct SummarizeInputError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
