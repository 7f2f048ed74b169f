import XCTest
@testable import Scoring

final class PairedSignificanceTests: XCTestCase {
    func testIdenticalSystemsAreNotSignificant() throws {
        let a = (0..<40).map { Double($0 % 7) / 7 }
        for method in PairedSignificance.Method.allCases {
            let r = try PairedSignificance(method: method, trials: 500).test(a, a)
            XCTAssertEqual(r.p, 1, method.rawValue)
            XCTAssertEqual(r.difference, 0)
        }
    }

    func testAConsistentGainIsSignificant() throws {
        // B is A minus 0.05 on every one of 60 documents (plus noise that never flips the sign):
        // under randomisation a mean difference that large needs all 60 signs to agree.
        let a = (0..<60).map { 0.4 + Double($0 % 5) / 20 }
        let b = a.enumerated().map { $0.element - 0.05 - Double($0.offset % 3) / 100 }
        for method in PairedSignificance.Method.allCases {
            let r = try PairedSignificance(method: method, trials: 2000, seed: 9).test(a, b)
            XCTAssertLessThan(r.p, 0.01, method.rawValue)
            XCTAssertGreaterThan(r.difference, 0.05)
        }
    }

    func testNoiseIsNotSignificant() throws {
        // Differences alternate +0.1, −0.1: mean 0, every relabelling is at least as extreme.
        let a = (0..<40).map { $0 % 2 == 0 ? 0.6 : 0.4 }
        let b = (0..<40).map { $0 % 2 == 0 ? 0.5 : 0.5 }
        let r = try PairedSignificance(trials: 1000).test(a, b)
        XCTAssertEqual(r.p, 1)
    }

    func testUnpairedInputsAreRejected() {
        XCTAssertThrowsError(try PairedSignificance().test([1, 2], [1])) {
            XCTAssertEqual("\($0)", "paired test needs the same documents on both sides: 2 scores vs 1")
        }
    }
}
