#!/usr/bin/env python3
"""Scores `parallax sentences` on sentence-boundary suites in JSONL.

Each case is {"id", "text", "expected": [sentences], "options"}. A case passes when the
segmenter's sentences equal the expected ones after white space is collapsed on both sides
(runs of white space become one space; `parallax sentences` prints a sentence's inner line
breaks as spaces). Cases are grouped by options: "default" (no "clean": true, no "doc_type")
is the mode `parallax sentences` implements; "clean" and "pdf" cases expect the reference
tool's text clean-up as well, and are reported apart. Within each group, "boundaries-only"
counts the cases whose expected sentences are the input text cut up (ignoring white space):
the others also expect the reference tool's text rewriting (Pragmatic Segmenter cleans by
default: it strips HTML tags, dot leaders, letters split over lines), which Parallax never
does because its sentences keep their exact ranges in the original.

Usage: segmentation_check.py --bin .build/release/parallax [--floor-default P] [--floor-all P] [-v] FILE...
Exit status 1 when a pass rate is below its floor (percent).
"""
import argparse
import json
import re
import subprocess
import sys

# Floors set from what the segmenter reaches (Evaluation/results/segmentation.md: default
# 112/130 = 86.2%, default boundaries-only 112/118 = 94.9%, all 211/245 = 86.1%), one or two
# cases below it so that a real regression trips them. The project's goal for default-option
# cases is 97%; the gap is Pragmatic Segmenter's text clean-up, which Parallax does not do.
FLOOR_DEFAULT = 85.0
FLOOR_DEFAULT_BOUNDARIES = 93.0
FLOOR_ALL = 85.0


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def boundaries_only(case):
    """True when the expected sentences are the text itself cut up (white space aside): the case
    tests where sentences end, not a reference tool's text clean-up."""
    strip = lambda t: re.sub(r"\s+", "", t)
    return strip("".join(case["expected"])) == strip(case["text"])


def mode(options):
    if options.get("doc_type") == "pdf":
        return "pdf"
    if options.get("clean") in (True, "true"):
        return "clean"
    return "default"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--floor-default", type=float, default=FLOOR_DEFAULT)
    ap.add_argument("--floor-default-boundaries", type=float, default=FLOOR_DEFAULT_BOUNDARIES)
    ap.add_argument("--floor-all", type=float, default=FLOOR_ALL)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failing case")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    cases = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    cases.append(json.loads(line))
    batch = "\n".join(json.dumps({"id": c["id"], "text": c["text"]}) for c in cases) + "\n"
    run = subprocess.run([args.bin, "sentences", "--jsonl", "-"], input=batch.encode(),
                         capture_output=True, check=False)
    if run.returncode != 0:
        sys.stderr.write(run.stderr.decode())
        return 1
    got = {}
    for line in run.stdout.decode().splitlines():
        o = json.loads(line)
        got[o["id"]] = o["sentences"]

    totals = {}
    fails = []
    for c in cases:
        m = mode(c.get("options", {}))
        ok = [squash(s) for s in got.get(c["id"], [])] == [squash(s) for s in c["expected"] if squash(s)]
        keys = [m] + ([m + "/boundaries-only"] if boundaries_only(c) else [])
        for key in keys:
            p, n = totals.get(key, (0, 0))
            totals[key] = (p + ok, n + 1)
        if not ok:
            fails.append((m, c))

    status = 0
    allp = sum(p for k, (p, _) in totals.items() if "/" not in k)
    alln = sum(n for k, (_, n) in totals.items() if "/" not in k)
    for m in ("default", "default/boundaries-only", "clean", "clean/boundaries-only", "pdf", "pdf/boundaries-only"):
        if m in totals:
            p, n = totals[m]
            print(f"segmentation {m:24s} {p:4d}/{n:<4d} {100.0 * p / n:6.2f}%")
    print(f"segmentation {'all':24s} {allp:4d}/{alln:<4d} {100.0 * allp / alln:6.2f}%")
    pd, nd = totals.get("default", (0, 1))
    if 100.0 * pd / nd < args.floor_default:
        print(f"FAIL: default-option pass rate below the floor of {args.floor_default}%")
        status = 1
    pb, nb = totals.get("default/boundaries-only", (0, 1))
    if 100.0 * pb / nb < args.floor_default_boundaries:
        print(f"FAIL: default-option boundaries-only pass rate below the floor of {args.floor_default_boundaries}%")
        status = 1
    if 100.0 * allp / alln < args.floor_all:
        print(f"FAIL: overall pass rate below the floor of {args.floor_all}%")
        status = 1
    for m, c in fails:
        if args.verbose or m == "default":
            print(f"-- fail [{m}] {c['id']}: {c.get('name', '')}")
            if args.verbose:
                print("   text:     " + json.dumps(c["text"])[:600])
                print("   expected: " + json.dumps([squash(s) for s in c["expected"]])[:900])
                print("   got:      " + json.dumps([squash(s) for s in got.get(c["id"], [])])[:900])
    return status


if __name__ == "__main__":
    sys.exit(main())
