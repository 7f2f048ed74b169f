import XCTest
@testable import Summarization

final class BatchSummarizerTests: XCTestCase {
    func run(_ lines: [String], jobs: Int = 2, method: SummarizationMethod = .lead) throws -> [String] {
        let batch = try BatchSummarizer(method: method, length: .sentences(1), jobs: jobs)
        var it = lines.makeIterator()
        var out: [String] = []
        _ = batch.run(nextLine: { it.next() }, emit: { out.append($0) })
        return out
    }

    func testRecordsInInputOrderWithErrorsInPlace() throws {
        let out = try run([
            #"{"id": "a", "text": "First story opens. It goes on."}"#,
            #"not json"#,
            "",
            #"{"id": 7, "sources": ["Wire copy here. More.", {"title": "T", "text": "Other outlet."}]}"#,
            #"{"text": "No id."}"#,
            #"{"id": "h", "html": "<p>x</p>"}"#,
        ])
        XCTAssertEqual(out, [
            #"{"id":"a","summary":["First story opens."]}"#,
            #"{"id":null,"line":2,"error":"invalid JSON: expected a JSON value at byte 1"}"#,
            #"{"id":7,"summary":["Wire copy here."]}"#,
            #"{"id":null,"line":5,"error":"missing \"id\""}"#,
            #"{"id":"h","line":6,"error":"HTML input is not available in this build"}"#,
        ])
    }

    func testParallelRunsMatchSerialRuns() throws {
        let lines = (0..<150).map { #"{"id": \#($0), "text": "Story \#($0) begins. The bridge closed \#($0) times. Nothing else."}"# }
        XCTAssertEqual(try run(lines, jobs: 1, method: .centrality), try run(lines, jobs: 3, method: .centrality))
    }
}
