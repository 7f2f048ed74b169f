#!/usr/bin/env python3
"""Measures the plain-text boilerplate remover on real pages turned into scraped text.

Each page of the article-extraction benchmark (../shared/data/html-extraction: 92 real news
pages with ground-truth article bodies) is turned into the text a person gets by selecting the
whole page in a browser and copying it: scripts, styles and hidden templates dropped, every
block element (p, div, h1–h6, li, tr, figure, nav, …) on its own line, blank lines between
blocks, entities decoded. `parallax extract --body-only` then runs on that text file (so the
plain-text `BoilerplateRemover` does the work, not the HTML extractor) and its output is scored
with the benchmark's shingle metric (imported from html_extraction_eval.py). "keep everything"
scores the copied text itself: the remover should raise precision far above it without losing
much recall.

Standard library only. Usage: boilerplate_eval.py DATA_DIR [--binary PATH] [--out DIR]
"""
import argparse
import gzip
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from html_extraction_eval import aggregate, page_counts  # noqa: E402

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "figure",
         "figcaption", "nav", "header", "footer", "aside", "section", "article", "blockquote", "br",
         "main", "form", "dl", "dt", "dd", "pre", "hr", "title", "button", "label", "option"}
HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "iframe", "select"}


class PageText(html.parser.HTMLParser):
    """The copied text of a page: one line per block, blank lines between blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.current, self.hidden = [], [], 0

    def flush(self):
        line = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.current.append(data)


def page_text(raw):
    parser = PageText()
    parser.feed(raw)
    parser.close()
    parser.flush()
    return "\n\n".join(parser.lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--binary", default=".build/release/parallax")
    ap.add_argument("--out", help="keep each page's copied text and output in this directory")
    args = ap.parse_args()
    with open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    ours, everything, failures = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for page_id in sorted(truth):
            with gzip.open(os.path.join(args.data, "html", page_id + ".html.gz")) as src:
                raw = src.read().decode("utf-8", "replace")
            text = page_text(raw)
            path = os.path.join(args.out or tmp, page_id[:12] + ".txt")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            run = subprocess.run([args.binary, "extract", "--body-only", path], capture_output=True, timeout=60)
            predicted = run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""
            failures += run.returncode != 0
            if args.out:
                with open(path[:-4] + ".extracted.txt", "w", encoding="utf-8") as f:
                    f.write(predicted)
            ours.append(page_counts(truth[page_id]["articleBody"], predicted))
            everything.append(page_counts(truth[page_id]["articleBody"], text))
    print(f"boilerplate removal on {len(ours)} pages copied as plain text ({failures} gave no article), "
          "shingle metric (4-grams of \\w+ tokens)")
    print(f"{'system':<34} {'precision':>9} {'recall':>7} {'F1':>7}")
    for name, counts in (("keep everything (copied text)", everything), ("parallax extract (plain text)", ours)):
        p, r, f1 = aggregate(counts)
        print(f"{name:<34} {p:9.4f} {r:7.4f} {f1:7.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
