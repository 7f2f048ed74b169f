import Foundation
import XCTest

/// End to end: the built `parallax rouge`, its outputs and its one-line errors.
final class RougeCLITests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("rouge-cli-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    private func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testPerDocumentJSONLHasRougeScoreKeysInInputOrder() throws {
        let refs = try file("refs.txt", "testing one two\nthe cat sat\n")
        let preds = try file("sys.txt", "testing\nthe cat sat on the mat\n")
        let r = try runParallax(["rouge", "-r", refs, "-p", preds, "--metrics", "rouge1,rougeL", "--per-document", "--format", "jsonl"])
        XCTAssertEqual(r.status, 0, r.stderr)
        // Line 1: P = 1, R = 1/3, F = 1/2. Line 2: 3 of 6 predicted tokens, all 3 reference ones: P = 1/2, R = 1, F = 2/3.
        XCTAssertEqual(r.stdout, """
        {"id": "1", "rouge1": {"precision": 1.0, "recall": 0.3333333333333333, "fmeasure": 0.5}, "rougeL": {"precision": 1.0, "recall": 0.3333333333333333, "fmeasure": 0.5}, "mode": "rouge-score", "stem": false}
        {"id": "2", "rouge1": {"precision": 0.5, "recall": 1.0, "fmeasure": 0.6666666666666666}, "rougeL": {"precision": 0.5, "recall": 1.0, "fmeasure": 0.6666666666666666}, "mode": "rouge-score", "stem": false}

        """)
        XCTAssertEqual(r.stderr, "")
    }

    func testAggregateJSONHasLowMidHighAndTheMean() throws {
        let refs = try file("r.jsonl", #"{"id": "a", "reference": "testing one two"}"# + "\n" + #"{"id": "b", "references": ["the cat sat", "a cat sat"]}"#)
        let preds = try file("p.jsonl", #"{"id": "b", "summary": "the cat sat on the mat"}"# + "\n" + #"{"id": "a", "summary": "testing"}"#)
        let r = try runParallax(["rouge", "-r", refs, "-p", preds, "--metrics", "rouge1", "--format", "json", "--stem"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["mode"] as? String, "rouge-score")
        XCTAssertEqual(json["stem"] as? Bool, true)
        XCTAssertEqual(json["documents"] as? Int, 2)
        let rouge1 = try XCTUnwrap(json["rouge1"] as? [String: [String: Double]])
        // Mean F over the two documents: (1/2 + 2/3) / 2 = 7/12 (b's best reference is "the cat sat").
        XCTAssertEqual(try XCTUnwrap(rouge1["mid"]?["fmeasure"]), 7.0 / 12, accuracy: 1e-12)
        XCTAssertLessThanOrEqual(try XCTUnwrap(rouge1["low"]?["fmeasure"]), 7.0 / 12)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(rouge1["high"]?["fmeasure"]), 7.0 / 12)
    }

    func testTableNamesModeAndStemming() throws {
        let refs = try file("refs.txt", "testing one two\n")
        let r = try runParallax(["rouge", "-r", refs, "-p", "-", "--metrics", "rouge1", "--bootstrap", "0"], stdin: "testing\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
        ROUGE over 1 document, mode rouge-score, stemming off

        metric      precision  recall     F
        rouge1      1.00000    0.33333    0.50000

        """)
    }

    func testJSONPerDocumentIsOneArray() throws {
        let refs = try file("refs.txt", "a b\nc d\n")
        let r = try runParallax(["rouge", "-r", refs, "-p", refs, "--metrics", "rouge1", "--per-document", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["id"] as? String }, ["1", "2"])
    }

    func testCSVPerDocument() throws {
        let refs = try file("refs.txt", "a b\n")
        let r = try runParallax(["rouge", "-r", refs, "-p", "-", "--metrics", "rouge1", "--per-document", "--format", "csv", "--mode", "rouge155"], stdin: "a c\n")
        XCTAssertEqual(r.stdout, "id,mode,stem,rouge1_precision,rouge1_recall,rouge1_fmeasure\n1,rouge155,false,0.5,0.5,0.5\n")
    }

    func testCompareReportsP() throws {
        let refs = try file("refs.txt", (0..<30).map { "alpha beta gamma delta \($0)" }.joined(separator: "\n"))
        let a = try file("a.txt", (0..<30).map { "alpha beta gamma \($0)" }.joined(separator: "\n"))
        let b = try file("b.txt", (0..<30).map { "zeta eta \($0)" }.joined(separator: "\n"))
        let r = try runParallax(["rouge", "-r", refs, "--compare", a, b, "--metrics", "rouge1", "--format", "json", "--trials", "999"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(json["results"] as? [[String: Any]])
        let f = try XCTUnwrap(rows.first { $0["measure"] as? String == "fmeasure" })
        // A wins on all 30 documents: no relabelling beats it, p = 1/1000.
        XCTAssertEqual(try XCTUnwrap(f["p"] as? Double), 0.001, accuracy: 1e-12)
        XCTAssertGreaterThan(try XCTUnwrap(f["difference"] as? Double), 0.5)
    }

    func testMismatchedCountsNameBothFiles() throws {
        let refs = try file("refs.txt", "a\nb\nc\n")
        let preds = try file("sys.txt", "a\nb\n")
        let out = directory.appendingPathComponent("out.json").path
        let r = try runParallax(["rouge", "-r", refs, "-p", preds, "-o", out])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: references '\(refs)' has 3 documents but predictions '\(preds)' has 2\n")
        XCTAssertEqual(r.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing is written when the run fails")
    }

    func testMismatchedIDsAndInvalidJSONL() throws {
        let refs = try file("r.jsonl", #"{"id": "a", "reference": "x"}"# + "\n")
        let preds = try file("p.jsonl", #"{"id": "b", "summary": "x"}"# + "\n")
        var r = try runParallax(["rouge", "-r", refs, "-p", preds])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: ids differ: 1 id in predictions '\(preds)' but not in references '\(refs)': 'b'; 1 id in references '\(refs)' but not in predictions '\(preds)': 'a'\n")
        let broken = try file("broken.jsonl", #"{"id": "a", "summary": "x"}"# + "\n" + "{oops}\n")
        r = try runParallax(["rouge", "-r", refs, "-p", broken])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: '\(broken)' line 2: invalid JSON: expected '\"' at column 2, found 'o'\n")
    }

    func testInvalidUTF8IsReadLenientlyWithAWarning() throws {
        let refs = try file("refs.txt", "caf\u{e9} ok\n")
        let bad = directory.appendingPathComponent("bad.txt")
        try Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B, 0x0A]).write(to: bad)   // "caf", a lone 0xE9, " ok"
        let r = try runParallax(["rouge", "-r", refs, "-p", bad.path, "--metrics", "rouge1", "--per-document", "--format", "jsonl"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "warning: '\(bad.path)' is not valid UTF-8: invalid bytes were read as U+FFFD (a token separator)\n")
        // Both sides tokenize to {caf, ok}: é and U+FFFD both separate.
        XCTAssertTrue(r.stdout.contains("\"rouge1\": {\"precision\": 1.0, \"recall\": 1.0, \"fmeasure\": 1.0}"), r.stdout)
    }

    func testOutputFileIsWrittenOnSuccess() throws {
        let refs = try file("refs.txt", "a b\n")
        let out = directory.appendingPathComponent("scores.jsonl").path
        try "old".write(toFile: out, atomically: true, encoding: .utf8)
        let r = try runParallax(["rouge", "-r", refs, "-p", refs, "--format", "jsonl", "--metrics", "rouge2", "-o", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8),
                       "{\"id\": \"1\", \"rouge2\": {\"precision\": 1.0, \"recall\": 1.0, \"fmeasure\": 1.0}, \"mode\": \"rouge-score\", \"stem\": false}\n")
    }

    func testBadFlagsShowUsage() throws {
        var r = try runParallax(["rouge", "-r", "x.txt"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: give the predictions with --predictions, or two systems with --compare A B\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Usage: parallax rouge"), r.stderr)
        r = try runParallax(["rouge", "-r", "x.txt", "-p", "y.txt", "--metrics", "rouge0"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: unknown ROUGE metric 'rouge0' (expected rouge1…rouge9, rougeL, rougeLsum, rougeW, rougeW-1.2, rougeS4, rougeSU4, rougeS*, rougeSU*)\n")
        r = try runParallax(["rouge", "-r", "missing.txt", "-p", "y.txt"])
        XCTAssertEqual(r.stderr, "Error: cannot read 'missing.txt': no such file or directory\n")
    }

    func testStemPrintsOneStemPerLine() throws {
        let r = try runParallax(["stem"], stdin: "caresses\nponies\n\nrelational\n")
        XCTAssertEqual(r.stdout, "caress\nponi\n\nrelat\n")
        let n = try runParallax(["stem", "--mode", "nltk-extensions"], stdin: "dies\nenjoy\n")
        XCTAssertEqual(n.stdout, "die\nenjoy\n")
        let perl = try runParallax(["stem", "--mode", "rouge155"], stdin: "agreement\nenjoy\n")
        XCTAssertEqual(perl.stdout, "agreem\nenjoi\n")
    }
}
