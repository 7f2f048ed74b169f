import XCTest
@testable import EvaluationHarness

final class WordCountTests: XCTestCase {
    /// Python's len(text.split()): runs of non-space characters, any Unicode white space between.
    func testCountsWhitespaceSeparatedRuns() {
        // The · ferry, · at · dawn. · It · docked · on · time. = 8 (the no-break space separates, as in Python)
        XCTAssertEqual(wordCount("  The ferry, at dawn.\nIt docked\u{00A0}on time. "), 8)
        XCTAssertEqual(wordCount(""), 0)
        XCTAssertEqual(wordCount(" \n\t "), 0)
        XCTAssertEqual(wordCount("U.S.-based co-op's"), 2)
    }
}
