import Foundation
import XCTest

/// End-to-end runs of `parallax evaluate` on tiny datasets written by the tests (invented text).
final class EvaluateCLITests: XCTestCase {
    static let records = [
        #"{"id": "a", "article": "The river rose overnight. Farmers moved cattle to higher fields. The mayor opened the school as a shelter.", "reference": "The river rose overnight.\nThe school became a shelter."}"#,
        #"{"id": "b", "article": "A new bakery opened on Mill Street. It sells rye bread and plum cake. Queues formed before dawn.", "reference": "Queues formed before dawn for rye bread and plum cake."}"#,
        #"{"id": "c", "article": "The council voted to repair the bridge. Work starts in May. Cyclists may still cross.", "reference": "The council will repair the bridge from May."}"#,
    ]

    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-evalcli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func dataset(_ dir: URL, _ lines: [String] = records) throws -> String {
        let url = dir.appendingPathComponent("tiny.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url.path
    }

    func evaluate(_ dir: URL, _ extra: [String]) throws -> RunResult {
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1700000000"
        return try runParallax(["evaluate", "--methods", "lead", "--sentences", "1", "--quiet",
                                "--outputs-dir", dir.appendingPathComponent("out").path,
                                "--results-dir", dir.appendingPathComponent("results").path] + extra, environment: env)
    }

    func testWritesTableOutputsAndResultsFiles() throws {
        let dir = try tempDir()
        let r = try evaluate(dir, ["--dataset", try dataset(dir)])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("# ROUGE on tiny\n\n3 records · 1 sentence · "), r.stdout)
        XCTAssertTrue(r.stdout.contains("| oracle | oracle (ceiling) |"), r.stdout)
        XCTAssertTrue(r.stdout.contains("| lead | Parallax |"), r.stdout)
        XCTAssertTrue(r.stdout.contains("- Date: 2023-11-14\n"), r.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("results").path).sorted(),
                       ["tiny.json", "tiny.md", "tiny.svg"])
        let lead = try String(contentsOf: dir.appendingPathComponent("out/tiny/lead.jsonl"), encoding: .utf8)
        XCTAssertEqual(lead.split(separator: "\n").first, #"{"id":"a","summary":"The river rose overnight."}"#)
    }

