"""Converts the VADER lexicon from its PyPI wheel and writes the lexicon manifests.

Called by scripts/build-lexicons with the wheel's path. VADER's file has
`token<TAB>mean<TAB>sd<TAB>[ratings]`; we keep lower-case word tokens (letters, inner hyphens
and apostrophes: emoticons are dropped because Parallax's tokenizer never produces them) and
their mean valence on VADER's -4..+4 scale.
"""
import hashlib, json, os, re, sys, zipfile

WHEEL = sys.argv[1]
ROOT = "Models/lexicons"
WHEEL_SHA = hashlib.sha256(open(WHEEL, "rb").read()).hexdigest()

def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

def count(path):
    return sum(1 for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#"))

# --- VADER -> en-vader-v1/valence.tsv
vdir = os.path.join(ROOT, "en-vader-v1")
os.makedirs(vdir, exist_ok=True)
with zipfile.ZipFile(WHEEL) as z:
    raw = z.read("vaderSentiment/vader_lexicon.txt").decode("utf-8")
    licence = z.read("vaderSentiment-3.3.2.dist-info/LICENSE.txt").decode("utf-8")
rows = {}
word = re.compile(r"^[a-z][a-z'\-]*[a-z]$|^[a-z]$")
for line in raw.splitlines():
    parts = line.split("\t")
    if len(parts) < 2:
        continue
    tok = parts[0].strip().lower()
    if word.match(tok):
        rows[tok] = float(parts[1])
with open(os.path.join(vdir, "valence.tsv"), "w", encoding="utf-8") as f:
    f.write("# term\tvalence (VADER mean rating, -4 most negative .. +4 most positive)\n")
    for t in sorted(rows):
        f.write(f"{t}\t{rows[t]:g}\n")
with open(os.path.join(vdir, "LICENSE.txt"), "w", encoding="utf-8") as f:
    f.write(licence)
vfile = os.path.join(vdir, "valence.tsv")
json.dump({
    "name": "en-vader", "version": 1, "format": "TSV term<TAB>valence, '#' comments",
    "sources": [{"name": "vaderSentiment 3.3.2 (PyPI wheel), vaderSentiment/vader_lexicon.txt",
                 "url": "https://pypi.org/project/vaderSentiment/3.3.2/",
                 "wheel_sha256": WHEEL_SHA,
                 "reference": "Hutto & Gilbert 2014, VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text (ICWSM)",
                 "entries_kept": len(rows), "entries_in_source": len(raw.splitlines()),
                 "filter": "word tokens only (emoticons dropped), lower-cased"}],
    "licence": "MIT (C.J. Hutto, 2016), see LICENSE.txt",
    "build": "scripts/build-lexicons",
    "tokenizer": "TextProcessing.Tokenizer (lower-cased words); no stemming",
    "sha256": {"valence.tsv": sha(vfile), "LICENSE.txt": sha(os.path.join(vdir, "LICENSE.txt"))},
}, open(os.path.join(vdir, "MANIFEST.json"), "w"), indent=2, sort_keys=True)

# --- our own lists: hash and count
pdir = os.path.join(ROOT, "en-parallax-v1")
files = sorted(f for f in os.listdir(pdir) if f.endswith((".txt", ".tsv")))
json.dump({
    "name": "en-parallax", "version": 1,
    "format": "one term a line (multi-word terms separated by single spaces); report-verbs.tsv is term<TAB>neutral|loaded; '#' comments",
    "sources": [{"name": "written for Parallax by its authors", "entries": {f: count(os.path.join(pdir, f)) for f in files},
                 "categories after": ["Hyland 1998 (hedges)", "Hooper 1975 (assertives)", "Kiparsky & Kiparsky 1970 (factives)",
                                      "Quirk et al. 1985 (amplifiers)", "Recasens et al. 2013 (loaded / subjective words)"]}],
    "licence": "same as Parallax",
    "build": "hand-written; manifest by scripts/build-lexicons",
    "tokenizer": "TextProcessing.Tokenizer (lower-cased words); no stemming, inflected forms listed",
    "sha256": {f: sha(os.path.join(pdir, f)) for f in files},
}, open(os.path.join(pdir, "MANIFEST.json"), "w"), indent=2, sort_keys=True)
print(f"vader: {len(rows)} terms; parallax lists: {', '.join(files)}", file=sys.stderr)
