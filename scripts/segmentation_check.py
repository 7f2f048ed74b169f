#!/usr/bin/env python3
"""Scores `parallax sentences` (default and `--clean` mode) on sentence-boundary suites in JSONL.

Each case is {"id", "text", "expected": [sentences], "options"}. A case passes when the
segmenter's sentences equal the expected ones after white space is collapsed on both sides
(runs of white space become one space; `parallax sentences` prints a sentence's inner line
breaks as spaces). Every case is run in both modes; the groups reported are:

- default mode on the "default" cases (options ask for neither "clean": true nor "doc_type"),
  and among them "boundaries-only": the cases whose expected sentences are the input cut up
  (white space aside), i.e. that test where sentences end, not a tool's text rewriting;
- clean mode where the reference tool cleans: Pragmatic Segmenter's default-option cases (its
  default cleans: HTML tags, dot leaders, letters split over lines) and pySBD's clean=True cases;
- "default, reference mode": the default cases each in the mode its tool ran in (clean for
  Pragmatic Segmenter's default options, default mode where "clean" is false);
- pdf cases (default mode), and all cases each in its reference tool's mode.

Usage: segmentation_check.py --bin .build/release/parallax [--floor-default P] [...] [-v] FILE...
Exit status 1 when a pass rate is below its floor (percent).
"""
import argparse
import json
import re
import subprocess
import sys

# Floors set from what the segmenter reaches (Evaluation/results/segmentation.md), about one case
# below it so that a real regression trips them.
FLOORS = {
    "default": 87.0,                            # 114/130 = 87.7%
    "default/boundaries-only": 96.0,            # 114/118 = 96.6%
    "clean mode, where the tool cleans": 98.0,  # 217/221 = 98.2%
    "default, reference mode": 98.0,            # 128/130 = 98.5%
    "all, reference mode": 98.0,                # 241/245 = 98.4%
}


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def boundaries_only(case):
    """True when the expected sentences are the text itself cut up (white space aside): the case
    tests where sentences end, not a reference tool's text clean-up."""
    strip = lambda t: re.sub(r"\s+", "", t)
    return strip("".join(case["expected"])) == strip(case["text"])


def options_group(options):
    if options.get("doc_type") == "pdf":
        return "pdf"
    if options.get("clean") in (True, "true"):
        return "clean"
    return "default"


def tool_cleans(case):
    """True when the reference tool cleaned the text for this case: pySBD with clean=True, and
    Pragmatic Segmenter unless its options say "clean": false (its default is to clean)."""
    o = case.get("options", {})
    if o.get("doc_type") == "pdf":
        return False
    if "clean" in o:
        return o["clean"] in (True, "true")
    return case["id"].startswith("ps-")


GROUPS = ("default", "default/boundaries-only", "clean mode, where the tool cleans",
          "default, reference mode", "pdf", "all, reference mode")


def groups_of(cases):
    """The reported groups: name -> [(case, run in clean mode?)]."""
    groups = {}
    for c in cases:
        g = options_group(c.get("options", {}))
        if g == "default":
            groups.setdefault("default", []).append((c, False))
            if boundaries_only(c):
                groups.setdefault("default/boundaries-only", []).append((c, False))
            groups.setdefault("default, reference mode", []).append((c, tool_cleans(c)))
        if g == "pdf":
            groups.setdefault("pdf", []).append((c, False))
        if tool_cleans(c):
            groups.setdefault("clean mode, where the tool cleans", []).append((c, True))
        groups.setdefault("all, reference mode", []).append((c, tool_cleans(c)))
    return groups


def run_batch(binary, cases, clean):
    batch = "\n".join(json.dumps({"id": c["id"], "text": c["text"]}) for c in cases) + "\n"
    run = subprocess.run([binary, "sentences", "--jsonl", "-"] + (["--clean"] if clean else []),
                         input=batch.encode(), capture_output=True, check=False)
    if run.returncode != 0:
        sys.stderr.write(run.stderr.decode())
        sys.exit(1)
    got = {}
    for line in run.stdout.decode().splitlines():
        o = json.loads(line)
        got[o["id"]] = o["sentences"]
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    for name, floor in FLOORS.items():
        ap.add_argument("--floor-" + re.sub(r"\W+", "-", name).strip("-"), type=float, default=floor,
                        dest="floor_" + re.sub(r"\W+", "_", name).strip("_"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failing case")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    cases = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    cases.append(json.loads(line))
    got = {False: run_batch(args.bin, cases, False), True: run_batch(args.bin, cases, True)}

    def passes(c, clean):
        return [squash(s) for s in got[clean].get(c["id"], [])] == [squash(s) for s in c["expected"] if squash(s)]

    groups = groups_of(cases)

    status = 0
    for name in GROUPS:
        members = groups.get(name, [])
        if not members:
            continue
        p = sum(passes(c, clean) for c, clean in members)
        n = len(members)
        print(f"segmentation {name:36s} {p:4d}/{n:<4d} {100.0 * p / n:6.2f}%")
        floor = getattr(args, "floor_" + re.sub(r"\W+", "_", name).strip("_"), None)
        if floor is not None and 100.0 * p / n < floor:
            print(f"FAIL: {name}: pass rate below the floor of {floor}%")
            status = 1
    shown = set()
    for name in ("default", "clean mode, where the tool cleans", "all, reference mode"):
        for c, clean in groups.get(name, []):
            if passes(c, clean) or (c["id"], clean) in shown:
                continue
            shown.add((c["id"], clean))
            if args.verbose or name != "all, reference mode":
                mode = "clean" if clean else "default"
                print(f"-- fail [{mode} mode] {c['id']}: {c.get('name', '')}")
                if args.verbose:
                    print("   text:     " + json.dumps(c["text"])[:600])
                    print("   expected: " + json.dumps([squash(s) for s in c["expected"]])[:900])
                    print("   got:      " + json.dumps([squash(s) for s in got[clean].get(c["id"], [])])[:900])
    return status


if __name__ == "__main__":
    sys.exit(main())
