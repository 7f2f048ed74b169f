/// An open-addressing hash table from byte strings to `Int32`, used by `TermAnalyzer` to look
/// words up straight from the UTF-8 buffer without building a `String` per token.
///
/// Linear probing over one array of 16-byte slots (offset into the key arena, length, value,
/// FNV-1a hash), so a probe touches one cache line; the table is at most half full.
struct _ByteTable {
    private struct Slot {
        var offset: Int32 = -1  // -1 = empty
        var length: Int32 = 0
        var value: Int32 = 0
        var hash: UInt32 = 0
    }
    private var arena: [UInt8] = []
    private var slots: [Slot]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 14) {
        var c = 16
        while c < capacity { c <<= 1 }
        slots = [Slot](repeating: Slot(), count: c)
        mask = c - 1
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

    /// The value stored for `key`, if any.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32? {
        slots.withUnsafeBufferPointer { s in
            arena.withUnsafeBufferPointer { a in
                var i = Int(h) & mask
                while true {
                    let slot = s[i]
                    if slot.offset < 0 { return nil }
                    if slot.hash == h, Int(slot.length) == key.count,
                       key.count == 0 || memcmp(a.baseAddress! + Int(slot.offset), key.baseAddress!, key.count) == 0 {
                        return slot.value
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32, value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = Int(h) & mask
        while slots[i].offset >= 0 { i = (i + 1) & mask }
        slots[i] = Slot(offset: Int32(arena.count), length: Int32(key.count), value: value, hash: h)
        arena.append(contentsOf: key)
        count += 1
    }

    /// Stores `value` for `key`, replacing the value of an equal key already stored.
    mutating func set(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32, value: Int32) {
        if let i = slotIndex(key, hash: h) { slots[i].value = value } else { insert(key, hash: h, value: value) }
    }

    /// Calls `body` with every stored key and its value (in no particular order).
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int32) -> Void) {
        arena.withUnsafeBufferPointer { a in
            for slot in slots where slot.offset >= 0 {
                body(UnsafeBufferPointer(rebasing: a[Int(slot.offset)..<Int(slot.offset + slot.length)]), slot.value)
            }
        }
    }

    private func slotIndex(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int? {
        var i = Int(h) & mask
        while slots[i].offset >= 0 {
            let slot = slots[i]
            if slot.hash == h, Int(slot.length) == key.count,
               arena.withUnsafeBufferPointer({ a in key.elementsEqual(a[Int(slot.offset)..<Int(slot.offset + slot.length)]) }) {
                return i
            }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func removeAll() {
        self = _ByteTable(capacity: slots.count)
    }

    private mutating func grow() {
        let old = slots
        let c = slots.count * 2
        slots = [Slot](repeating: Slot(), count: c)
        mask = c - 1
        for slot in old where slot.offset >= 0 {
            var i = Int(slot.hash) & mask
            while slots[i].offset >= 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
