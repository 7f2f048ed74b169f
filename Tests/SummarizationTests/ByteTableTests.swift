import XCTest
@testable import Summarization

final class ByteTableTests: XCTestCase {
    private func find(_ t: _ByteTable, _ key: String) -> Int32? {
        var k = key
        return k.withUTF8 { t.find($0, hash: _ByteTable.hash($0)) }
    }

    private func set(_ t: inout _ByteTable, _ key: String, _ value: Int32) {
        var k = key
        k.withUTF8 { t.set($0, hash: _ByteTable.hash($0), value: value) }
    }

    /// Keys on both sides of the 8-byte prefix kept in each slot, and keys that share a prefix,
    /// are told apart; a table grown far past its first capacity still finds every key.
    func testKeysAroundTheInlinePrefixLengthAreDistinct() {
        var t = _ByteTable(capacity: 16)
        let keys = ["", "a", "internat", "internati", "internation", "internationally", "internatio",
                    "ab", "ab\u{0}", "ünïcødé", "ünïcødé-plus-more-bytes"]
        for (i, k) in keys.enumerated() { set(&t, k, Int32(i)) }
        for i in 0..<500 { set(&t, "word\(i)", Int32(1000 + i)) }  // 511 keys: 16 slots grow to 1,024
        XCTAssertEqual(t.count, keys.count + 500)
        for (i, k) in keys.enumerated() { XCTAssertEqual(find(t, k), Int32(i), k) }
        for i in 0..<500 { XCTAssertEqual(find(t, "word\(i)"), Int32(1000 + i)) }
        XCTAssertNil(find(t, "internationa"))   // 12 bytes: a prefix of a stored key, not stored
        XCTAssertNil(find(t, "abc"))
    }

    func testSetReplacesAndForEachVisitsEveryKeyOnce() {
        var t = _ByteTable(capacity: 4)
        set(&t, "rain", 1)
        set(&t, "thunderstorms", 2)
        set(&t, "rain", 7)
        XCTAssertEqual(t.count, 2)
        var seen: [String: Int32] = [:]
        t.forEach { key, value in seen[String(decoding: key, as: UTF8.self)] = value }
        XCTAssertEqual(seen, ["rain": 7, "thunderstorms": 2])
    }

    func testOneLoadPrefixMasksTheBytesAfterTheKey() {
        // A scanner's buffer holds other bytes after a short word: the one-load prefix must
        // equal the zero-padded prefix whatever follows (lengths 1 to 12 over 0xFF padding).
        let buffer: [UInt8] = Array("thunderstorm".utf8) + [UInt8](repeating: 0xFF, count: 8)
        buffer.withUnsafeBufferPointer { b in
            for n in 1...12 {
                let key = UnsafeBufferPointer(rebasing: b[0..<n])
                XCTAssertEqual(_ByteTable.prefix(readingEightBytesOf: key), _ByteTable.prefix(key), "length \(n)")
            }
        }
        // "thu" is 0x74 0x68 0x75, little-endian.
        buffer.withUnsafeBufferPointer { XCTAssertEqual(_ByteTable.prefix(readingEightBytesOf: UnsafeBufferPointer(rebasing: $0[0..<3])), 0x75_68_74) }
    }
}
