import XCTest
@testable import Scoring

final class BootstrapAggregatorTests: XCTestCase {
    private func scores(_ fs: [Double]) -> [ROUGEScores] {
        fs.map { ROUGEScores(metrics: [.n(1)], values: [Score(precision: $0, recall: $0 / 2, fmeasure: $0)]) }
    }

    func testMidIsTheMeanAndTheIntervalContainsIt() {
        let values = (0..<200).map { Double($0 % 10) / 10 }       // mean 0.45
        let result = BootstrapAggregator(samples: 1000, seed: 3).aggregate(scores(values))
        let i = result[0].interval
        XCTAssertEqual(i.mid.fmeasure, 0.45, accuracy: 1e-12)
        XCTAssertEqual(i.mid.recall, 0.225, accuracy: 1e-12)
        XCTAssertLessThan(i.low.fmeasure, 0.45)
        XCTAssertGreaterThan(i.high.fmeasure, 0.45)
        // Standard error of the mean: sd 0.2872 / √200 = 0.0203; a 95% interval is about ±0.04.
        XCTAssertEqual(i.high.fmeasure - i.low.fmeasure, 0.08, accuracy: 0.02)
    }

    func testConstantScoresGiveAPointInterval() {
        let i = BootstrapAggregator().aggregate(scores([0.3, 0.3, 0.3]))[0].interval
        XCTAssertEqual(i.low.fmeasure, 0.3, accuracy: 1e-15)
        XCTAssertEqual(i.high.fmeasure, 0.3, accuracy: 1e-15)
    }

    func testTheSameSeedRepeatsAndAnotherDoesNot() {
        let s = scores((0..<50).map { Double($0) / 50 })
        let a = BootstrapAggregator(seed: 1).aggregate(s)[0].interval
        XCTAssertEqual(a, BootstrapAggregator(seed: 1).aggregate(s)[0].interval)
        XCTAssertNotEqual(a.low, BootstrapAggregator(seed: 2).aggregate(s)[0].interval.low)
    }

    func testPercentileInterpolatesLikeNumpy() {
        // np.percentile([1, 2, 3, 4], 2.5) = 1 + 0.075·1 = 1.075; at 97.5: position 2.925 → 3.925.
        XCTAssertEqual(BootstrapAggregator.percentile([1, 2, 3, 4], 2.5), 1.075, accuracy: 1e-12)
        XCTAssertEqual(BootstrapAggregator.percentile([1, 2, 3, 4], 97.5), 3.925, accuracy: 1e-12)
        XCTAssertEqual(BootstrapAggregator.percentile([7], 50), 7)
    }

    func testNoDocumentsNoIntervals() {
        XCTAssertTrue(BootstrapAggregator().aggregate([]).isEmpty)
    }
}
