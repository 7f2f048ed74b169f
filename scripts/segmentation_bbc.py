#!/usr/bin/env python3
"""News-domain agreement of `parallax sentences` with the BBC News Summary references.

The references in ../shared/data/bbc/bbc-dev.jsonl are sentences extracted from each article,
one a line, split by the dataset's makers (their splitter, not a hand-checked gold: it splits
inside quotations, which Parallax deliberately does not). The number printed is the share of
reference sentences that `parallax sentences` produces exactly (white space collapsed), overall
and for reference sentences without a quotation mark. No floor: it is context, not a check.

Usage: segmentation_bbc.py --bin .build/release/parallax ../shared/data/bbc/bbc-dev.jsonl
"""
import argparse
import json
import re
import subprocess
import sys


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("file")
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.file, encoding="utf-8") if l.strip()]
    batch = "".join(json.dumps({"id": r["id"], "text": r["article"]}) + "\n" for r in rows)
    run = subprocess.run([args.bin, "sentences", "--jsonl", "-"], input=batch.encode(), capture_output=True, check=True)
    got = {}
    for line in run.stdout.decode().splitlines():
        o = json.loads(line)
        got[o["id"]] = {squash(s) for s in o["sentences"]}
    counts = {"all": [0, 0], "without quotation marks": [0, 0]}
    for r in rows:
        for s in r["reference"].split("\n"):
            s = squash(s)
            if not s:
                continue
            keys = ["all"] + ([] if re.search("[\"“”]", s) else ["without quotation marks"])
            for k in keys:
                counts[k][1] += 1
                counts[k][0] += s in got[r["id"]]
    for k, (hit, n) in counts.items():
        print(f"bbc reference sentences reproduced, {k:24s} {hit:5d}/{n:<5d} {100.0 * hit / n:6.2f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
