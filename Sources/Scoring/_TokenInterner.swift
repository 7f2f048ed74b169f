/// Maps byte strings to dense integer ids (0, 1, 2, …) with an open-addressing hash table over
/// one byte arena: no allocation per token once the table has grown.
///
/// Not thread-safe: each scoring worker owns one.
final class _TokenInterner {
    private(set) var arena: [UInt8] = []
    private var starts: [Int32] = [0]   // token i is arena[starts[i] ..< starts[i + 1]]
    private var hashes: [UInt64] = []
    private var slots: [Int32]           // -1 = empty, else token id
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        slots = [Int32](repeating: -1, count: c)
        mask = c - 1
        arena.reserveCapacity(capacity * 8)
    }

    var count: Int { hashes.count }

    /// The bytes of token `id`.
    func bytes(_ id: Int32) -> ArraySlice<UInt8> { arena[Int(starts[Int(id)]) ..< Int(starts[Int(id) + 1])] }

    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(p.count)
        for b in p { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// The id of `token`, adding it if new; `isNew` says whether it was added.
    @inline(__always)
    func intern(_ token: UnsafeBufferPointer<UInt8>, isNew: inout Bool) -> Int32 {
        let h = Self.hash(token)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[i]
            if id < 0 { break }
            if hashes[Int(id)] == h && equals(id, token) { isNew = false; return id }
            i = (i + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(h)
        arena.append(contentsOf: token)
        starts.append(Int32(arena.count))
        slots[i] = id
        if hashes.count * 2 > slots.count { grow() }
        isNew = true
        return id
    }

    func intern(_ token: [UInt8]) -> Int32 {
        var isNew = false
        return token.withUnsafeBufferPointer { intern($0, isNew: &isNew) }
    }

    @inline(__always) private func equals(_ id: Int32, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(starts[Int(id)]), e = Int(starts[Int(id) + 1])
        guard e - s == token.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for k in 0..<token.count where a[s + k] != token[k] { return false }
            return true
        }
    }

    private func grow() {
        let c = slots.count * 2
        slots = [Int32](repeating: -1, count: c)
        mask = c - 1
        for (id, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(id)
        }
    }
}

/// Maps pairs of 32-bit ids to dense ids, for building n-gram ids level by level:
/// id(w1…wk) = pairs[id(w1…wk−1), wk]. Cleared between documents.
final class _PairInterner {
    private var keys: [UInt64]
    private var values: [Int32]
    private var used: [Int32] = []   // slots in use, to clear cheaply
    private var mask: Int
    private(set) var count: Int32 = 0

    init() {
        keys = [UInt64](repeating: 0, count: 1 << 10)
        values = [Int32](repeating: -1, count: 1 << 10)
        mask = (1 << 10) - 1
    }

    /// Empties the table, keeping room for about `expected` pairs.
    func reset(expected: Int) {
        if expected * 2 > keys.count {
            var c = keys.count
            while c < expected * 2 { c <<= 1 }
            keys = [UInt64](repeating: 0, count: c)
            values = [Int32](repeating: -1, count: c)
            mask = c - 1
            used.removeAll(keepingCapacity: true)
        } else {
            for s in used { values[Int(s)] = -1 }
            used.removeAll(keepingCapacity: true)
        }
        count = 0
    }

    @inline(__always) func id(_ a: Int32, _ b: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = values[i]
            if v < 0 { break }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = count
        used.append(Int32(i))
        count += 1
        if Int(count) * 2 > keys.count { grow() }
        return count - 1
    }

    private func grow() {
        let oldKeys = keys, oldValues = values, oldUsed = used
        let c = keys.count * 2
        keys = [UInt64](repeating: 0, count: c)
        values = [Int32](repeating: -1, count: c)
        mask = c - 1
        used.removeAll(keepingCapacity: true)
        for s in oldUsed {
            let key = oldKeys[Int(s)]
            var h = key &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
            var i = Int(truncatingIfNeeded: h) & mask
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = key
            values[i] = oldValues[Int(s)]
            used.append(Int32(i))
        }
    }
}
