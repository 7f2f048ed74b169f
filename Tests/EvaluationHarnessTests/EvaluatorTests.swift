import XCTest
import TextProcessing
@testable import EvaluationHarness

final class EvaluatorTests: XCTestCase {
    func load(_ dir: URL) throws -> LoadedDataset {
        try DatasetLoader().load(try writeFile(dir, "tiny.jsonl", tinyDataset), name: "tiny")
    }


    func run(_ dir: URL, jobs: Int) throws -> (table: ResultsTable, outputs: URL) {
        let dataset = try load(dir)
        let ev = Evaluator(scorer: UnigramScorer(), length: .sentences(1), seed: 0, jobs: jobs)
        let records = try ev.prepare(dataset, extractHTML: { Article(paragraphs: [$0]) }).records
        let outDir = dir.appendingPathComponent("outputs-\(jobs)")
        let produced = try ev.produce(records, systems: [LeadSystem(), TailSystem()], outputsDirectory: outDir)
        let entries = [Evaluator.Entry(try ev.oracle(records), kind: .oracle)] + produced.map { Evaluator.Entry($0, kind: .ours) }
        return (try ev.score(records, entries: entries, dataset: "tiny", skipped: dataset.issues, metadata: fixedMetadata), outDir)
    }

    func testPreparedRecordSplitsSentencesAndReferenceLines() throws {
        let records = try Evaluator(scorer: UnigramScorer(), length: .sentences(1)).prepare(try load(try temporaryDirectory(self)), extractHTML: { Article(paragraphs: [$0]) }).records
        XCTAssertEqual(records[0].sentences.count, 4)
        XCTAssertEqual(records[0].references, [["The river rose overnight.", "The school became a shelter."]])
        XCTAssertEqual(records[1].references, [["Queues formed before dawn for rye bread and plum cake."]])
    }

    /// Lead picks each record's first sentence; scores computed by hand with the unigram scorer:
    /// a: "the river rose overnight." vs the 9-token reference: 4 shared (the, river, rose, overnight.)
    ///    → P = 4/4, R = 4/9, F = 8/13 = 0.6154.
    /// b: "a new bakery opened on mill street." shares nothing with "queues formed … plum cake." → F = 0.
    /// c: "the council voted to repair the bridge." (7) vs "the council will repair the bridge from
    ///    may." (8): the ×2, council, repair = 4 ("bridge." ≠ "bridge") → P = 4/7, R = 4/8, F = 8/15.
    /// Mean = (8/13 + 0 + 8/15)/3 = 0.3829. The oracle does better on b ("It sells rye bread and
    /// plum cake.": rye, bread, and, plum, cake. = 5 → P = 5/7, R = 5/10, F = 10/17) and equals lead
    /// elsewhere, so it is above lead.
    func testScoresOutputsAndOracle() throws {
        let dir = try temporaryDirectory(self)
        let (table, outDir) = try run(dir, jobs: 2)
        let lead = try XCTUnwrap(table.rows.first { $0.method == "lead" })
        XCTAssertEqual(lead.scores[0].mid, (8.0 / 13 + 0 + 8.0 / 15) / 3, accuracy: 1e-12)
        let oracle = try XCTUnwrap(table.rows.first)
        XCTAssertEqual(oracle.scores[0].mid, (8.0 / 13 + 10.0 / 17 + 8.0 / 15) / 3, accuracy: 1e-12)
        XCTAssertEqual(table.rows.first?.kind, .oracle)
        XCTAssertEqual(table.rows.map(\.method), ["oracle", "lead", "tail"])
        XCTAssertEqual(table.notes, ["Sanity check passed: the oracle is above every other row in every column."])
        // Lead is best on key 0; tail differs by more than 0.05 → the fake test's p = 0.01.
        XCTAssertEqual(table.rows[2].pValues[0], 0.01)
        XCTAssertNil(table.rows[1].pValues[0])
        XCTAssertEqual(try String(contentsOf: outDir.appendingPathComponent("lead.jsonl"), encoding: .utf8), """
            {"id":"a","summary":"The river rose overnight."}
            {"id":"b","summary":"A new bakery opened on Mill Street."}
            {"id":"c","summary":"The council voted to repair the bridge."}

            """)
    }

