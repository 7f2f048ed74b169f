/// Maps byte strings to dense integer ids (0, 1, 2, …) with an open-addressing hash table over
/// one byte arena: no allocation per token once the table has grown.
///
/// A value type so that hot loops can own it (`swap` it out of its class, work on it, and put
/// it back) without Swift's dynamic exclusivity checks on class properties at every token.
/// Each scoring worker owns one.
struct _TokenInterner {
    private(set) var arena: [UInt8] = []
    private var starts: [Int32] = [0]   // token i is arena[starts[i] ..< starts[i + 1]]
    private var hashes: [UInt64] = []
    /// Open addressing: 0 = empty, else (upper 32 bits of the hash) << 32 | (id + 1), so most
    /// probes are settled by one load.
    private var slots: [UInt64]
    private var mask: Int

    /// An empty table that allocates nothing, to stand in while the real one is swapped out.
    init(placeholder: ()) {
        slots = []
        mask = 0
    }

    init(capacity: Int = 1 << 12) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        slots = [UInt64](repeating: 0, count: c)
        mask = c - 1
        arena.reserveCapacity(capacity * 8)
    }

    var count: Int { hashes.count }

    /// The bytes of token `id`.
    func bytes(_ id: Int32) -> ArraySlice<UInt8> { arena[Int(starts[Int(id)]) ..< Int(starts[Int(id) + 1])] }

    /// FNV-1a over the bytes as `map` translates them, with a final mix.
    @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, _ map: UnsafePointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<n { h = (h ^ UInt64(map[Int(p[k])])) &* 0x0000_0100_0000_01b3 }
        return hashFinish(h ^ UInt64(n))
    }

    /// The id of the `n` bytes at `p` as translated by `map` (a 256-byte table, e.g. to lower
    /// case), adding the token if new; `isNew` says whether it was added.
    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int, map: UnsafePointer<UInt8>, isNew: inout Bool) -> Int32 {
        intern(hash: Self.hash(p, n, map), p, n, map: map, isNew: &isNew)
    }

    /// FNV-1a pieces, for scanners that see the bytes anyway and fold them in as they go:
    /// h = hashBasis; for each byte h = (h ^ byte) &* hashPrime; then hashFinish(h ^ count).
    static let hashBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let hashPrime: UInt64 = 0x0000_0100_0000_01b3
    @inline(__always) static func hashFinish(_ h: UInt64) -> UInt64 {
        let x = h ^ (h >> 29)
        return x &* 0xBF58_476D_1CE4_E5B9
    }

    /// As `intern(_:_:map:isNew:)` with the hash already computed (it must equal `hash(p, n, map)`).
    @inline(__always)
    mutating func intern(hash h: UInt64, _ p: UnsafePointer<UInt8>, _ n: Int, map: UnsafePointer<UInt8>, isNew: inout Bool) -> Int32 {
        let tag = h & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: h) & mask
        let found: Int32? = slots.withUnsafeBufferPointer { sl in
            starts.withUnsafeBufferPointer { st in
                arena.withUnsafeBufferPointer { a in
                    while true {
                        let v = sl[i]
                        if v == 0 { return nil }
                        if v & 0xFFFF_FFFF_0000_0000 == tag {
                            let id = Int(v & 0xFFFF_FFFF) - 1
                            let s = Int(st[id]), e = Int(st[id + 1])
                            if e - s == n {
                                var same = true
                                for k in 0..<n where a[s + k] != map[Int(p[k])] { same = false; break }
                                if same { return Int32(id) }
                            }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
        if let id = found { isNew = false; return id }
        let id = Int32(hashes.count)
        hashes.append(h)
        for k in 0..<n { arena.append(map[Int(p[k])]) }
        starts.append(Int32(arena.count))
        slots[i] = tag | UInt64(id + 1)
        if hashes.count * 2 > slots.count { grow() }
        isNew = true
        return id
    }

    private static let identity: [UInt8] = (0..<256).map { UInt8($0) }

    mutating func intern(_ token: [UInt8]) -> Int32 {
        var isNew = false
        return token.withUnsafeBufferPointer { t in
            Self.identity.withUnsafeBufferPointer { map in
                intern(t.baseAddress ?? map.baseAddress!, t.count, map: map.baseAddress!, isNew: &isNew)
            }
        }
    }

    private mutating func grow() {
        let c = slots.count * 2
        slots = [UInt64](repeating: 0, count: c)
        mask = c - 1
        for (id, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(id + 1)
        }
    }
}

/// Maps pairs of 32-bit ids to dense ids, for building n-gram ids level by level:
/// id(w1…wk) = pairs[id(w1…wk−1), wk]. Cleared between documents. A value type for the same
/// reason as `_TokenInterner`.
struct _PairInterner {
    private var keys: [UInt64]
    private var values: [Int32]
    private var used: [Int32] = []   // slots in use, to clear cheaply
    private var mask: Int
    private(set) var count: Int32 = 0

    /// An empty table that allocates nothing, to stand in while the real one is swapped out.
    init(placeholder: ()) {
        keys = []
        values = []
        mask = 0
    }

    init() {
        keys = [UInt64](repeating: 0, count: 1 << 10)
        values = [Int32](repeating: -1, count: 1 << 10)
        mask = (1 << 10) - 1
    }

    /// Empties the table, keeping room for about `expected` pairs.
    mutating func reset(expected: Int) {
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

    @inline(__always) mutating func id(_ a: Int32, _ b: Int32) -> Int32 {
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

    private mutating func grow() {
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
