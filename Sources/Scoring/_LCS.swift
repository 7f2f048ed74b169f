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
    private var bSymbols: [Int32] = []     // row of `masks` for each predicted token, -1 if none

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

    /// Looks up each token of `b` in the masks built for `a`, then clears `a`'s symbols so the
    /// table is all −1 again (no copy of it is ever kept, so no copy-on-write).
    private mutating func symbols(of b: UnsafeBufferPointer<Int32>, releasing a: UnsafeBufferPointer<Int32>) {
        bSymbols.removeAll(keepingCapacity: true)
        for t in b { bSymbols.append(symbolOf[Int(t)]) }
        for t in a { symbolOf[Int(t)] = -1 }
    }

    /// |LCS(a, b)|.
    mutating func length(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, vocabulary: Int) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let words = prepare(a, vocabulary: vocabulary)
        symbols(of: b, releasing: a)
        if v.count < words { v = [UInt64](repeating: 0, count: words) }
        for k in 0..<words { v[k] = ~0 }
        return v.withUnsafeMutableBufferPointer { v in
            masks.withUnsafeBufferPointer { masks in
                for s in bSymbols {
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

    /// Marks in `hit` (indexed like `a`) the positions of `a` on the LCS of `a` with each of
    /// the sentences of `b` (`starts` as in `_Tokens`) that rouge-score's backtrack (and
    /// ROUGE-1.5.5's `markLCS`) picks: the union LCS of one reference sentence.
    ///
    /// The backtrack needs no table: where a[i−1] ≠ b[j−1], rouge-score goes left exactly when
    /// c[i][j−1] > c[i−1][j], which (as c[i][j] = max of the two) holds exactly when
    /// c[i][j] − c[i−1][j] = 1, i.e. when bit i−1 of column j is 0.
    mutating func markUnion(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, starts: [Int32],
                            vocabulary: Int, hit: UnsafeMutableBufferPointer<Bool>) {
        guard !a.isEmpty, !b.isEmpty else { return }
        let words = prepare(a, vocabulary: vocabulary)
        symbols(of: b, releasing: a)
        var longest = 0
        for q in 0..<(starts.count - 1) { longest = max(longest, Int(starts[q + 1] - starts[q])) }
        let need = (longest + 1) * words
        if columns.count < need { columns = [UInt64](repeating: 0, count: need) }
        let bSymbols = self.bSymbols
        columns.withUnsafeMutableBufferPointer { col in
            masks.withUnsafeBufferPointer { masks in
                for q in 0..<(starts.count - 1) {
                    let from = Int(starts[q]), n = Int(starts[q + 1]) - from
                    if n == 0 { continue }
                    for k in 0..<words { col[k] = ~0 }
                    for j in 0..<n {
                        let src = j * words, dst = (j + 1) * words
                        for k in 0..<words { col[dst + k] = col[src + k] }
                        let s = bSymbols[from + j]
                        if s < 0 { continue }
                        Self.step(UnsafeMutableBufferPointer(rebasing: col[dst ..< dst + words]), masks, Int(s) * words, words)
                    }
                    var i = a.count, j = n
                    while i > 0 && j > 0 {
                        if a[i - 1] == b[from + j - 1] {
                            hit[i - 1] = true
                            i -= 1; j -= 1
                        } else if col[j * words + ((i - 1) >> 6)] & (1 << UInt64((i - 1) & 63)) == 0 {
                            j -= 1
                        } else {
                            i -= 1
                        }
                    }
                }
            }
        }
    }
}
