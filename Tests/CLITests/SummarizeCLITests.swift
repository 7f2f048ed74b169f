import Foundation
import XCTest

/// End-to-end tests of `parallax summarize` and `parallax keywords`: the built binary, its
/// stdout, stderr and exit status.
final class SummarizeCLITests: XCTestCase {
    private var dir: URL!
    let example = "Examples/harbor-bridge-scraped.txt"

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-summ-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testDefaultSummaryIsThreeStorySentencesWithoutPageJunk() throws {
        let r = try runParallax(["summarize", example])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, r.stdout)
        XCTAssertTrue(lines[0].hasPrefix("PORT ELLERY (AP) — The Harbor Bridge reopened"), r.stdout)
        let page = try String(contentsOf: repositoryRoot().appendingPathComponent(example), encoding: .utf8)
        for line in lines { XCTAssertTrue(page.contains(line), "not a sentence of the page: \(line)") }
        XCTAssertFalse(r.stdout.contains("Advertisement") || r.stdout.contains("Share"), r.stdout)
    }

    func testLeadFromStandardInput() throws {
        let r = try runParallax(["summarize", "--method", "lead", "--sentences", "2", "-"],
                                stdin: "Rain closed the pass. Crews cleared it by noon. Traffic resumed at one.")
        XCTAssertEqual(r.stdout, "Rain closed the pass.\nCrews cleared it by noon.\n")
    }

    func testJSONCarriesScoresRanksAndRanges() throws {
        let r = try runParallax(["summarize", "--method", "lead", "--sentences", "1", "--format", "json", "-"],
                                stdin: "Alpha one. Beta two.")
        XCTAssertEqual(r.stdout, #"{"method":"lead","sentences":[{"text":"Alpha one.","score":1,"rank":1,"position":0,"source":0,"position_in_source":0,"range":[0,10]}]}"# + "\n")
    }

    func testExplainListsEverySentence() throws {
        let r = try runParallax(["summarize", "--method", "lead", "--sentences", "1", "--explain", "-"],
                                stdin: "Alpha one. Beta two.")
        // Lead scores 1/(1+0) = 1 and 1/(1+1) = 0.5.
        XCTAssertEqual(r.stdout, """
        Alpha one.

        sel  rank  score       sentence  text
         *      1  1                  1  Alpha one.
                2  0.5                2  Beta two.

        """)
    }

    func testMarkdownAndWordsBudget() throws {
        let r = try runParallax(["summarize", "--method", "lead", "--words", "3", "--format", "markdown", "-"],
                                stdin: "Alpha one here. Beta two.")
        XCTAssertEqual(r.stdout, "**Summary** (lead, 1 of 2 sentences)\n\n- Alpha one here.\n")
    }

    func testSeveralFilesAreOneStory() throws {
        let a = try file("a.txt", "The mayor opened the new library on Friday. Readers queued early.")
        let b = try file("b.txt", "The mayor opened the new library on Friday! Critics cited its cost.")
        let r = try runParallax(["summarize", "--method", "lead", "--sentences", "3", "--format", "json", a, b])
        // The repeated first sentence is merged (also_in source 1), so three distinct sentences remain.
        XCTAssertTrue(r.stdout.contains(#""also_in":[1]"#), r.stdout)
        XCTAssertEqual(r.stdout.components(separatedBy: #""text":"#).count - 1, 3, r.stdout)
    }

    func testJSONLBatchReadsTheIDFTableOnlyForRecordsThatNeedWeights() throws {
        // A copy of Models/ whose IDF table is broken on its second line.
        let models = dir.appendingPathComponent("Models")
        try FileManager.default.copyItem(at: repositoryRoot().appendingPathComponent("Models"), to: models)
        let idf = models.appendingPathComponent("idf/en-news-v1/idf.tsv")
        try Data("__documents__\t10\nrain\tmany\n".utf8).write(to: idf)
        var env = ProcessInfo.processInfo.environment
        env["PARALLAX_MODELS"] = models.path
        let records = """
        {"id":"one","text":"Rain fell in Brask. The river rose. Roads closed."}
        {"id":"two","sources":["Rain fell in Brask.","The river rose in Brask."]}
        """
        // One article ranked by overlap (the default) needs no weights: the table is never read.
        // Two sources are compared by cosine: that record fails with the table's own error.
        let r = try runParallax(["summarize", "--jsonl", "-"], stdin: records + "\n", environment: env)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "summarize: 1 of 2 records failed (see their \"error\" fields)\n")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], #"{"id":"one","summary":["Rain fell in Brask.","The river rose.","Roads closed."]}"#)
        XCTAssertEqual(lines[1], #"{"id":"two","line":2,"error":"\#(idf.path):2: expected 'term<TAB>document-count', found 'rain\tmany'"}"#)
        // Without the file at all, the run stops before reading a line.
        try FileManager.default.removeItem(at: idf)
        let missing = try runParallax(["summarize", "--jsonl", "-"], stdin: records + "\n", environment: env)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stdout, "")
        XCTAssertTrue(missing.stderr.hasPrefix("Error: model file 'idf/en-news-v1/idf.tsv' not found"), missing.stderr)
    }

    func testJSONLBatchKeepsOrderAndReportsBadLines() throws {
        let input = try file("in.jsonl", """
        {"id": "x", "text": "First story opens. It goes on."}
        {"id": "y", "oops": 1}
        {"id": "z", "sources": ["Wire copy here. More."]}

        """)
        let r = try runParallax(["summarize", "--jsonl", input, "--sentences", "1", "--method", "lead", "--jobs", "2"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, """
        {"id":"x","summary":["First story opens."]}
        {"id":"y","line":2,"error":"expected \\"text\\", \\"html\\" or \\"sources\\""}
        {"id":"z","summary":["Wire copy here."]}

        """)
        XCTAssertEqual(r.stderr, "summarize: 1 of 3 records failed (see their \"error\" fields)\n")
    }

    func testUnknownMethodListsTheValidOnes() throws {
        let r = try runParallax(["summarize", "--method", "bogus", example])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: The value 'bogus' is invalid for '--method <method>'"), r.stderr)
        for m in ["centrality", "lead", "random", "tfidf", "textrank", "textrank-cosine", "lexrank", "lexrank-threshold", "lsa"] {
            XCTAssertTrue(r.stderr.contains("  - \(m)\n"), "missing \(m): \(r.stderr)")
        }
    }

    func testBadInputMessagesVerbatim() throws {
        var r = try runParallax(["summarize", "no-such-file.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: no-such-file.txt: no such file\n")
        r = try runParallax(["summarize", "--sentences", "0", example])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: --sentences must be at least 1 (got 0)\nUsage: parallax summarize"), r.stderr)
        r = try runParallax(["summarize", "--words", "5", "--ratio", "0.5", example])
        XCTAssertTrue(r.stderr.hasPrefix("Error: use only one of --sentences, --words and --ratio\n"), r.stderr)
        r = try runParallax(["summarize", "--jsonl", dir.path])
        XCTAssertEqual(r.stderr, "Error: \(dir.path): is a directory, not a file\n")
        r = try runParallax(["summarize"])
        XCTAssertTrue(r.stderr.hasPrefix("Error: name at least one file, or - for standard input\n"), r.stderr)
    }

    func testEmptyInputIsRefusedClearly() throws {
        let empty = try file("empty.txt", "")
        let r = try runParallax(["summarize", empty])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: \(empty): is empty (no text to read)\n")
    }

    func testKeywordsPrintScoreTabPhrase() throws {
        let r = try runParallax(["keywords", "--count", "1", "-"],
                                stdin: "The farm sells solar panels. Solar panels cover the farm. Buyers want solar panels.")
        XCTAssertEqual(r.status, 0, r.stderr)
        let fields = r.stdout.trimmingCharacters(in: .newlines).split(separator: "\t")
        XCTAssertEqual(fields.count, 2, r.stdout)
        XCTAssertEqual(fields.last, "solar panels")
        XCTAssertNotNil(Double(fields[0]))
        let bad = try runParallax(["keywords", "missing.txt"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "Error: missing.txt: no such file\n")
    }
}
