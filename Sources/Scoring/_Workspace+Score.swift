import FoundationEssentials

extension _Workspace {
    /// Scores `prediction` against `references` for every metric of `scorer`.
    func score(_ references: [String], _ prediction: String, _ scorer: ROUGEScorer) -> ROUGEScores {
        let o = scorer.options
        let rouge155 = o.mode == .rouge155
        let limited = o.lengthLimit != nil
        // Under a byte limit ROUGE-1.5.5 reads each text twice (n-gram and LCS readers); the
        // "L" token lists are then separate, otherwise they are the "N" ones.
        // Token buffers are the workspace's, borrowed for the call (no allocation per pair).
        var pN = _Tokens(), rN = _Tokens()
        swap(&pN, &self.prediction); swap(&rN, &self.reference)
        defer { swap(&pN, &self.prediction); swap(&rN, &self.reference) }
        var pLimited = _Tokens()
        analyze(prediction, o.lengthLimit, lcsStyle: false, into: &pN)
        if limited { analyze(prediction, o.lengthLimit, lcsStyle: true, into: &pLimited) }
        let pL = limited ? pLimited : pN

        func counts(_ metric: ROUGEMetric, _ rN: _Tokens, _ rL: _Tokens) -> _Counts {
            switch metric {
            case .n(let n): return ngram(n, rN.ids, pN.ids)
            case .l: return rouge155 ? lcsSummary(rL, pL, clipR: rN.ids, clipP: pN.ids) : lcsWhole(rN.ids, pN.ids)
            case .lsum: return lcsSummary(rL, pL, clipR: rN.ids, clipP: pN.ids)
            case .w(let w): return wlcs(weight: w, rL, pL, clipR: rN.ids, clipP: pN.ids)
            case .s(let d, let u): return skipBigram(maxSkip: d, unigrams: u, rN.ids, pN.ids)
            }
        }
        if references.count == 1 && !limited {
            analyze(references[0], nil, lcsStyle: false, into: &rN)
            return ROUGEScores(metrics: scorer.metrics, values: scorer.metrics.map {
                Self.combine([counts($0, rN, rN)], metric: $0, options: o)
            })
        }

        // counts[metric][reference]
        var perMetric = [[_Counts]](repeating: [], count: scorer.metrics.count)
        var rLimited = _Tokens()
        for reference in references {
            analyze(reference, o.lengthLimit, lcsStyle: false, into: &rN)
            if limited { analyze(reference, o.lengthLimit, lcsStyle: true, into: &rLimited) }
            let rL = limited ? rLimited : rN
            for (k, metric) in scorer.metrics.enumerated() { perMetric[k].append(counts(metric, rN, rL)) }
        }
        var values: [Score] = []
        values.reserveCapacity(scorer.metrics.count)
        for (k, metric) in scorer.metrics.enumerated() {
            values.append(Self.combine(perMetric[k], metric: metric, options: o))
        }
        return ROUGEScores(metrics: scorer.metrics, values: values)
    }

    private func analyze(_ text: String, _ limit: ROUGEScorer.LengthLimit?, lcsStyle: Bool, into doc: inout _Tokens) {
        doc.clear()
        if let limit {
            let bytes = _truncate(Array(text.utf8), limit, lcsStyle: lcsStyle)
            bytes.withUnsafeBufferPointer { analyzer.analyze(bytes: $0, into: &doc) }
        } else {
            analyzer.analyze(text, into: &doc)
        }
    }

    /// Turns per-reference counts into one score (single, best, average or jackknifed).
    static func combine(_ counts: [_Counts], metric: ROUGEMetric, options o: ROUGEScorer.Options) -> Score {
        guard !counts.isEmpty else { return .zero }
        if o.jackknife && counts.count >= 2 {
            var p = 0.0, r = 0.0, f = 0.0
            for leftOut in counts.indices {
                var subset = counts
                subset.remove(at: leftOut)
                let s = combineAll(subset, metric: metric, options: o)
                p += s.precision; r += s.recall; f += s.fmeasure
            }
            let m = Double(counts.count)
            return Score(precision: p / m, recall: r / m, fmeasure: f / m)
        }
        return combineAll(counts, metric: metric, options: o)
    }

    private static func combineAll(_ counts: [_Counts], metric: ROUGEMetric, options o: ROUGEScorer.Options) -> Score {
        var weight: Double? = nil
        if case .w(let w) = metric { weight = w }
        let round = o.mode == .rouge155
        func score(_ c: _Counts) -> Score { c.score(weight: weight, alpha: o.alpha, roundTo5: round) }
        if counts.count == 1 { return score(counts[0]) }
        switch (o.effectiveMultiReference, o.mode) {
        case (.average, _):
            return score(counts.reduce(.zero, +))
        case (.best, .rougeScore):
            // rouge-score's score_multi: the reference with the highest F (first on ties).
            var best = score(counts[0])
            for c in counts.dropFirst() {
                let s = score(c)
                if s.fmeasure > best.fmeasure { best = s }
            }
            return best
        case (.best, .rouge155):
            // ROUGE-1.5.5 -f B: the reference with the highest recall-like score, strictly.
            var best = counts[0]
            for c in counts.dropFirst() where c.selection > best.selection { best = c }
            return score(best)
        }
    }
}

/// ROUGE-1.5.5's `-l` / `-b` truncation of a one-sentence-per-line text, on bytes.
///
/// Non-empty lines are taken in order while the running total stays below the limit; the line
/// that reaches it is cut (words: its first `limit − total` whitespace-separated fields,
/// bytes: its first `limit − total` bytes) and ends the text. `lcsStyle` reproduces
/// `readText_LCS`, whose byte limit never adds up the lines it keeps, so each line shorter
/// than the limit is kept whole and the first longer one is cut at the limit.
func _truncate(_ text: [UInt8], _ limit: ROUGEScorer.LengthLimit, lcsStyle: Bool) -> [UInt8] {
    let lines = text.split(separator: 10, omittingEmptySubsequences: true)
    var out: [UInt8] = []
    var total = 0
    @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
    func fields(_ s: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        // Perl's split(/\s+/): a leading empty field when the line starts with white space,
        // and no fields at all for a line of white space only.
        var f = s.split(whereSeparator: isSpace)
        if !f.isEmpty, let first = s.first, isSpace(first) { f.insert(s[s.startIndex ..< s.startIndex], at: 0) }
        return f
    }
    for line in lines {
        if !out.isEmpty { out.append(10) }
        switch limit {
        case .words(let n):
            let f = fields(line)
            if total + f.count < n {
                out.append(contentsOf: line)
                total += f.count
            } else {
                for (k, w) in f.prefix(n - total).enumerated() {
                    if k > 0 { out.append(32) }
                    out.append(contentsOf: w)
                }
                return out
            }
        case .bytes(let n):
            if total + line.count < n {
                out.append(contentsOf: line)
                if !lcsStyle { total += line.count }
            } else {
                out.append(contentsOf: line.prefix(n - total))
                return out
            }
        }
    }
    return out
}
