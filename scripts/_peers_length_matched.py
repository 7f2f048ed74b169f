#!/usr/bin/env python3
"""Is a peer's lead over one of our methods a length effect?

usage: _peers_length_matched.py REFS.jsonl OURS.jsonl PEER.jsonl [--key rouge1] [--within 3]

REFS: {"id","reference"} (as `parallax evaluate --export-inputs` writes it); OURS/PEER: outputs
files {"id","summary"}. Scores both with rouge-score 0.1.2 (use_stemmer=True, the setting of
the results tables) and prints: the mean F1 difference (peer - ours) over all documents, the
correlation between the word-count difference and the F1 difference, and the mean difference
over the documents whose two summaries are within --within words of each other.
Run with the peers' venv (scripts/_venv.sh: parallax_peers_python).
"""
import argparse
import json
import statistics

from rouge_score import rouge_scorer


def load(path, key):
    with open(path, encoding="utf-8") as f:
        return {str(r["id"]): r[key] for r in map(json.loads, filter(str.strip, f))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("refs"); ap.add_argument("ours"); ap.add_argument("peer")
    ap.add_argument("--key", default="rouge1"); ap.add_argument("--within", type=int, default=3)
    a = ap.parse_args()
    refs, ours, peer = load(a.refs, "reference"), load(a.ours, "summary"), load(a.peer, "summary")
    scorer = rouge_scorer.RougeScorer([a.key], use_stemmer=True)
    dw, df, matched = [], [], []
    for i, ref in refs.items():
        fo = scorer.score(ref, ours[i])[a.key].fmeasure
        fp = scorer.score(ref, peer[i])[a.key].fmeasure
        w = len(peer[i].split()) - len(ours[i].split())
        dw.append(w); df.append(fp - fo)
        if abs(w) <= a.within:
            matched.append(fp - fo)
    print(f"{a.key}: peer - ours = {100 * statistics.fmean(df):+.2f} points over {len(df)} documents; "
          f"corr(word difference, F1 difference) = {statistics.correlation(dw, df):.2f}; "
          f"{len(matched)} documents within {a.within} words: {100 * statistics.fmean(matched):+.2f} points")


if __name__ == "__main__":
    main()
