#!/usr/bin/env python3
"""Scores peer sentence segmenters on the same SBD suites and with the same comparison as
segmentation_check.py, for context in Evaluation/results/segmentation.md.

- pySBD (language "en"), given each case's own options (clean, doc_type) — the suites were
  written for it and Pragmatic Segmenter, so this is its home ground;
- pySBD with clean=False on every case, the raw-text mode comparable to Parallax;
- NLTK's Punkt (sent_tokenize, the pre-trained English model).

Usage (needs the peers' venv: scripts/_venv.sh): python scripts/segmentation_peers.py FILE...
"""
import json
import sys

import nltk
import pysbd

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from segmentation_check import boundaries_only, mode, squash  # noqa: E402


def main(paths):
    cases = [json.loads(l) for p in paths for l in open(p, encoding="utf-8") if l.strip()]
    peers = {
        # pySBD requires clean=True with doc_type="pdf".
        "pysbd (case options)": lambda c: pysbd.Segmenter(
            language="en", clean=c["options"].get("clean") in (True, "true") or c["options"].get("doc_type") == "pdf",
            doc_type=c["options"].get("doc_type")).segment(c["text"]),
        "pysbd (clean=False)": lambda c: pysbd.Segmenter(language="en", clean=False).segment(c["text"]),
        "nltk punkt": lambda c: nltk.sent_tokenize(c["text"]),
    }
    for name, seg in peers.items():
        totals = {}
        for c in cases:
            m = mode(c.get("options", {}))
            try:
                got = seg(c)
            except Exception:  # a crash on a case counts as a failure
                got = []
            ok = [squash(s) for s in got if squash(s)] == [squash(s) for s in c["expected"] if squash(s)]
            for key in [m] + ([m + "/boundaries-only"] if boundaries_only(c) else []) + ["all"]:
                p, n = totals.get(key, (0, 0))
                totals[key] = (p + ok, n + 1)
        for key in ("default", "default/boundaries-only", "clean", "pdf", "all"):
            p, n = totals[key]
            print(f"{name:22s} {key:24s} {p:4d}/{n:<4d} {100.0 * p / n:6.2f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
