import Dispatch
import FoundationEssentials
import TextProcessing

/// Maps `0..<count` through `transform` on up to `jobs` threads and returns the results in index
/// order, so the output never depends on scheduling. Work is handed out in contiguous chunks.
/// The first error thrown (lowest index) is rethrown after all work stops.
func parallelMap<T>(_ count: Int, jobs: Int, _ transform: (Int) throws -> T) throws -> [T] {
    if count == 0 { return [] }
    let workers = max(1, min(jobs, count))
    if workers == 1 { return try (0..<count).map(transform) }
    let box = _ResultsBox<T>(count: count)
    let chunk = max(1, min(64, count / (workers * 8)))
    let chunks = (count + chunk - 1) / chunk
    let next = _Counter()
    withoutActuallyEscaping(transform) { transform in
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let c = next.increment()
                if c >= chunks || box.failed { break }
                for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                    do { box.set(i, .success(try transform(i))) } catch { box.set(i, .failure(error)); break }
                }
            }
        }
    }
    return try box.collect()
}

private final class _Counter: @unchecked Sendable {
    private var value = 0
    private let lock = Lock()
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
}

private final class _ResultsBox<T>: @unchecked Sendable {
    private var slots: [Result<T, Error>?]
    private let lock = Lock()
    private(set) var failed = false
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<T, Error>) {
        lock.lock(); slots[i] = r; if case .failure = r { failed = true }; lock.unlock()
    }
    func collect() throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(slots.count)
        for s in slots {
            switch s {
            case let .success(v)?: out.append(v)
            case let .failure(e)?: throw e
            case nil: continue
            }
        }
        return out
    }
}
