import XCTest
@testable import Scoring

final class ROUGEMetricTests: XCTestCase {
    func testNamesRoundTrip() throws {
        for name in ["rouge1", "rouge9", "rougeL", "rougeLsum", "rougeW", "rougeW-1.5", "rougeS4", "rougeSU4", "rougeS*", "rougeSU*", "rougeS0"] {
            XCTAssertEqual(try ROUGEMetric(name: name).name, name)
        }
        XCTAssertEqual(try ROUGEMetric(name: "rougeW"), .w(weight: 1.2))
        XCTAssertEqual(try ROUGEMetric(name: "rougeSU4"), .s(maxSkip: 4, unigrams: true))
        XCTAssertEqual(try ROUGEMetric.list("rouge1, rouge2,rougeL"), [.n(1), .n(2), .l])
    }

    func testUnknownNamesFailWithTheList() {
        for name in ["rouge0", "rouge10", "rougel", "rougeW-0.5", "rougeS-1", "bleu"] {
            XCTAssertThrowsError(try ROUGEMetric(name: name)) {
                XCTAssertEqual("\($0)", "unknown ROUGE metric '\(name)' (expected rouge1…rouge9, rougeL, rougeLsum, rougeW, rougeW-1.2, rougeS4, rougeSU4, rougeS*, rougeSU*)")
            }
        }
    }
}
