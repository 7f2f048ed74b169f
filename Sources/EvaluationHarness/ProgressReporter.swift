import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import TextProcessing

/// Reports progress of a long run on standard error. Thread-safe.
///
/// A run is a sequence of phases (one per method, then the oracle, then scoring); with
/// `plan(phases:)` each phase is labelled with its place, `[4/9] textrank`. On a terminal it
/// redraws one line at most ten times a second:
///
///     [4/9] textrank [##########··········] 581/1161 docs  812.4/s  ETA 1s
///
/// Otherwise (a log file, CI) it prints a plain line when a phase starts, at every further 25%
/// of it, and when it ends, so logs stay short:
///
///     evaluate: [4/9] textrank 581/1161 (50%), 812.4 docs/s
///
/// Rate and ETA are computed over the current phase from `clock` (seconds, monotonic).
public final class ProgressReporter: @unchecked Sendable {
    public enum Style: Sendable { case bar, lines, silent }

    private let style: Style
    private let clock: @Sendable () -> Double
    private let sink: @Sendable (String) -> Void
    private let lock = Lock()
    private var phase = ""
    private var total = 0
    private var done = 0
    private var start = 0.0
    private var lastDraw = -1.0
    private var nextQuarter = 1
    private var phases = 0
    private var phaseIndex = 0

    /// - Parameters:
    ///   - style: `.bar` for a terminal, `.lines` for logs, `.silent` for none.
    ///     `ProgressReporter.standardError()` picks bar or lines with `isatty(2)`.
    ///   - clock: seconds from any fixed origin.
    ///   - sink: receives the text to print (default: standard error).
    public init(style: Style, clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime },
                sink: @escaping @Sendable (String) -> Void = { StandardStreams.writeError($0) }) {
        self.style = style; self.clock = clock; self.sink = sink
    }

    /// A reporter on standard error: a bar when it is a terminal, plain lines otherwise.
    public static func standardError(quiet: Bool = false) -> ProgressReporter {
        ProgressReporter(style: quiet ? .silent : (isatty(2) != 0 ? .bar : .lines))
    }

    /// Announces how many phases the run has, so each is labelled `[k/n]`.
    public func plan(phases: Int) {
        lock.lock(); defer { lock.unlock() }
        self.phases = phases; phaseIndex = 0
    }

    /// Starts a phase of `total` documents named `name` (a method name, "scoring").
    public func begin(_ name: String, total: Int) {
        lock.lock(); defer { lock.unlock() }
        phaseIndex += 1
        phase = phases > 0 ? "[\(min(phaseIndex, phases))/\(phases)] \(name)" : name
        self.total = total; done = 0; start = clock(); lastDraw = -1; nextQuarter = 1
        if style == .lines { sink("evaluate: \(phase) 0/\(total)\n") }
    }

    /// Records `count` more finished documents.
    public func advance(_ count: Int = 1) {
        lock.lock(); defer { lock.unlock() }
        done += count
        let now = clock()
        switch style {
        case .silent: return
        case .bar:
            if now - lastDraw >= 0.1 || done == total { lastDraw = now; sink("\r" + barLine(now: now)) }
        case .lines:
            guard total > 0, done < total else { return }
            if done * 4 >= nextQuarter * total {
                while done * 4 >= nextQuarter * total { nextQuarter += 1 }
                sink("evaluate: \(phase) \(done)/\(total) (\(done * 100 / total)%), \(rateText(now)) docs/s\n")
            }
        }
    }

    /// Ends the phase, printing its final state.
    public func end() {
        lock.lock(); defer { lock.unlock() }
        let now = clock()
        switch style {
        case .silent: return
        case .bar: sink("\r" + barLine(now: now) + "\n")
        case .lines: sink("evaluate: \(phase) \(done)/\(total) done in \(String(cFormat: "%.1f", now - start)) s\n")
        }
    }

    private func rateText(_ now: Double) -> String {
        let elapsed = now - start
        return elapsed > 0 ? String(cFormat: "%.1f", Double(done) / elapsed) : "–"
    }

    func barLine(now: Double) -> String {
        let width = 20
        let filled = total > 0 ? min(width, done * width / total) : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
        let elapsed = now - start
        var eta = "–"
        if done > 0, elapsed > 0 {
            let remaining = Double(total - done) * elapsed / Double(done)
            eta = "\(Int(remaining.rounded(.up)))s"
        }
        let name = phase + String(repeating: " ", count: max(0, 14 - phase.count))  // padded to 14
        return "\(name) [\(bar)] \(done)/\(total) docs  \(rateText(now))/s  ETA \(eta)\u{1B}[K"
    }
}
