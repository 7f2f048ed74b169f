import XCTest
@testable import EvaluationHarness

final class ProgressReporterTests: XCTestCase {
    final class Box: @unchecked Sendable { var text = ""; var now = 0.0 }

    /// Without a terminal: a line at the start, at each 25% passed, and at the end.
    func testPlainLinesAtEachQuarter() {
        let box = Box()
        let p = ProgressReporter(style: .lines, clock: { box.now }, sink: { box.text += $0 })
        p.begin("lead", total: 8)
        for _ in 0..<8 { box.now += 0.5; p.advance() }
        p.end()
        // 2 docs after 1 s → 2.0 docs/s; 4 after 2 s; 6 after 3 s.
        XCTAssertEqual(box.text, """
            evaluate: lead 0/8
            evaluate: lead 2/8 (25%), 2.0 docs/s
            evaluate: lead 4/8 (50%), 2.0 docs/s
            evaluate: lead 6/8 (75%), 2.0 docs/s
            evaluate: lead 8/8 done in 4.0 s

            """)
    }

    /// On a terminal: the bar with count, rate and ETA, redrawn in place.
    func testBarShowsRateAndETA() {
        let box = Box()
        let p = ProgressReporter(style: .bar, clock: { box.now }, sink: { box.text += $0 })
        p.begin("textrank", total: 10)
        box.now = 2
        p.advance(4)
        // 4 of 10 in 2 s → 2.0/s; 6 left → 3 s.
        XCTAssertEqual(box.text, "\rtextrank       [########············] 4/10 docs  2.0/s  ETA 3s\u{1B}[K")
    }

    /// With a plan, phases are numbered.
    func testPlannedPhasesAreNumbered() {
        let box = Box()
        let p = ProgressReporter(style: .lines, clock: { box.now }, sink: { box.text += $0 })
        p.plan(phases: 2)
        p.begin("lead", total: 1); p.end()
        p.begin("scoring", total: 1)
        XCTAssertEqual(box.text, """
            evaluate: [1/2] lead 0/1
            evaluate: [1/2] lead 0/1 done in 0.0 s
            evaluate: [2/2] scoring 0/1

            """)
    }

    func testSilentPrintsNothing() {
        let box = Box()
        let p = ProgressReporter(style: .silent, clock: { box.now }, sink: { box.text += $0 })
        p.begin("x", total: 3); p.advance(3); p.end()
        XCTAssertEqual(box.text, "")
    }
}
