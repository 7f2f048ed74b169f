import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Everything one thread needs to score pairs without allocating per pair: the tokenizer's
/// tables, count arrays indexed by token id, the n-gram pair table and the LCS buffers.
final class _Workspace {
    let analyzer: _Analyzer
    private var counts: [Int32] = []        // by final token id; all zero between calls
    private var counts2: [Int32] = []
    private var gramCounts: [Int32] = []    // by local n-gram id
    private var pairs = _PairInterner()
    private var lcs = _LCS()
    private var levelR: [Int32] = [], levelP: [Int32] = []
    private var hitMask: [Bool] = []
    var reference = _Tokens(), prediction = _Tokens()

    init(_ tokenizer: ROUGETokenizer) { analyzer = _Analyzer(tokenizer) }

    private func ensureVocabulary() {
        let v = analyzer.vocabularySize
        if counts.count < v {
            counts += [Int32](repeating: 0, count: v - counts.count)
            counts2 += [Int32](repeating: 0, count: v - counts2.count)
        }
    }

    // MARK: ROUGE-N

    /// Clipped n-gram matches: Σ_g min(count_ref(g), count_pred(g)).
    func ngram(_ n: Int, _ r: [Int32], _ p: [Int32]) -> _Counts {
        let rc = max(r.count - n + 1, 0), pc = max(p.count - n + 1, 0)
        var hits = 0
        if rc > 0 && pc > 0 {
            if n == 1 {
                ensureVocabulary()
                hits = clippedHits(r, p, into: &counts)
            } else {
                // Own the tables locally for the loops (no dynamic exclusivity checks).
                var pairs = _PairInterner(placeholder: ())
                swap(&pairs, &self.pairs)
                var lr: [Int32] = [], lp: [Int32] = []
                swap(&lr, &levelR); swap(&lp, &levelP)
                lr.removeAll(keepingCapacity: true); lr.append(contentsOf: r)
                lp.removeAll(keepingCapacity: true); lp.append(contentsOf: p)
                for k in 2...n {
                    // Ids of order k are the left halves of order k + 1: a fresh table keeps
                    // (k-gram id, token) keys apart from ((k−1)-gram id, token) keys.
                    pairs.reset(expected: rc + pc)
                    for i in 0..<(r.count - k + 1) { lr[i] = pairs.id(lr[i], r[i + k - 1]) }
                    lr.removeLast(lr.count - (r.count - k + 1))
                    for i in 0..<(p.count - k + 1) { lp[i] = pairs.id(lp[i], p[i + k - 1]) }
                    lp.removeLast(lp.count - (p.count - k + 1))
                }
                if gramCounts.count < Int(pairs.count) { gramCounts += [Int32](repeating: 0, count: Int(pairs.count) - gramCounts.count) }
                hits = clippedHits(lr, lp, into: &gramCounts)
                swap(&lr, &levelR); swap(&lp, &levelP)
                swap(&pairs, &self.pairs)
            }
        }
        let sel = rc > 0 ? Double(hits) / Double(rc) : 0
        return _Counts(hits: Double(hits), reference: Double(rc), prediction: Double(pc), selection: sel)
    }

    /// Σ min(count in a, count in b) over ids, with `scratch` all zero before and after.
    private func clippedHits(_ a: [Int32], _ b: [Int32], into scratch: inout [Int32]) -> Int {
        var hits = 0
        scratch.withUnsafeMutableBufferPointer { c in
            for t in a { c[Int(t)] += 1 }
            for t in b where c[Int(t)] > 0 { c[Int(t)] -= 1; hits += 1 }
            for t in a { c[Int(t)] = 0 }
        }
        return hits
    }

    // MARK: ROUGE-S / SU

