import Foundation
import XCTest
@testable import Scoring

final class ROUGEInputTests: XCTestCase {
    private func parse(_ text: String, name: String = "'x'", jsonl: Bool = false) throws -> ROUGEInput {
        try ROUGEInput.parse(Data(text.utf8), name: name, jsonlHint: jsonl)
    }

    func testLinesAreDocuments() throws {
        let input = try parse("one two\r\n\nthree\n")
        XCTAssertEqual(input.layout, .lines)
        XCTAssertEqual(input.ids, ["1", "2", "3"])
        XCTAssertEqual(input.texts, [["one two"], [""], ["three"]])
        XCTAssertEqual(try parse("").ids, [])
    }

    func testJSONLWithEscapesNumbersAndSeveralReferences() throws {
        let input = try parse("""
        {"id": "a", "summary": "line one\\nline \\"two\\" \\u00e9\\ud83c\\udf89", "extra": {"k": [1, 2.5e3, null]}}

        {"id": 7, "references": ["r1", "r2"], "flag": true}
        """)
        XCTAssertEqual(input.layout, .jsonl)
        XCTAssertEqual(input.ids, ["a", "7"])
        XCTAssertEqual(input.texts, [["line one\nline \"two\" é🎉"], ["r1", "r2"]])
    }

    func testInvalidJSONLNamesTheLine() {
        let cases: [(String, String)] = [
            ("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"b\" \"summary\": \"y\"}", "'x' line 2: invalid JSON: expected '}' at column 12, found '\"'"),
            ("{\"id\": \"a\"}", "'x' line 1: no text: expected a string \"summary\", \"prediction\" or \"reference\", or a string array \"references\""),
            ("{\"summary\": \"a\"}", "'x' line 1: no \"id\" (a string or a number)"),
            ("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"a\", \"summary\": \"y\"}", "'x' line 2: duplicate id 'a'"),
            ("{\"id\": \"a\", \"summary\": \"x}", "'x' line 1: invalid JSON: unterminated string starting at column 24"),
            ("{\"id\": \"a\", \"summary\": nope}", "'x' line 1: invalid JSON: invalid value 'nope' at column 24"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try parse(text)) { XCTAssertEqual("\($0)", message) }
        }
    }

    func testEveryJSONLErrorInColumns() {
        // One line each; columns count bytes from 1. Every message here was produced by rouge's
        // own JSONL reader before the reader was shared with summarize, and must not change.
        let cases: [(String, String)] = [
            ("[1]", "expected '{' at column 1, found '['"),
            ("{\"id\" \"a\"}", "expected ':' at column 7, found '\"'"),
            ("{\"id\": \"a\", }", "expected '\"' at column 13, found '}'"),
            ("{\"id\": \"a\", \"x\": {\"k\": 1,}, \"summary\": \"s\"}", "expected '\"' at column 26, found '}'"),
            ("{\"id\": \"a\"", "expected '}' at column 11, found end of line"),
            ("{\"id\": \"a\", \"summary\": [1 2]}", "expected ']' at column 27, found '2'"),
            ("{\"id\": \"a\", \"summary\":", "expected a value at column 23, found end of line"),
            // A scalar is quoted whole, up to , ] } or white space.
            ("{\"id\": tru}", "invalid value 'tru' at column 8"),
            ("{\"id\": 12abc, \"summary\": \"x\"}", "invalid value '12abc' at column 8"),
            ("{\"id\": \"a\", \"summary\": truex}", "invalid value 'truex' at column 24"),
            ("{\"id\": \"a\", \"summary\": \"x\", \"n\": 1:2}", "invalid value '1:2' at column 34"),
            // A number is what Double(_:) reads.
            ("{\"id\": \"a\", \"summary\": \"x\", \"n\": 2.5e}", "invalid value '2.5e' at column 34"),
            ("{\"id\": -, \"summary\": \"x\"}", "invalid value '-' at column 8"),
            // The backslash of a bad escape is at column 10; the u of a short \u at column 10.
            ("{\"id\": \"a\\x\"}", "invalid escape '\\x' at column 10"),
            ("{\"id\": \"\\u12", "truncated \\u escape at column 10"),
            ("{\"id\": \"\\u12\"}", "invalid \\u escape at column 12"),
            ("{\"id\": \"a\", \"summary\": \"x\"} x", "unexpected text after the object"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try parse(text, jsonl: true)) { XCTAssertEqual("\($0)", "'x' line 1: invalid JSON: " + message, text) }
        }
        // A byte that is not UTF-8 on its own is shown as the Latin-1 character of its value.
        let latin1 = Data([UInt8]("{\"id\" ".utf8) + [0xC3, UInt8(ascii: "}")])
        XCTAssertThrowsError(try ROUGEInput.parse(latin1, name: "'x'", jsonlHint: true)) {
            XCTAssertEqual("\($0)", "'x' line 1: invalid JSON: expected ':' at column 7, found 'Ã'")
        }
    }

