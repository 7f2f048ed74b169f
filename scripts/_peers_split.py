#!/usr/bin/env python3
"""Rewrite run_summarizers.py outputs into Parallax's outputs format.

usage: _peers_split.py WORK_DIR OUT_DIR

run_summarizers.py joins a peer's selected sentences with one space. Parallax's outputs files
separate sentences with "\n" (ROUGE-Lsum splits on newlines), so each summary is re-split with
NLTK Punkt (nltk.sent_tokenize, punkt_tab/english) -- exactly what rouge-score does with
split_summaries=True, the setting the peers' published numbers used. Ids and order are kept.
Timing files (timing_<system>.json) are copied beside the outputs. Each file is written to a
temporary name and renamed, so an interrupted run leaves no half-written file.
"""
import glob
import json
import os
import shutil
import sys

import nltk


def main():
    work, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(work, "*.jsonl"))):
        name = os.path.basename(path)
        if name == "input.jsonl":
            continue
        tmp = os.path.join(out, "." + name + ".partial")
        with open(path, encoding="utf-8") as f, open(tmp, "w", encoding="utf-8") as g:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                sents = nltk.sent_tokenize(r["summary"]) if r["summary"].strip() else []
                g.write(json.dumps({"id": str(r["id"]), "summary": "\n".join(s.strip() for s in sents)},
                                   ensure_ascii=False, sort_keys=True) + "\n")
        os.replace(tmp, os.path.join(out, name))
    for path in sorted(glob.glob(os.path.join(work, "timing_*.json"))):
        shutil.copyfile(path, os.path.join(out, os.path.basename(path)))


if __name__ == "__main__":
    main()
