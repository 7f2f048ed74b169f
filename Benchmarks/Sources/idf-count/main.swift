// Counts document frequencies of Parallax's analysis terms (TermAnalyzer: lower-cased tokens,
// Porter stems, stop words KEPT so the table serves every analyzer setting) over the documents
// read from standard input, one JSON object {"text": …} a line, and prints an IDF table
// (IDFTable's TSV format) to standard output. Driven by scripts/build-idf.
import Foundation
import Summarization

var documents: [String] = []
while let line = readLine(strippingNewline: true) {
    guard !line.isEmpty else { continue }
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let text = object["text"] as? String else {
        FileHandle.standardError.write("idf-count: line \(documents.count + 1): expected {\"text\": …}\n".data(using: .utf8)!)
        exit(1)
    }
    documents.append(text)
}
let analyzer = TermAnalyzer(options: .init(removeStopWords: false, stem: true))
let table = IDFTable.count(documents, analyzer: analyzer)
let comment = CommandLine.arguments.dropFirst().joined(separator: " ")
print(table.serialized(comment: comment), terminator: "")