    func testJSONLRepeatedKeysAndNumberIDs() throws {
        // A repeated key: the last one counts. A number id is kept as written.
        let input = try parse("{\"id\": \"a\", \"id\": \"b\", \"summary\": \"x\", \"summary\": \"y\"}\n{\"id\": 1.50, \"references\": []}")
        XCTAssertEqual(input.ids, ["b", "1.50"])
        XCTAssertEqual(input.texts, [["y"], []])
        XCTAssertThrowsError(try parse("{\"id\": true, \"summary\": \"x\"}")) {
            XCTAssertEqual("\($0)", "'x' line 1: no \"id\" (a string or a number)")
        }
        XCTAssertThrowsError(try parse("{\"id\": \"a\", \"references\": [\"r\", 2]}")) {
            XCTAssertEqual("\($0)", "'x' line 1: no text: expected a string \"summary\", \"prediction\" or \"reference\", or a string array \"references\"")
        }
    }

    func testPairingByLineChecksCounts() throws {
        let refs = try parse("a\nb\nc\n", name: "'refs.txt'")
        let preds = try parse("a\nb\n", name: "'sys.txt'")
        XCTAssertThrowsError(try ROUGEInput.pairs(references: [refs], predictions: preds)) {
            XCTAssertEqual("\($0)", "references 'refs.txt' has 3 documents but predictions 'sys.txt' has 2")
        }
        let pairs = try ROUGEInput.pairs(references: [refs, refs], predictions: try parse("x\ny\nz"))
        XCTAssertEqual(pairs.map(\.references), [["a", "a"], ["b", "b"], ["c", "c"]])
    }

    func testPairingByIDFollowsThePredictionsAndNamesMissingIDs() throws {
        let refs = try parse("{\"id\": \"b\", \"reference\": \"B\"}\n{\"id\": \"a\", \"reference\": \"A\"}", name: "'r.jsonl'")
        let preds = try parse("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"b\", \"summary\": \"y\"}", name: "'p.jsonl'")
        let pairs = try ROUGEInput.pairs(references: [refs], predictions: preds)
        XCTAssertEqual(pairs.map(\.id), ["a", "b"])
        XCTAssertEqual(pairs.map(\.references), [["A"], ["B"]])
        let other = try parse("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"c\", \"summary\": \"y\"}", name: "'p.jsonl'")
        XCTAssertThrowsError(try ROUGEInput.pairs(references: [refs], predictions: other)) {
            XCTAssertEqual("\($0)", "ids differ: 1 id in predictions 'p.jsonl' but not in references 'r.jsonl': 'c'; 1 id in references 'r.jsonl' but not in predictions 'p.jsonl': 'b'")
        }
        XCTAssertThrowsError(try ROUGEInput.pairs(references: [refs], predictions: try parse("", name: "'e.txt'"))) {
            XCTAssertEqual("\($0)", "no documents in 'e.txt'")
        }
    }

    func testDirectoriesInPyrougeLayout() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rouge-input-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let models = root.appendingPathComponent("models"), peers = root.appendingPathComponent("peers")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: peers, withIntermediateDirectories: true)
        for (dir, name, text) in [(models, "d1.A.txt", "ref one"), (models, "d1.B.txt", "ref two"), (models, "d2.txt", "ref three"),
                                  (peers, "d1.txt", "sys one"), (peers, "d2.txt", "sys two"), (peers, ".hidden", "x")] {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let pairs = try ROUGEInput.pairs(references: [try ROUGEInput.read(models.path)], predictions: try ROUGEInput.read(peers.path))
        XCTAssertEqual(pairs.map(\.id), ["d1", "d2"])
        XCTAssertEqual(pairs.map(\.references), [["ref one", "ref two"], ["ref three"]])
        XCTAssertThrowsError(try ROUGEInput.read(root.appendingPathComponent("nope").path)) {
            XCTAssertEqual("\($0)", "cannot read '\(root.path)/nope': no such file or directory")
        }
    }
}
