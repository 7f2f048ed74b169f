import XCTest
import Dispatch
import TextProcessing

final class LockTests: XCTestCase {
    func testLockSerializesIncrementsAcrossThreads() {
        // 8 workers × 10,000 increments = 80,000 when no increment is lost.
        final class Counter: @unchecked Sendable { var value = 0 }
        let lock = Lock(), counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { lock.withLock { counter.value += 1 } }
        }
        XCTAssertEqual(counter.value, 80_000)
    }
}
