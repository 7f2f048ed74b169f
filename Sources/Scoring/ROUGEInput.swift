import FoundationEssentials
import Dispatch
import TextProcessing

/// Summaries read from one input, in the three layouts `parallax rouge` accepts.
///
/// - **Lines**: a text file, one document a line (line i of the references goes with line i of
///   the predictions; an empty line is an empty summary). Ids are line numbers from 1.
/// - **JSONL**: one object a line with `"id"` (string or number) and the text in `"summary"`,
///   `"prediction"` or `"reference"` (a string) or `"references"` (an array of strings).
///   Matched by id. Chosen for `.jsonl`/`.json` files and any input whose first non-blank
///   character is `{`. Blank lines are skipped.
/// - **Directory** (pyrouge's layout): one file a document; the id is the file name without
///   its extension. A reference file belongs to prediction `ID` when its name without
///   extension is `ID` or starts with `ID.` (so `d1.A.txt` and `d1.B.txt` are two references
///   of `d1.txt`). Hidden files are ignored.
///
/// In every layout a newline inside a summary separates sentences (for `rougeLsum`).
public struct ROUGEInput: Sendable {
    public enum Layout: String, Sendable { case lines, jsonl, directory }

    /// How the input is named in messages: `'path'` or `standard input`.
    public let name: String
    public let layout: Layout
    /// Document ids, in input order.
    public let ids: [String]
    /// Each document's texts (one for a prediction; one or more references).
    public let texts: [[String]]
    /// Problems that did not stop reading (invalid UTF-8, decoded leniently).
    public var warnings: [String] = []

