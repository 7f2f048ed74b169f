#!/usr/bin/env python3
"""Scores peer sentence segmenters on the same SBD suites, groups and comparison as
segmentation_check.py, for context in Evaluation/results/segmentation.md.

- pySBD 0.3.x (language "en"), clean=True where the group runs Parallax's clean mode and
  clean=False elsewhere (pdf cases with doc_type="pdf", clean=True, which pySBD requires);
- NLTK's Punkt (sent_tokenize, the pre-trained English model), which never cleans.

Usage (needs the peers' venv: scripts/_venv.sh): python scripts/segmentation_peers.py FILE...
"""
import json
import sys

import nltk
import pysbd

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from segmentation_check import GROUPS, groups_of, squash  # noqa: E402


def pysbd_segment(case, clean):
    if case["options"].get("doc_type") == "pdf":
        return pysbd.Segmenter(language="en", clean=True, doc_type="pdf").segment(case["text"])
    return pysbd.Segmenter(language="en", clean=clean).segment(case["text"])


def main(paths):
    cases = [json.loads(l) for p in paths for l in open(p, encoding="utf-8") if l.strip()]
    groups = groups_of(cases)
    peers = {"pysbd": pysbd_segment, "nltk punkt": lambda c, clean: nltk.sent_tokenize(c["text"])}
    for name, seg in peers.items():
        for g in GROUPS:
            members = groups.get(g, [])
            ok = 0
            for c, clean in members:
                try:
                    got = seg(c, clean)
                except Exception:  # a crash on a case counts as a failure
                    got = []
                ok += [squash(s) for s in got if squash(s)] == [squash(s) for s in c["expected"] if squash(s)]
            print(f"{name:12s} {g:36s} {ok:4d}/{len(members):<4d} {100.0 * ok / len(members):6.2f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
