import XCTest
@testable import Comparison

final class PhraseSetTests: XCTestCase {
    func testLeftmostLongestMatching() {
        let set = PhraseSet(["according to", "according", "to", "may"])
        let m = set.matches(in: ["according", "to", "police", "it", "may", "rain", "to"])
        // "according to" wins over "according" + "to"; the final "to" matches alone.
        XCTAssertEqual(m.map(\.term), ["according to", "may", "to"])
        XCTAssertEqual(m.map(\.start), [0, 4, 6])
    }

    func testLowerCasedInsertionAndContains() {
        let set = PhraseSet(["Of Course"])
        XCTAssertTrue(set.contains("of course"))
        XCTAssertEqual(set.count, 1)
        XCTAssertEqual(set.matches(in: ["of"]).count, 0)
    }
}