    /// Same command twice: byte-identical stdout and results file. With one thread instead of
    /// all, the rows are identical too (only the recorded command differs).
    func testSameInputsGiveByteIdenticalTables() throws {
        let dir = try tempDir()
        let path = try dataset(dir)
        let one = try evaluate(dir, ["--dataset", path, "--format", "json"])
        let first = try Data(contentsOf: dir.appendingPathComponent("results/tiny.md"))
        let two = try evaluate(dir, ["--dataset", path, "--format", "json"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout, two.stdout)
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("results/tiny.md")), first)
        let single = try evaluate(dir, ["--dataset", path, "--format", "json", "--jobs", "1"])
        func rows(_ r: RunResult) throws -> NSArray {
            try XCTUnwrap((JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])?["rows"] as? NSArray)
        }
        XCTAssertEqual(try rows(single), try rows(one))
    }

    func testJSONFormatHasOneObjectPerRow() throws {
        let dir = try tempDir()
        let r = try evaluate(dir, ["--dataset", try dataset(dir), "--format", "json", "--no-results"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let top = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(top["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["method"] as? String }, ["oracle", "lead"])
        let r1 = try XCTUnwrap(rows[1]["rouge1"] as? [String: Any])
        XCTAssertNotNil(r1["low"] as? Double); XCTAssertNotNil(r1["mid"] as? Double); XCTAssertNotNil(r1["high"] as? Double)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("results").path), "--no-results writes nothing")
    }

    func testCSVFormat() throws {
        let dir = try tempDir()
        let r = try evaluate(dir, ["--dataset", try dataset(dir), "--format", "csv", "--no-results"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("method,from,words,rouge1_low,rouge1_mid,rouge1_high,rouge1_p,"), r.stdout)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 3)
    }

    /// HTML records go through the article extractor; multi-document records are summarized
    /// together. The page furniture ("Subscribe now", the menu) must not reach the summary.
    func testHTMLAndMultiDocumentRecords() throws {
        let dir = try tempDir()
        let page = "<html><head><title>Harbour</title></head><body><nav><a href='/'>Home</a> <a href='/s'>Subscribe now</a></nav>"
            + "<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after dredging work finished early.</p>"
            + "<p>Fishing boats returned to their moorings within hours of the announcement.</p>"
            + "<p>The port authority said the channel is now two metres deeper than before.</p></article>"
            + "<footer>Copyright Example News</footer></body></html>"
        let html = try JSONSerialization.data(withJSONObject: ["id": "h", "html": page, "reference": "The harbour reopened on Monday."], options: [.sortedKeys])
        let multi = #"{"id": "m", "sources": ["The dam was finished in June. Engineers tested the gates.", "Engineers finished the dam in June. The reservoir will fill by winter."], "reference": "The dam was finished in June."}"#
        let path = try dataset(dir, [String(decoding: html, as: UTF8.self), multi])
        let r = try evaluate(dir, ["--dataset", path, "--no-results"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("2 records"), r.stdout)
        let lead = try String(contentsOf: dir.appendingPathComponent("out/tiny/lead.jsonl"), encoding: .utf8)
        XCTAssertTrue(lead.hasPrefix(#"{"id":"h","summary":""#), lead)
        XCTAssertTrue(lead.contains("harbour reopened on Monday"), lead)
        XCTAssertFalse(lead.contains("Subscribe"), lead)
        XCTAssertTrue(lead.contains(#"{"id":"m","summary":""#), lead)
    }

    func testBadLinesAreReportedAndSkipped() throws {
        let dir = try tempDir()
        let path = try dataset(dir, Self.records + ["{oops", #"{"id": "d", "article": "Text.", "reference": ""}"#])
        let r = try evaluate(dir, ["--dataset", path, "--no-results"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, """
            warning: \(path):4: not a JSON object (skipped)
            warning: \(path):5: id 'd': empty reference in 'reference' (skipped)

            """)
        XCTAssertTrue(r.stdout.contains("3 records"), r.stdout)
        XCTAssertTrue(r.stdout.contains("- Records skipped: 2 (tiny.jsonl:4: not a JSON object; tiny.jsonl:5: id 'd': empty reference in 'reference')"), r.stdout)
    }

    func testNotesFromTheCommandLineAndAFileGoUnderTheTable() throws {
        let dir = try tempDir()
        let notesFile = dir.appendingPathComponent("notes.txt")
        try Data("First note from a file.\n\n  Second note.  \n".utf8).write(to: notesFile)
        let r = try evaluate(dir, ["--dataset", try dataset(dir), "--no-results", "--note", "Typed note.", "--notes", notesFile.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("- Typed note.\n- First note from a file.\n- Second note.\n"), r.stdout)
        let missing = try evaluate(dir, ["--dataset", try dataset(dir), "--notes", dir.appendingPathComponent("none.txt").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "Error: \(dir.path)/none.txt: cannot read the notes file\n")
    }

    func testStrictStopsAtTheBadLine() throws {
        let dir = try tempDir()
        let path = try dataset(dir, Self.records + [#"{"id": "d", "reference": "R."}"#])
        let r = try evaluate(dir, ["--dataset", path, "--strict"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: \(path):4: id 'd': missing field 'article' (or 'html' or 'sources')\n")
        XCTAssertEqual(r.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("results").path), "no results file from a failed run")
    }

    /// Ctrl-C during a run: no results file and no partial file are left, and the exit status
    /// says the run was interrupted (130 from our handler, or the signal itself if it landed
    /// before the handler was installed).
    func testInterruptedRunLeavesNoResultsOrPartialFiles() throws {
        let dir = try tempDir()
        // 2,000 records of invented text: long enough that SIGINT at 0.5 s lands mid-run.
        let lines = (0..<2000).map { i in
            #"{"id": "r\#(i)", "article": "Volunteers planted \#(i) trees in the park. The mayor thanked them. Rain is forecast for the weekend. Schools will join next spring.", "reference": "Volunteers planted trees in the park."}"#
        }
        let path = try dataset(dir, lines)
        let p = Process()
        p.executableURL = parallaxBinary()
        p.arguments = ["evaluate", "--dataset", path, "--quiet", "--outputs-dir", dir.appendingPathComponent("out").path,
                       "--results-dir", dir.appendingPathComponent("results").path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 0.5)
        p.interrupt()
        p.waitUntilExit()
        XCTAssertTrue(p.terminationReason == .uncaughtSignal ? p.terminationStatus == SIGINT : p.terminationStatus == 130,
                      "status \(p.terminationStatus), reason \(p.terminationReason.rawValue)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("results").path), "no results file")
        let leftovers = (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).filter { $0.contains(".partial-") }
        XCTAssertEqual(leftovers, [])
    }

    func testMissingDatasetSaysWhereItLooked() throws {
        let dir = try tempDir()
        let r = try evaluate(dir, ["--dataset", dir.appendingPathComponent("none.jsonl").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: dataset '\(dir.path)/none.jsonl' not found (looked for: \(dir.path)/none.jsonl)\n")
    }

    func testConflictingLengthsShowUsage() throws {
        let r = try runParallax(["evaluate", "--dataset", "x.jsonl", "--sentences", "2", "--words", "50"])
        XCTAssertEqual(r.status, 64)
        XCTAssertEqual(r.stderr, """
            Error: --sentences and --words cannot be used together
            Usage: parallax evaluate [<options>] --dataset <dataset>
              See 'parallax evaluate --help' for more information.

            """)
    }

    func testUnknownMethodListsTheValidOnes() throws {
        let r = try runParallax(["evaluate", "--dataset", "x.jsonl", "--methods", "lead,nosuch"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: unknown method 'nosuch' (valid: "), r.stderr)
        XCTAssertTrue(r.stderr.contains("lead"), r.stderr)
    }

    func testNothingToEvaluateIsAUsageError() throws {
        let r = try runParallax(["evaluate", "--dataset", "x.jsonl", "--methods", "", "--no-oracle"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: nothing to evaluate: --methods is empty, --no-oracle is set and no --include-outputs\n"), r.stderr)
    }

    /// Only the oracle: the dataset's ceiling on its own.
    func testOracleAlone() throws {
        let dir = try tempDir()
        let r = try evaluate(dir, ["--dataset", try dataset(dir), "--methods", "", "--no-results", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").map { String($0.prefix(24)) }, ["method,from,words,rouge1", "oracle,oracle (ceiling),"])
    }

    func testOutputsOnlyThenIncludeOutputs() throws {
        let dir = try tempDir()
        let path = try dataset(dir)
        let produce = try evaluate(dir, ["--dataset", path, "--outputs-only"])
        XCTAssertEqual(produce.status, 0, produce.stderr)
        XCTAssertEqual(produce.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("results").path))
        // Score the saved outputs as if they were a peer's, under another name.
        let peers = dir.appendingPathComponent("peers")
        try FileManager.default.createDirectory(at: peers, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("out/tiny/lead.jsonl"), to: peers.appendingPathComponent("saved_lead.jsonl"))
        let r = try evaluate(dir, ["--dataset", path, "--include-outputs", peers.path, "--no-results"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("| saved_lead | peer |"), r.stdout)
    }

    func testExportInputsWritesPeerInputFile() throws {
        let dir = try tempDir()
        let out = dir.appendingPathComponent("in.jsonl")
        let r = try runParallax(["evaluate", "--dataset", try dataset(dir), "--export-inputs", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "evaluate: wrote 3 records to \(out.path)\n")
        let first = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")[0]
        XCTAssertEqual(first, #"{"article":"The river rose overnight. Farmers moved cattle to higher fields. The mayor opened the school as a shelter.","id":"a","reference":"The river rose overnight.\nThe school became a shelter."}"#)
    }
}
