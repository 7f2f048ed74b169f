/// An open-addressing hash table from byte strings to `Int32`, used by `TermAnalyzer` to look
/// words up straight from the UTF-8 buffer without building a `String` per token.
struct _ByteTable {
    private var arena: [UInt8] = []
    private var offsets: [Int32]   // -1 = empty slot
    private var lengths: [Int32]
    private var values: [Int32]
    private var hashes: [UInt32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 14) {
        var c = 16
        while c < capacity { c <<= 1 }
        offsets = [Int32](repeating: -1, count: c)
        lengths = [Int32](repeating: 0, count: c)
        values = [Int32](repeating: 0, count: c)
        hashes = [UInt32](repeating: 0, count: c)
        mask = c - 1
    }

    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in p { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The value stored for `key`, if any.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32? {
        var i = Int(h) & mask
        while true {
            let o = offsets[i]
            if o < 0 { return nil }
            if hashes[i] == h, Int(lengths[i]) == key.count {
                let same = arena.withUnsafeBufferPointer { a in
                    memcmp(a.baseAddress! + Int(o), key.baseAddress!, key.count) == 0
                }
                if same { return values[i] }
            }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32, value: Int32) {
        if (count + 1) * 2 > offsets.count { grow() }
        var i = Int(h) & mask
        while offsets[i] >= 0 { i = (i + 1) & mask }
        offsets[i] = Int32(arena.count)
        lengths[i] = Int32(key.count)
        hashes[i] = h
        values[i] = value
        arena.append(contentsOf: key)
        count += 1
    }

    mutating func removeAll() {
        self = _ByteTable(capacity: offsets.count)
    }

    private mutating func grow() {
        let old = (offsets, lengths, values, hashes)
        let c = offsets.count * 2
        offsets = [Int32](repeating: -1, count: c)
        lengths = [Int32](repeating: 0, count: c)
        values = [Int32](repeating: 0, count: c)
        hashes = [UInt32](repeating: 0, count: c)
        mask = c - 1
        for k in old.0.indices where old.0[k] >= 0 {
            var i = Int(old.3[k]) & mask
            while offsets[i] >= 0 { i = (i + 1) & mask }
            offsets[i] = old.0[k]; lengths[i] = old.1[k]; values[i] = old.2[k]; hashes[i] = old.3[k]
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