    /// Reads `path` ("-" reads `standardInput`).
    /// - Throws: ``ScoringError`` naming the file (and the line, for JSONL).
    public static func read(_ path: String, standardInput: () -> Data = { Data(StandardStreams.readAll() ?? []) }) throws -> ROUGEInput {
        if path == "-" { return try parse(standardInput(), name: "standard input", jsonlHint: false) }
        let name = "'\(path)'"
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScoringError.cannotRead(path: name, reason: "no such file or directory")
        }
        if isDirectory { return try readDirectory(path, name: name) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScoringError.cannotRead(path: name, reason: "permission denied or not a regular file")
        }
        let ext = PathName.pathExtension(path).lowercased()
        return try parse(data, name: name, jsonlHint: ext == "jsonl" || ext == "json")
    }

    /// Reads several inputs at once, one thread each (large JSONL files parse in parallel).
    public static func read(all paths: [String]) throws -> [ROUGEInput] {
        if paths.count < 2 { return try paths.map { try read($0) } }
        let results = _ResultBox(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { k in
            results.set(k, Result { try read(paths[k]) })
        }
        return try results.values.map { try $0!.get() }
    }

    /// Parses file contents (lines or JSONL). Invalid UTF-8 is decoded leniently (each bad
    /// sequence becomes U+FFFD, which separates tokens) with a warning.
    public static func parse(_ data: Data, name: String, jsonlHint: Bool) throws -> ROUGEInput {
        var input = try parseValid(data, name: name, jsonlHint: jsonlHint)
        if !Self.isValidUTF8(data) {
            input.warnings.append("\(name) is not valid UTF-8: invalid bytes were read as U+FFFD (a token separator)")
        }
        return input
    }

    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var decoder = UTF8()
            var it = raw.bindMemory(to: UInt8.self).makeIterator()
            while true {
                switch decoder.decode(&it) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    static func parseValid(_ data: Data, name: String, jsonlHint: Bool) throws -> ROUGEInput {
        let firstNonBlank = data.first { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }
        if jsonlHint || firstNonBlank == UInt8(ascii: "{") { return try parseJSONL(data, name: name) }
        var texts: [[String]] = []
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            var start = 0
            for i in 0...b.count {
                if i == b.count || b[i] == 10 {
                    if i == b.count && start == i { break }   // no document after a final newline
                    var end = i
                    if end > start && b[end - 1] == 13 { end -= 1 }
                    texts.append([String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)])
                    start = i + 1
                }
            }
        }
        return ROUGEInput(name: name, layout: .lines, ids: (0..<texts.count).map { String($0 + 1) }, texts: texts)
    }

    static func parseJSONL(_ data: Data, name: String) throws -> ROUGEInput {
        var ids: [String] = [], texts: [[String]] = []
        var seen: [String: Int] = [:]
        try data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            var start = 0, lineNumber = 0
            while start < b.count {
                lineNumber += 1
                var end = start
                while end < b.count && b[end] != 10 { end += 1 }
                let line = UnsafeBufferPointer(rebasing: b[start..<end])
                start = end + 1
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                func invalid(_ reason: String) -> ScoringError { .invalidJSONL(path: name, line: lineNumber, reason: reason) }
                let members = try Self.objectMembers(line, invalid: invalid)
                // A repeated key: the last one counts.
                func member(_ key: String) -> JSONValue? { members.last { $0.0 == key }?.1 }
                let id: String
                switch member("id") {
                case .string(let s)?: id = s
                case .number(let literal)?: id = literal
                default: throw invalid("no \"id\" (a string or a number)")
                }
                var docTexts: [String]?
                for key in ["summary", "prediction", "reference"] {
                    if case .string(let s)? = member(key) { docTexts = [s]; break }
                }
                if docTexts == nil, case .array(let items)? = member("references") {
                    let strings = items.compactMap(\.stringValue)
                    if strings.count == items.count { docTexts = strings }
                }
                guard let found = docTexts else {
                    throw invalid("no text: expected a string \"summary\", \"prediction\" or \"reference\", or a string array \"references\"")
                }
                if seen[id] != nil { throw ScoringError.duplicateID(path: name, line: lineNumber, id: id) }
                seen[id] = lineNumber
                ids.append(id)
                texts.append(found)
            }
        }
        return ROUGEInput(name: name, layout: .jsonl, ids: ids, texts: texts)
    }

    /// The members of the JSON object on `line` (not blank), in order; numbers are what
    /// `Double(_:)` reads (`2.5e` is an error). A line that is not one object throws
    /// `invalid("invalid JSON: …")` in `rouge`'s words (``JSONParseError/columnMessage(in:)``).
    static func objectMembers(_ line: UnsafeBufferPointer<UInt8>, invalid: (String) -> ScoringError) throws -> [(String, JSONValue)] {
        let first = line.firstIndex { $0 != 32 && $0 != 9 && $0 != 13 && $0 != 10 } ?? line.count
        guard first < line.count, line[first] == UInt8(ascii: "{") else {
            throw invalid("invalid JSON: " + JSONParseError.expected("{", at: first, in: line))
        }
        switch Result(catching: { () throws(JSONParseError) in try JSONValue.parse(utf8: line, isNumber: { Double($0) != nil }) }) {
        case .success(.object(let members)): return members
        case .success: preconditionFailure("a JSON value that starts with '{' is an object")
        case .failure(let error): throw invalid("invalid JSON: \(error.columnMessage(in: line))")
        }
    }

    static func readDirectory(_ path: String, name: String) throws -> ROUGEInput {
        let fm = FileManager.default
        let files: [String]
        do { files = try fm.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted() } catch {
            throw ScoringError.cannotRead(path: name, reason: "cannot list the directory")
        }
        var ids: [String] = [], texts: [[String]] = [], warnings: [String] = []
        for file in files {
            let full = PathName.appendingPathComponent(path, file)
            var isDirectory = false
            guard fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory else { continue }
            guard let data = fm.contents(atPath: full) else {
                throw ScoringError.cannotRead(path: "'\(full)'", reason: "permission denied")
            }
            ids.append(PathName.deletingPathExtension(file))
            texts.append([String(decoding: data, as: UTF8.self)])
            if !isValidUTF8(data) {
                warnings.append("'\(full)' is not valid UTF-8: invalid bytes were read as U+FFFD (a token separator)")
            }
        }
        var input = ROUGEInput(name: name, layout: .directory, ids: ids, texts: texts)
        input.warnings = warnings
        return input
    }

    /// Pairs predictions with references: by position when both are line files, else by id
    /// (directories: a reference `ID.X` joins prediction `ID`). Several reference inputs add
    /// references to each document. The result follows the predictions' order.
    /// - Throws: ``ScoringError/countMismatch(references:referenceCount:predictions:predictionCount:)``
    ///   or ``ScoringError/idMismatch(references:predictions:onlyInReferences:onlyInPredictions:)``,
    ///   ``ScoringError/noDocuments(path:)`` for an empty prediction input.
    public static func pairs(references: [ROUGEInput], predictions: ROUGEInput) throws -> [ROUGEPair] {
        guard !predictions.ids.isEmpty else { throw ScoringError.noDocuments(path: predictions.name) }
        var refs = [[String]](repeating: [], count: predictions.ids.count)
        for r in references {
            if r.layout == .lines || predictions.layout == .lines {
                guard r.ids.count == predictions.ids.count else {
                    throw ScoringError.countMismatch(references: r.name, referenceCount: r.ids.count,
                                                     predictions: predictions.name, predictionCount: predictions.ids.count)
                }
                for k in refs.indices { refs[k] += r.texts[k] }
                continue
            }
            var index: [String: Int] = [:]
            for (k, id) in predictions.ids.enumerated() { index[id] = k }
            var onlyR: [String] = []
            var matched = [Bool](repeating: false, count: refs.count)
            for (id, texts) in zip(r.ids, r.texts) {
                var k = index[id]
                if k == nil && r.layout == .directory {
                    // "d1.A" belongs to "d1": try ever shorter dot-prefixes.
                    var stem = Substring(id)
                    while k == nil, let dot = stem.lastIndex(of: ".") { stem = stem[..<dot]; k = index[String(stem)] }
                }
                guard let doc = k else { onlyR.append(id); continue }
                refs[doc] += texts
                matched[doc] = true
            }
            let onlyP = predictions.ids.indices.filter { !matched[$0] }.map { predictions.ids[$0] }
            if !onlyR.isEmpty || !onlyP.isEmpty {
                throw ScoringError.idMismatch(references: r.name, predictions: predictions.name,
                                              onlyInReferences: onlyR, onlyInPredictions: onlyP)
            }
        }
        return predictions.ids.indices.map {
            ROUGEPair(id: predictions.ids[$0], references: refs[$0], prediction: predictions.texts[$0].joined(separator: "\n"))
        }
    }
}

private final class _ResultBox: @unchecked Sendable {
    private let lock = Lock()
    private(set) var values: [Result<ROUGEInput, Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ r: Result<ROUGEInput, Error>) { lock.lock(); values[k] = r; lock.unlock() }
}