    /// Skip bigrams (i < j ≤ i + d + 1) and, for SU, unigrams at positions 0 ..< count − 1
    /// (ROUGE-1.5.5's loop leaves out the last token's unigram).
    func skipBigram(maxSkip: Int?, unigrams: Bool, _ r: [Int32], _ p: [Int32]) -> _Counts {
        var pairs = _PairInterner(placeholder: ())
        swap(&pairs, &self.pairs)
        defer { swap(&pairs, &self.pairs) }
        pairs.reset(expected: 1024)
        func grams(_ t: [Int32], into out: inout [Int32]) {
            out.removeAll(keepingCapacity: true)
            guard t.count >= 2 else { return }
            for i in 0..<(t.count - 1) {
                if unigrams { out.append(pairs.id(t[i], -1)) }
                let last = maxSkip.map { min(t.count - 1, i + $0 + 1) } ?? (t.count - 1)
                for j in (i + 1)...last { out.append(pairs.id(t[i], t[j])) }
            }
        }
        grams(r, into: &levelR)
        grams(p, into: &levelP)
        if gramCounts.count < Int(pairs.count) { gramCounts += [Int32](repeating: 0, count: Int(pairs.count) - gramCounts.count) }
        let hits = levelR.isEmpty || levelP.isEmpty ? 0 : clippedHits(levelR, levelP, into: &gramCounts)
        let rc = Double(levelR.count)
        return _Counts(hits: Double(hits), reference: rc, prediction: Double(levelP.count),
                       selection: rc > 0 ? Double(hits) / rc : 0)
    }

    // MARK: LCS

    /// rouge-score's `rougeL`: LCS of the two whole token sequences.
    func lcsWhole(_ r: [Int32], _ p: [Int32]) -> _Counts {
        guard !r.isEmpty, !p.isEmpty else {
            return _Counts(hits: 0, reference: Double(r.count), prediction: Double(p.count), selection: 0)
        }
        let v = analyzer.vocabularySize
        let l = r.withUnsafeBufferPointer { a in p.withUnsafeBufferPointer { b in lcs.length(a, b, vocabulary: v) } }
        return _Counts(hits: Double(l), reference: Double(r.count), prediction: Double(p.count),
                       selection: Double(l) / Double(r.count))
    }

    /// Summary-level LCS (rouge-score's `rougeLsum`, ROUGE-1.5.5's ROUGE-L): for each reference
    /// sentence, the union of its LCS positions against every predicted sentence; each union
    /// token counts as a hit only while both texts still have an unused occurrence of it.
    ///
    /// `clipR`/`clipP` are the texts whose unigram counts clip the hits and whose length is the
    /// prediction total: the same tokens as `r`/`p` except under a byte limit, where
    /// ROUGE-1.5.5 takes them from its n-gram reader (`readText`) and the sentences from
    /// `readText_LCS`, which truncate differently.
    func lcsSummary(_ r: _Tokens, _ p: _Tokens, clipR: [Int32], clipP: [Int32]) -> _Counts {
        let m = r.ids.count, n = clipP.count
        guard m > 0, n > 0 else { return _Counts(hits: 0, reference: Double(m), prediction: Double(n), selection: 0) }
        ensureVocabulary()
        let v = analyzer.vocabularySize
        var hits = 0
        counts.withUnsafeMutableBufferPointer { cr in
            counts2.withUnsafeMutableBufferPointer { cp in
                for t in clipR { cr[Int(t)] += 1 }
                for t in clipP { cp[Int(t)] += 1 }
                r.ids.withUnsafeBufferPointer { rid in
                    p.ids.withUnsafeBufferPointer { pid in
                        for s in 0..<r.sentenceCount {
                            let rs = Int(r.starts[s]), re = Int(r.starts[s + 1])
                            if rs == re { continue }
                            let a = UnsafeBufferPointer(rebasing: rid[rs ..< re])
                            if hitMask.count < a.count { hitMask = [Bool](repeating: false, count: a.count) }
                            hitMask.withUnsafeMutableBufferPointer { mask in
                                for k in 0..<a.count { mask[k] = false }
                                lcs.markUnion(a, pid, starts: p.starts, vocabulary: v, hit: mask)
                                for k in 0..<a.count where mask[k] {
                                    let t = Int(a[k])
                                    if cr[t] > 0 && cp[t] > 0 { hits += 1; cr[t] -= 1; cp[t] -= 1 }
                                }
                            }
                        }
                    }
                }
                for t in clipR { cr[Int(t)] = 0 }
                for t in clipP { cp[Int(t)] = 0 }
            }
        }
        return _Counts(hits: Double(hits), reference: Double(m), prediction: Double(n),
                       selection: Double(hits) / Double(m))
    }

