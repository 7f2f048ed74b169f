/// Longest common subsequences over token ids, bit-parallel (Hyyrö 2004, "Bit-parallel LCS-length
/// computation revisited"): the reference is a bit vector, each predicted token updates it with
/// one add and two masks per 64 reference tokens, so a 5,000 × 5,000 LCS costs ~0.4 M word
/// operations instead of 25 M cells.
///
/// The union-LCS marking walks back through the stored columns with the tie-breaking of
/// rouge-score's `_backtrack_norec` and ROUGE-1.5.5's `markLCS` (equal tokens: diagonal; else
/// left only when strictly better, otherwise up), so the same LCS is chosen.
struct _LCS {
    private var symbolOf: [Int32] = []     // final token id → row of `masks`, -1 if not in the reference
    private var masks: [UInt64] = []
    private var v: [UInt64] = []
    private var columns: [UInt64] = []

    /// Builds match masks for `a`; returns the number of 64-bit words per vector.
    private mutating func prepare(_ a: UnsafeBufferPointer<Int32>, vocabulary: Int) -> Int {
        if symbolOf.count < vocabulary { symbolOf += [Int32](repeating: -1, count: vocabulary - symbolOf.count) }
        let words = (a.count + 63) >> 6
        var symbols: Int32 = 0
        for t in a where symbolOf[Int(t)] < 0 { symbolOf[Int(t)] = symbols; symbols += 1 }
        let need = Int(symbols) * words
        if masks.count < need { masks = [UInt64](repeating: 0, count: need) }
        else { for k in 0..<need { masks[k] = 0 } }
        for (i, t) in a.enumerated() {
            masks[Int(symbolOf[Int(t)]) * words + (i >> 6)] |= 1 << UInt64(i & 63)
        }
        return words
    }

    private mutating func release(_ a: UnsafeBufferPointer<Int32>) {
        for t in a { symbolOf[Int(t)] = -1 }
    }

    /// |LCS(a, b)|.
    mutating func length(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, vocabulary: Int) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let words = prepare(a, vocabulary: vocabulary)
        defer { release(a) }
        if v.count < words { v = [UInt64](repeating: 0, count: words) }
        for k in 0..<words { v[k] = ~0 }
        let symbolOf = self.symbolOf
        return v.withUnsafeMutableBufferPointer { v in
            masks.withUnsafeBufferPointer { masks in
                for t in b {
                    let s = symbolOf[Int(t)]
                    if s < 0 { continue }
                    Self.step(v, masks, Int(s) * words, words)
                }
            }
            return Self.zeros(UnsafeBufferPointer(v), offset: 0, below: a.count)
        }
    }

    @inline(__always)
    private static func step(_ v: UnsafeMutableBufferPointer<UInt64>, _ masks: UnsafeBufferPointer<UInt64>, _ base: Int, _ words: Int) {
        if words == 1 {
            let x = v[0], m = masks[base]
            let u = x & m
            v[0] = (x &+ u) | (x & ~m)
            return
        }
        var carry: UInt64 = 0
        for k in 0..<words {
            let x = v[k], m = masks[base + k]
            let u = x & m
            let (s1, o1) = x.addingReportingOverflow(u)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            carry = (o1 || o2) ? 1 : 0
            v[k] = s2 | (x & ~m)
        }
    }

    /// Number of zero bits among bits 0 ..< i of the vector at `offset`: the LCS length of the
    /// first i reference tokens.
    @inline(__always)
    private static func zeros(_ v: UnsafeBufferPointer<UInt64>, offset: Int, below i: Int) -> Int {
        var ones = 0
        let full = i >> 6
        for k in 0..<full { ones += v[offset + k].nonzeroBitCount }
        let rest = i & 63
        if rest > 0 { ones += (v[offset + full] & ((1 << UInt64(rest)) - 1)).nonzeroBitCount }
        return i - ones
    }

    /// Marks in `hit` (indexed like `a`) the positions of `a` on the LCS of `a` and `b` that
    /// rouge-score's backtrack (and ROUGE-1.5.5's `markLCS`) picks.
    mutating func mark(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, vocabulary: Int,
                       hit: UnsafeMutableBufferPointer<Bool>) {
        guard !a.isEmpty, !b.isEmpty else { return }
        let words = prepare(a, vocabulary: vocabulary)
        defer { release(a) }
        let need = (b.count + 1) * words
        if columns.count < need { columns = [UInt64](repeating: 0, count: need) }
        let symbolOf = self.symbolOf
        columns.withUnsafeMutableBufferPointer { col in
            masks.withUnsafeBufferPointer { masks in
                for k in 0..<words { col[k] = ~0 }
                for j in 0..<b.count {
                    let src = j * words, dst = (j + 1) * words
                    for k in 0..<words { col[dst + k] = col[src + k] }
                    let s = symbolOf[Int(b[j])]
                    if s < 0 { continue }
                    Self.step(UnsafeMutableBufferPointer(rebasing: col[dst ..< dst + words]), masks, Int(s) * words, words)
                }
            }
            let c = UnsafeBufferPointer(col)
            var i = a.count, j = b.count
            while i > 0 && j > 0 {
                if a[i - 1] == b[j - 1] {
                    hit[i - 1] = true
                    i -= 1; j -= 1
                } else {
                    let left = Self.zeros(c, offset: (j - 1) * words, below: i)
                    let up = Self.zeros(c, offset: j * words, below: i - 1)
                    if left > up { j -= 1 } else { i -= 1 }
                }
            }
        }
    }
}