    /// Same inputs and seed: byte-identical outputs and tables whether run on 1 or 2 threads.
    func testDeterministicAcrossThreadCounts() throws {
        let dir = try temporaryDirectory(self)
        let one = try run(dir, jobs: 1), two = try run(dir, jobs: 2)
        XCTAssertEqual(one.table.markdown(), two.table.markdown())
        XCTAssertEqual(one.table.json(), two.table.json())
        XCTAssertEqual(one.table.svgChart(), two.table.svgChart())
        for name in ["lead.jsonl", "tail.jsonl"] {
            XCTAssertEqual(try Data(contentsOf: one.outputs.appendingPathComponent(name)),
                           try Data(contentsOf: two.outputs.appendingPathComponent(name)))
        }
    }

    func testOutputsMissingARecordAreRejected() throws {
        let dir = try temporaryDirectory(self)
        let ev = Evaluator(scorer: UnigramScorer(), length: .sentences(1))
        let records = try ev.prepare(try load(dir), extractHTML: { Article(paragraphs: [$0]) }).records
        let partial = SystemOutputs(name: "peer", summaries: ["a": ["x"]])
        XCTAssertThrowsError(try ev.score(records, entries: [.init(partial, kind: .external)], dataset: "tiny", skipped: [], metadata: fixedMetadata)) {
            XCTAssertEqual("\($0)", "peer: no summary for 2 of the dataset's 3 records (first: id 'b')")
        }
    }

    /// Peer: a 0; b "it sells rye bread." shares only "rye" → P = 1/4, R = 1/10, F = 2/14 = 0.1429;
    /// c 0 → mean 0.0476. Lead 0.3829 (above) → +33.53 points; the fake test gives p = 0.01.
    func testNotesCompareOurBestWithTheBestPeer() throws {
        let dir = try temporaryDirectory(self)
        let ev = Evaluator(scorer: UnigramScorer(), length: .sentences(1))
        let records = try ev.prepare(try load(dir), extractHTML: { Article(paragraphs: [$0]) }).records
        let ours = try ev.produce(records, systems: [LeadSystem()], outputsDirectory: nil)[0]
        let peer = SystemOutputs(name: "peer", summaries: ["a": ["Rain is expected."], "b": ["It sells rye bread."], "c": ["Cyclists may still cross."]])
        let t = try ev.score(records, entries: [.init(ours, kind: .ours), .init(peer, kind: .external)], dataset: "tiny", skipped: [], metadata: fixedMetadata)
        XCTAssertEqual(t.notes.count, 2)
        XCTAssertTrue(t.notes[0].hasPrefix("ROUGE-1: our best (lead, 38.29) vs the best peer (peer, 4.76): +33.53 points, "), t.notes[0])
        XCTAssertTrue(t.notes[0].hasSuffix("p = 0.010 — above, significantly."), t.notes[0])
    }

    /// HTML that cannot be extracted is a record issue: skipped with its line, or thrown when strict.
    func testUnextractableHTMLIsSkippedOrStopsWhenStrict() throws {
        struct NoArticle: Error, CustomStringConvertible { var description: String { "no article found" } }
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "h.jsonl", tinyDataset + [#"{"id": "h", "html": "<p>menu</p>", "reference": "R."}"#])
        let dataset = try DatasetLoader().load(url, name: "h")
        let extract: @Sendable (String) throws -> Article = { _ in throw NoArticle() }
        let ev = Evaluator(scorer: UnigramScorer(), length: .sentences(1), jobs: 2)
        let (records, issues) = try ev.prepare(dataset, extractHTML: extract)
        XCTAssertEqual(records.map(\.id), ["a", "b", "c"])
        XCTAssertEqual(issues.map(\.description), ["\(url.path):4: id 'h': no article found"])
        XCTAssertThrowsError(try ev.prepare(dataset, strict: true, extractHTML: extract)) {
            XCTAssertEqual("\($0)", "\(url.path):4: id 'h': no article found")
        }
    }

    func testParallelMapKeepsOrderAndRethrowsTheLowestFailure() throws {
        struct Boom: Error, Equatable { var i: Int }
        XCTAssertEqual(try parallelMap(1000, jobs: 4) { $0 * 2 }, (0..<1000).map { $0 * 2 })
        XCTAssertThrowsError(try parallelMap(10, jobs: 1) { i -> Int in if i >= 3 { throw Boom(i: i) }; return i }) {
            XCTAssertEqual($0 as? Boom, Boom(i: 3))
        }
    }
}
