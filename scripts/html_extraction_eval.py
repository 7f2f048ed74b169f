#!/usr/bin/env python3
"""Score `parallax extract --body-only` on the article-extraction benchmark pages.

Usage: html_extraction_eval.py DATA_DIR [--binary PATH] [--floor F] [--per-page] [--out DIR]

DATA_DIR is ../shared/data/html-extraction (html/<id>.html.gz, ground-truth.json,
peer-scores-dev.json). Each page is decompressed into a temporary file, the binary is run on it
once, and its stdout is scored against `articleBody` with the benchmark's metric, implemented
here from its description (scrapinghub/article-extraction-benchmark, README of the data dir):

- tokens are `\\w+` runs (Python `re`, Unicode);
- each text becomes the multiset of its 4-token shingles (a text of fewer than 4 tokens is
  one shingle holding all its tokens, and an empty text has none);
- per page tp = shared shingles, fp = predicted only, fn = true only; tp, fp and fn are then
  divided by their sum so that every page weighs the same;
- precision = mean of tp / (tp + fp) over pages with tp + fp > 0, recall = mean of
  tp / (tp + fn) over pages with tp + fn > 0; F1 = 2PR / (P + R) of those means.

Standard library only. Exits 1 when F1 is below --floor, 2 on a usage or data error.
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth, predicted):
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def aggregate(counts):
    ps = [tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    rs = [tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--binary", default=".build/release/parallax")
    ap.add_argument("--floor", type=float, default=0.0)
    ap.add_argument("--per-page", action="store_true", help="print each page's P, R and F1")
    ap.add_argument("--out", help="keep each page's output in this directory")
    args = ap.parse_args()

    try:
        with open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
        with open(os.path.join(args.data, "peer-scores-dev.json"), encoding="utf-8") as f:
            peers = json.load(f)["systems"]
    except (OSError, ValueError, KeyError) as e:
        print(f"html-extraction: cannot read the benchmark in {args.data}: {e}", file=sys.stderr)
        return 2
    if not os.access(args.binary, os.X_OK):
        print(f"html-extraction: {args.binary} is not an executable (build it first)", file=sys.stderr)
        return 2

    counts, failures = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for page_id in sorted(truth):
            path = os.path.join(tmp, page_id + ".html")
            with gzip.open(os.path.join(args.data, "html", page_id + ".html.gz")) as src, open(path, "wb") as dst:
                dst.write(src.read())
            run = subprocess.run([args.binary, "extract", "--body-only", path],
                                 capture_output=True, timeout=60)
            if run.returncode != 0:
                failures += 1
                print(f"  {page_id[:12]}: exit {run.returncode}: "
                      f"{run.stderr.decode('utf-8', 'replace').strip()[:200]}", file=sys.stderr)
            predicted = run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""
            if args.out:
                os.makedirs(args.out, exist_ok=True)
                with open(os.path.join(args.out, page_id[:12] + ".txt"), "w", encoding="utf-8") as f:
                    f.write(predicted)
            c = page_counts(truth[page_id]["articleBody"], predicted)
            counts.append(c)
            if args.per_page:
                p, r, f1 = aggregate([c])
                print(f"  {page_id[:12]}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  {truth[page_id]['url'][:70]}")

    p, r, f = aggregate(counts)
    rows = [(name, s["precision"], s["recall"], s["f1"]) for name, s in peers.items()]
    rows.append(("parallax (this build)", p, r, f))
    rows.sort(key=lambda row: -row[3])
    print(f"HTML extraction on {len(counts)} pages ({failures} failed), shingle metric (4-grams of \\w+ tokens)")
    print(f"{'system':<24} {'precision':>9} {'recall':>7} {'F1':>7}")
    for name, sp, sr, sf in rows:
        mark = "  <==" if name.startswith("parallax") else ""
        print(f"{name:<24} {sp:9.4f} {sr:7.4f} {sf:7.4f}{mark}")
    if f < args.floor:
        print(f"html-extraction: F1 {f:.4f} is below the floor {args.floor:.3f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
