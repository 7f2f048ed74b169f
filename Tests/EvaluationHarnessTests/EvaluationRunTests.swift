import XCTest
import TextProcessing
@testable import EvaluationHarness

final class EvaluationRunTests: XCTestCase {
    func request(_ dir: URL) throws -> EvaluationRequest {
        try writeFile(dir, "project/Evaluation/datasets/tiny.json", [#"{"name": "tiny", "kind": "single-document", "path": "tiny.jsonl"}"#])
        try writeFile(dir, "data/tiny.jsonl", tinyDataset)
        var r = EvaluationRequest(dataset: "tiny", dataDirectory: dir.appendingPathComponent("data"), systems: [LeadSystem(), TailSystem()],
                                  length: .sentences(1), metadata: fixedMetadata)
        r.outputsDirectory = dir.appendingPathComponent("outputs")
        r.resultsDirectory = dir.appendingPathComponent("results")
        r.jobs = 2
        return r
    }

    func run(_ r: EvaluationRequest, _ dir: URL) throws -> ResultsTable? {
        let d = try EvaluationRun.load(r, searchRoots: [dir.appendingPathComponent("project")])
        return try EvaluationRun.run(r, dataset: d, scorer: UnigramScorer(), progress: ProgressReporter(style: .silent),
                                     extractHTML: { Article(paragraphs: [$0]) })
    }

    func testWritesOutputsAndResultsFilesAndScoresIncludedOutputs() throws {
        let dir = try temporaryDirectory(self)
        var r = try request(dir)
        try writeFile(dir, "peers/peer_a.jsonl", [#"{"id": "a", "summary": "Rain is expected to ease by Friday."}"#,
                                                   #"{"id": "b", "summary": "It sells rye bread and plum cake."}"#,
                                                   #"{"id": "c", "summary": "Work starts in May."}"#])
        r.includeOutputs = [dir.appendingPathComponent("peers")]
        r.notes = ["Peer A reads the last sentence."]
        let table = try XCTUnwrap(try run(r, dir))
        XCTAssertEqual(table.notes.last, "Peer A reads the last sentence.")
        XCTAssertEqual(table.rows.map(\.kind), [.oracle, .ours, .external, .ours])
        XCTAssertEqual(Set(table.rows.map(\.method)), ["oracle", "lead", "tail", "peer_a"])
        let results = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("results").path).sorted()
        XCTAssertEqual(results, ["tiny.json", "tiny.md", "tiny.svg"])
        let md = try String(contentsOf: dir.appendingPathComponent("results/tiny.md"), encoding: .utf8)
        XCTAssertEqual(md, table.markdown(chart: "tiny.svg"))
        XCTAssertTrue(md.contains("![ROUGE with 95% CIs per method](tiny.svg)"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/tiny").path).sorted(),
                       ["lead.jsonl", "tail.jsonl"])
    }

    func testOutputsOnlyWritesOutputsAndNoResults() throws {
        let dir = try temporaryDirectory(self)
        var r = try request(dir)
        r.outputsOnly = true
        XCTAssertNil(try run(r, dir))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("outputs/tiny/lead.jsonl").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("results").path))
    }

    /// A failing run (here: included outputs that miss a record) writes no results file at all.
    func testAFailedRunLeavesNoResultsFile() throws {
        let dir = try temporaryDirectory(self)
        var r = try request(dir)
        try writeFile(dir, "peers/short.jsonl", [#"{"id": "a", "summary": "Only one."}"#])
        r.includeOutputs = [dir.appendingPathComponent("peers")]
        XCTAssertThrowsError(try run(r, dir)) {
            XCTAssertEqual("\($0)", "\(dir.path)/peers/short.jsonl: no summary for 2 of the dataset's 3 records (first: id 'b')")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("results").path))
    }

    func testIncludedOutputsMayNotReuseARowName() throws {
        let dir = try temporaryDirectory(self)
        var r = try request(dir)
        try writeFile(dir, "peers/lead.jsonl", [#"{"id": "a", "summary": "x"}"#])
        r.includeOutputs = [dir.appendingPathComponent("peers")]
        XCTAssertThrowsError(try run(r, dir)) {
            XCTAssertEqual("\($0)", "\(dir.path)/peers/lead.jsonl: a row named 'lead' is already in the table; rename the file")
        }
    }

    /// Two runs with the same inputs and seed write byte-identical files.
    func testRerunsAreByteIdentical() throws {
        let dir = try temporaryDirectory(self)
        let r = try request(dir)
        _ = try run(r, dir)
        let names = ["results/tiny.md", "results/tiny.svg", "results/tiny.json", "outputs/tiny/lead.jsonl", "outputs/tiny/tail.jsonl"]
        let first = try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        _ = try run(r, dir)
        XCTAssertEqual(try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) }, first)
    }

    func testPeerInputsJoinSourcesByBlankLines() throws {
        let record = EvaluationRecord(id: "m", sources: [.text("Left one. Left two."), .text("Right one.")], references: ["Ref one. Ref two."], line: 1)
        let prepared = PreparedRecord(record, extractHTML: { Article(paragraphs: [$0]) })
        XCTAssertEqual(EvaluationRun.peerInputs([prepared]), #"{"article":"Left one. Left two.\n\nRight one.","id":"m","reference":"Ref one.\nRef two."}"# + "\n")
    }

    func testDateFollowsSourceDateEpoch() {
        // 1,700,000,000 s after 1970-01-01 is 2023-11-14 22:13:20 UTC.
        XCTAssertEqual(EvaluationRun.date(environment: ["SOURCE_DATE_EPOCH": "1700000000"]), "2023-11-14")
    }

    func testDateIsWrittenAsDateFormatterWroteIt() {
        // Expected values are what DateFormatter("yyyy-MM-dd", UTC) wrote for the same instants.
        let cases: [(Double, String)] = [
            (-0.5, "1969-12-31"), (951_782_400, "2000-02-29"), (4_107_456_000, "2100-02-28"),
            (-12_219_292_800, "1582-10-15"),   // the first Gregorian day...
            (-12_219_292_801, "1582-10-04"),   // ...follows the last Julian one
            (-20_000_000_000, "1336-03-15"),   // Julian date (proleptic Gregorian would say 03-23)
            (-62_135_596_801, "0001-01-02"), (-62_198_755_200, "0002-01-03"),   // 2 BC is written 0002
            (253_402_300_800, "10000-01-01"),
            (183_882_168_921_600, "5828963-12-20"), (183_882_168_921_601, ""),   // ICU's last instant
            (-184_303_902_528_000, "5838270-09-20"), (-184_303_902_528_001, ""), // and its first
            (.infinity, ""), (.nan, ""),
        ]
        for (seconds, expected) in cases { XCTAssertEqual(EvaluationRun.utcDate(secondsSince1970: seconds), expected, "\(seconds)") }
    }

    func testModelInventoryListsManifests() throws {
        let dir = try temporaryDirectory(self)
        try writeFile(dir, "idf/en-news-v1/MANIFEST.json", [#"{"name": "idf-en-news", "version": 1}"#])
        try writeFile(dir, "stopwords/en-v2/MANIFEST.json", [#"{"name": "stopwords-en", "version": "v2"}"#])
        XCTAssertEqual(ModelInventory.list(in: dir), ["idf/en-news-v1", "stopwords/en-v2"])
    }
}
