/// An open-addressing hash table from byte strings to `Int32`, used by `TermAnalyzer` (words,
/// stems, stop words) and `IDFTable` (terms) to look keys up straight from UTF-8 buffers without
/// building a `String` per token.
///
/// Linear probing over one array of 24-byte slots: the key's FNV-1a hash, its length, its value,
/// its first eight bytes, and where the whole key starts in a byte arena. A key of at most eight
/// bytes (most words) is compared inside its slot, so a look-up touches one cache line and never
/// the arena: the tables outgrow the caches on a large batch, and the second memory access per
/// look-up was a sixth of `summarize`'s time. The table is at most three quarters full (a batch's
/// word table, some 20,000 words, then stays within a 1 MB L2 cache; half full, it did not).
struct _ByteTable {
    private struct Slot {
        var prefix: UInt64 = 0  // the key's first 8 bytes, zero-padded
        var hash: UInt32 = 0
        var length: Int32 = -1  // -1 = empty
        var value: Int32 = 0
        var offset: Int32 = 0   // in `arena`
    }
    private var arena: [UInt8] = []
    private var slots: [Slot]
    private(set) var count = 0
    private var mask: Int

    /// A table of `capacity` slots (rounded up to a power of two), which holds up to three quarters
    /// of that before it grows.
    /// - Parameter keyBytes: the total length of the keys expected, reserved in the arena up front.
    init(capacity: Int = 1 << 14, keyBytes: Int = 0) {
        var c = 16
        while c < capacity { c <<= 1 }
        slots = [Slot](repeating: Slot(), count: c)
        mask = c - 1
        arena.reserveCapacity(keyBytes)
    }

    /// FNV-1a of the bytes of `p`.
    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = hashSeed
        for b in p { h = hash(h, b) }
        return h
    }

    /// FNV-1a's offset basis, and one step of it (so a scanner can hash as it reads).
    static let hashSeed: UInt32 = 2_166_136_261
    @inline(__always) static func hash(_ h: UInt32, _ b: UInt8) -> UInt32 { (h ^ UInt32(b)) &* 16_777_619 }

    /// The first eight bytes of `key`, zero-padded, as one word (little-endian).
    @inline(__always) static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress else { return 0 }
        if key.count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var p: UInt64 = 0
        for k in 0..<key.count { p |= UInt64(base[k]) << (8 * UInt64(k)) }
        return p
    }

    /// `prefix(key)` in one load, for a key followed by at least `8 - key.count` readable bytes
    /// (a scanner's padded buffer): the bytes past the key are masked off.
    @inline(__always) static func prefix(readingEightBytesOf key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let first8 = UInt64(littleEndian: UnsafeRawPointer(key.baseAddress!).loadUnaligned(as: UInt64.self))
        return key.count >= 8 ? first8 : first8 & ((1 &<< UInt64(8 * key.count)) &- 1)
    }

    /// Whether `slot` holds `key` (whose hash and prefix are given).
    @inline(__always) private func holds(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>, _ h: UInt32, _ p: UInt64,
                                         _ arena: UnsafeBufferPointer<UInt8>) -> Bool {
        guard slot.hash == h, Int(slot.length) == key.count, slot.prefix == p else { return false }
        guard key.count > 8 else { return true }
        return memcmp(arena.baseAddress! + Int(slot.offset) + 8, key.baseAddress! + 8, key.count - 8) == 0
    }

    /// The value stored for `key`, if any.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32? {
        slotIndex(key, hash: h, prefix: Self.prefix(key)).map { slots[$0].value }
    }

    /// The value stored for `key`, if any, given its hash and `prefix(key)` (which a scanner can
    /// take from its buffer in one load).
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32, prefix p: UInt64) -> Int32? {
        slotIndex(key, hash: h, prefix: p).map { slots[$0].value }
    }

    /// Adds `key` (which must not be stored yet) with `value`.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32, value: Int32) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        var i = Int(h) & mask
        while slots[i].length >= 0 { i = (i + 1) & mask }
        slots[i] = Slot(prefix: Self.prefix(key), hash: h, length: Int32(key.count), value: value, offset: Int32(arena.count))
        arena.append(contentsOf: key)
        count += 1
    }

    /// Stores `value` for `key`, replacing the value of an equal key already stored.
    mutating func set(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32, value: Int32) {
        if let i = slotIndex(key, hash: h, prefix: Self.prefix(key)) { slots[i].value = value } else { insert(key, hash: h, value: value) }
    }

    /// Calls `body` with every stored key and its value (in no particular order).
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int32) -> Void) {
        arena.withUnsafeBufferPointer { a in
            for slot in slots where slot.length >= 0 {
                body(UnsafeBufferPointer(rebasing: a[Int(slot.offset)..<Int(slot.offset + slot.length)]), slot.value)
            }
        }
    }

    // The keys of String callers, through their UTF-8 bytes.

    /// The value stored for `key`, if any.
    func find(_ key: String) -> Int32? { Self.withBytes(key) { find($0, hash: Self.hash($0)) } }

    /// Adds `key` (which must not be stored yet) with `value`.
    mutating func insert(_ key: String, value: Int32) { Self.withBytes(key) { insert($0, hash: Self.hash($0), value: value) } }

    /// Stores `value` for `key`, replacing the value of an equal key already stored.
    mutating func set(_ key: String, value: Int32) { Self.withBytes(key) { set($0, hash: Self.hash($0), value: value) } }

    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var s = s
        return s.withUTF8(body)
    }

    /// The index of the slot holding `key`, if any (the one probe loop of the table).
    private func slotIndex(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32, prefix p: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { s in
            arena.withUnsafeBufferPointer { a in
                var i = Int(h) & mask
                while s[i].length >= 0 {
                    if holds(s[i], key, h, p, a) { return i }
                    i = (i + 1) & mask
                }
                return nil
            }
        }
    }

    mutating func removeAll() {
        self = _ByteTable(capacity: slots.count)
    }

    private mutating func grow() {
        let old = slots
        let c = slots.count * 2
        slots = [Slot](repeating: Slot(), count: c)
        mask = c - 1
        for slot in old where slot.length >= 0 {
            var i = Int(slot.hash) & mask
            while slots[i].length >= 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
