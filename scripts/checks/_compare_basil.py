"""BASIL scoring for scripts/checks/compare-basil.

prepare: one story set per triplet; every BASIL sentence becomes its own paragraph, so
Parallax's splitter never joins two of them (it may split one further; scoring maps its sentences
back by text containment, in order).
score: a BASIL sentence is predicted informational when any of its Parallax sentences is
`unique`, lexical when any has `loaded` terms, biased when either. Gold: any annotation located
in the sentence (bias 'inf' / 'lex'); biased = either.
"""
import json, sys

def prf(pred, gold):
    tp = len(pred & gold); p = tp / len(pred) if pred else 0.0; r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

mode, basil = sys.argv[1], sys.argv[2]
triplets = [json.loads(l) for l in open(basil)]
if mode == "prepare":
    for t in triplets:
        sources = []
        for a in t["articles"]:
            sents = [s for p in a["paragraphs"] for s in p]
            sources.append({"outlet": a["source"], "title": a.get("title") or "", "text": "\n\n".join(s.strip() for s in sents if s.strip())})
        print(json.dumps({"id": t["id"], "sources": sources}))
    sys.exit(0)

out = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[3])}
commit = sys.argv[4]
gold = {"inf": set(), "lex": set()}
pred = {"inf": set(), "lex": set()}
universe = set()
unmapped = 0
for t in triplets:
    r = out[t["id"]]
    for k, a in enumerate(t["articles"]):
        keys = [(t["id"], k, i, j) for i, p in enumerate(a["paragraphs"]) for j, s in enumerate(p) if s.strip()]
        texts = [s.strip() for p in a["paragraphs"] for s in p if s.strip()]
        universe.update(keys)
        for an in a["annotations"]:
            for loc in an["located"]:
                key = (t["id"], k, loc[0], loc[1])
                if key in universe:
                    gold[an["bias"]].add(key)
        ours = r["outlets"][k]["sentences"]
        b = 0
        for s in ours:
            while b < len(texts) and s["text"] not in texts[b]:
                b += 1
            if b == len(texts):
                unmapped += 1; b = 0; continue
            if s["unique"]: pred["inf"].add(keys[b])
            if s["loaded"]: pred["lex"].add(keys[b])
gold_b = gold["inf"] | gold["lex"]; pred_b = pred["inf"] | pred["lex"]
rows = [("informational ← unique", pred["inf"], gold["inf"]), ("lexical ← loaded", pred["lex"], gold["lex"]),
        ("biased (either) ← unique or loaded", pred_b, gold_b), ("biased (either) ← loaded", pred["lex"], gold_b)]
base = lambda g: prf(universe, g)
lines = ["# Framing detection on BASIL dev", "",
         f"{len(triplets)} triplets, {len(universe)} sentences; gold: {len(gold['inf'])} with informational, {len(gold['lex'])} with lexical, {len(gold_b)} with any bias annotation. Commit {commit}.",
         "Command: `scripts/checks/compare-basil ../shared/data` (release binary, `parallax compare --jsonl`).", "",
         "| class ← Parallax mark | predicted | P | R | F1 | trivial F1 (all sentences) |", "|---|---|---|---|---|---|"]
for name, p, g in rows:
    P, R, F = prf(p, g)
    lines.append(f"| {name} | {len(p)} | {100*P:.1f} | {100*R:.1f} | **{100*F:.1f}** | {100*base(g)[2]:.1f} |")
if unmapped:
    lines.append(f"\n{unmapped} Parallax sentences could not be mapped back to a BASIL sentence.")
open("Evaluation/results/compare-basil.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
# The issue's target is F1 > 40 for the biased class; it is not reached (see docs/compare.md).
# The floor guards against regressions: sentences marked loaded must be biased at least 1.5 times
# as often as sentences in general (precision over base rate).
P = prf(pred["lex"], gold_b)[0]
rate = len(gold_b) / len(universe)
ok = P >= 1.5 * rate
print(f"floor: precision of loaded marks {100*P:.1f} >= 1.5 x base rate {100*rate:.1f}: {'ok' if ok else 'FAILED'}; target F1 > 40 for the biased class: {'met' if prf(pred_b, gold_b)[2] > 0.40 else 'NOT met'}")
sys.exit(0 if ok else 1)
