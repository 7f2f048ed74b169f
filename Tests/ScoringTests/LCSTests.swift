import TextProcessing
import XCTest
@testable import Scoring

/// The bit-parallel LCS against the textbook table, on seeded random sequences long enough to
/// span several 64-bit words.
final class LCSTests: XCTestCase {
    private func table(_ a: [Int32], _ b: [Int32]) -> [[Int]] {
        var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 1...max(a.count, 1) where i <= a.count {
            for j in 1...max(b.count, 1) where j <= b.count {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : max(t[i - 1][j], t[i][j - 1])
            }
        }
        return t
    }

    /// rouge-score's `_backtrack_norec`, written out plainly.
    private func backtrack(_ a: [Int32], _ b: [Int32]) -> Set<Int> {
        let t = table(a, b)
        var i = a.count, j = b.count, marked = Set<Int>()
        while i > 0 && j > 0 {
            if a[i - 1] == b[j - 1] { marked.insert(i - 1); i -= 1; j -= 1 }
            else if t[i][j - 1] > t[i - 1][j] { j -= 1 } else { i -= 1 }
        }
        return marked
    }

    func testLengthAndUnionMarksAgreeWithTheTable() {
        var rng = SplitMix64(seed: 2024)
        var lcs = _LCS()
        for trial in 0..<300 {
            let alphabet = 2 + rng.index(below: 12)
            let a = (0..<rng.index(below: 150)).map { _ in Int32(rng.index(below: alphabet)) }
            let sentences = (0..<(1 + rng.index(below: 3))).map { _ in (0..<rng.index(below: 90)).map { _ in Int32(rng.index(below: alphabet)) } }
            let b = sentences.flatMap { $0 }
            var starts: [Int32] = [0]
            for s in sentences { starts.append(starts.last! + Int32(s.count)) }
            let length = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in lcs.length(x, y, vocabulary: 16) } }
            XCTAssertEqual(length, table(a, b)[a.count][b.count], "seed 2024 trial \(trial)")
            var hit = [Bool](repeating: false, count: a.count)
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    hit.withUnsafeMutableBufferPointer { lcs.markUnion(x, y, starts: starts, vocabulary: 16, hit: $0) }
                }
            }
            let expected = sentences.reduce(into: Set<Int>()) { $0.formUnion(backtrack(a, $1)) }
            XCTAssertEqual(Set(hit.indices.filter { hit[$0] }), expected, "seed 2024 trial \(trial)")
        }
    }
}