    // MARK: ROUGE-W

    /// ROUGE-1.5.5's summary-level weighted LCS with f(k) = k^w, including its bookkeeping:
    /// a run of consecutive hits is credited f(run) when it ends, the reference total is
    /// f(Σ f(sentence length)) (f applied twice, as `computeWLCSScore` does) and the prediction
    /// total f(token count).
    func wlcs(weight w: Double, _ r: _Tokens, _ p: _Tokens, clipR: [Int32], clipP: [Int32]) -> _Counts {
        let m = r.ids.count, n = clipP.count
        guard m > 0, n > 0, !p.ids.isEmpty else { return _Counts(hits: 0, reference: 0, prediction: 0, selection: 0) }
        ensureVocabulary()
        for t in clipR { counts[Int(t)] += 1 }
        for t in clipP { counts2[Int(t)] += 1 }
        var hits = 0.0, base = 0.0
        for s in 0..<r.sentenceCount {
            let a = Array(r.sentence(s))
            base += Glibc.pow(Double(a.count), w)
            if a.isEmpty { continue }
            var mask = [Bool](repeating: false, count: a.count)
            for q in 0..<p.sentenceCount {
                let b = Array(p.sentence(q))
                if !b.isEmpty { _wlcsMark(a, b, weight: w, mask: &mask) }
            }
            var run = 0
            for j in 0..<a.count where mask[j] {
                let t = Int(a[j])
                if counts[t] > 0 && counts2[t] > 0 {
                    run += 1
                    if (j + 1 < a.count && !mask[j + 1]) || j + 1 == a.count {
                        hits += Glibc.pow(Double(run), w)
                        run = 0
                    }
                    counts[t] -= 1; counts2[t] -= 1
                }
            }
        }
        for t in clipR { counts[Int(t)] = 0 }
        for t in clipP { counts2[Int(t)] = 0 }
        return _Counts(hits: hits, reference: Glibc.pow(base, w), prediction: Glibc.pow(Double(n), w),
                       selection: base > 0 ? Glibc.pow(hits / base, 1 / w) : 0)
    }
}

/// ROUGE-1.5.5's `wlcs_inner` + `markLCS`: the weighted-LCS table (c[i][j] gains
/// f(k+1) − f(k) on a match extending a run of k), ties going up, and the path's diagonal
/// positions marked in `mask`.
func _wlcsMark(_ a: [Int32], _ b: [Int32], weight w: Double, mask: inout [Bool]) {
    let m = a.count, n = b.count
    var cPrev = [Double](repeating: 0, count: n + 1), cCur = cPrev
    var lPrev = [Int](repeating: 0, count: n + 1), lCur = lPrev
    var dir = [UInt8](repeating: 0, count: (m + 1) * (n + 1))  // 1 diagonal, 2 up, 3 left
    for i in 1...m {
        cCur[0] = 0; lCur[0] = 0
        for j in 1...n {
            if a[i - 1] == b[j - 1] {
                let k = lPrev[j - 1]
                cCur[j] = cPrev[j - 1] + Glibc.pow(Double(k + 1), w) - Glibc.pow(Double(k), w)
                dir[i * (n + 1) + j] = 1
                lCur[j] = k + 1
            } else if cPrev[j] >= cCur[j - 1] {
                cCur[j] = cPrev[j]; dir[i * (n + 1) + j] = 2; lCur[j] = 0
            } else {
                cCur[j] = cCur[j - 1]; dir[i * (n + 1) + j] = 3; lCur[j] = 0
            }
        }
        swap(&cPrev, &cCur); swap(&lPrev, &lCur)
    }
    var i = m, j = n
    while i != 0 && j != 0 {
        switch dir[i * (n + 1) + j] {
        case 1: i -= 1; j -= 1; mask[i] = true
        case 2: i -= 1
        default: j -= 1
        }
    }
}
