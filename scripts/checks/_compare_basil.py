"""BASIL (../shared/data/basil/basil-dev.jsonl) for scripts/checks/compare-basil and
scripts/calibrate-framing.

prepare BASIL: one story set per triplet; every BASIL sentence becomes its own paragraph, so
  Parallax's splitter never joins two of them (it may split one further; Parallax's sentences are
  mapped back by text containment, in order).
fit BASIL FEATURES.jsonl COMMIT: fits FramingModel (logistic, L2 on standardised features) on the
  `framing_features` of `parallax compare --jsonl --framing-features`; 10-fold cross-validation by
  triplet (fold = triplet index mod 10), the threshold chosen on the training folds; writes
  Models/framing/en-basil-v1/ (weights fitted on all triplets) with the cross-validated numbers.
score BASIL FEATURES.jsonl COMMIT: scores the shipped marks of the same output per class, and the
  cross-validated framing mark (the honest number: the shipped weights saw these triplets);
  writes Evaluation/results/compare-basil.md; exits 1 below the floors.

Gold: a BASIL sentence is informational / lexical when an annotation of that bias is located in it;
biased = either. A BASIL sentence gets a mark when any of its Parallax sentences has it; its
framing score is the maximum of theirs.
"""
import hashlib, json, os, sys
import numpy as np

FEATURES = ["log_words", "loaded", "intensifiers", "strongest_negative", "partial_quote"]
FOLDS, L2 = 10, 1.0
MODEL = "Models/framing/en-basil-v1"


def prf(pred, gold):
    tp = len(pred & gold); p = tp / len(pred) if pred else 0.0; r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(basil, out_path):
    """Rows of Parallax sentences (triplet index, BASIL key, sentence dict) and the gold sets."""
    triplets = [json.loads(l) for l in open(basil)]
    out = {json.loads(l)["id"]: json.loads(l) for l in open(out_path)}
    gold = {"inf": set(), "lex": set()}
    universe, rows, unmapped = [], [], 0
    for ti, t in enumerate(triplets):
        r = out[t["id"]]
        for k, a in enumerate(t["articles"]):
            keys = [(ti, k, i, j) for i, p in enumerate(a["paragraphs"]) for j, s in enumerate(p) if s.strip()]
            texts = [s.strip() for p in a["paragraphs"] for s in p if s.strip()]
            universe += keys
            for an in a["annotations"]:
                for loc in an["located"]:
                    key = (ti, k, loc[0], loc[1])
                    if key in keys:
                        gold[an["bias"]].add(key)
            b = 0
            for s in r["outlets"][k]["sentences"]:
                while b < len(texts) and s["text"] not in texts[b]:
                    b += 1
                if b == len(texts):
                    unmapped += 1; b = 0; continue
                rows.append((ti, keys[b], s))
    return triplets, universe, gold, rows, unmapped


def audit(triplets):
    """How BASIL's annotations land on the scored sentences: the evidence that the gold set is read
    right (every annotation inside one sentence, its text at its offsets) and the base rate per
    outlet. Returns Markdown lines."""
    n = located = exact = title = multi = 0
    rate = {}
    for t in triplets:
        for a in t["articles"]:
            hit = set()
            for an in a["annotations"]:
                n += 1
                cells = [loc for loc in an["located"] if isinstance(loc, list) and len(loc) == 2]
                title += not cells
                multi += len(cells) > 1
                for i, j in cells:
                    located += 1
                    s = a["paragraphs"][i][j]
                    exact += s[an["start"]:an["end"]] == an["txt"]
                    if s.strip(): hit.add((i, j))
            sents = sum(1 for p in a["paragraphs"] for s in p if s.strip())
            c = rate.setdefault(a["source"], [0, 0]); c[0] += len(hit); c[1] += sents
    per = ", ".join(f"{k} {100*v[0]/v[1]:.1f} %" for k, v in sorted(rate.items()))
    return [f"Gold audit: {n} annotations, {title} on a title only (titles are not scored sentences), the others "
            f"`located` at {located} [paragraph, sentence] cells ({multi} annotation at more than one, its text occurring in each); "
            f"{exact} of the {located} hold the annotation's `txt` at its `start`:`end`, so no annotation spans two "
            f"sentences and the gold set is every sentence with a cell. Base rate by outlet: {per}."]


def fit(X, y):
    """L2-regularised logistic regression by Newton's method on standardised columns; returns
    (bias, weights) on the raw feature scale."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    w = np.zeros(Z.shape[1])
    reg = L2 * np.eye(len(w)); reg[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-Z @ w))
        step = np.linalg.solve((Z.T * (p * (1 - p))) @ Z + reg, Z.T @ (p - y) + reg @ w)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    weights = w[1:] / sd
    return w[0] - (weights * mu).sum(), weights


def sentence_scores(rows, bias, weights):
    """BASIL key -> max framing probability over its Parallax sentences."""
    best = {}
    for _, key, s in rows:
        x = np.array([s["framing_features"][f] for f in FEATURES])
        p = 1 / (1 + np.exp(-(bias + weights @ x)))
        best[key] = max(best.get(key, 0.0), p)
    return best


def best_threshold(scores, gold):
    """The threshold maximising F1 of {key: score >= threshold} against gold."""
    order = sorted(scores.items(), key=lambda kv: -kv[1])
    tp, best = 0, (0.0, 1.0)
    for n, (key, s) in enumerate(order, 1):
        tp += key in gold
        f = 2 * tp / (n + len(gold))
        if f > best[0] and (n == len(order) or order[n][1] < s):
            best = (f, s)
    return best[1]


def cross_validate(rows, gold_b, folds=FOLDS):
    """Framed keys predicted out of fold (`folds` folds by triplet index mod `folds`; with one
    fold per triplet, leave-one-triplet-out) and the per-fold thresholds."""
    pred, thresholds = set(), []
    for f in range(folds):
        train = [r for r in rows if r[0] % folds != f]
        test = [r for r in rows if r[0] % folds == f]
        X = np.array([[r[2]["framing_features"][n] for n in FEATURES] for r in train])
        y = np.array([float(r[1] in gold_b) for r in train])
        b, w = fit(X, y)
        th = best_threshold(sentence_scores(train, b, w), gold_b)
        thresholds.append(th)
        pred |= {k for k, s in sentence_scores(test, b, w).items() if s >= th}
    return pred, thresholds


def prepare(basil):
    for t in (json.loads(l) for l in open(basil)):
        sources = []
        for a in t["articles"]:
            sents = [s for p in a["paragraphs"] for s in p]
            sources.append({"outlet": a["source"], "title": a.get("title") or "",
                            "text": "\n\n".join(s.strip() for s in sents if s.strip())})
        print(json.dumps({"id": t["id"], "sources": sources}))


def fit_and_write(basil, out_path, commit):
    triplets, universe, gold, rows, _ = load(basil, out_path)
    gold_b = gold["inf"] | gold["lex"]
    pred, ths = cross_validate(rows, gold_b)
    P, R, F = prf(pred, gold_b)
    X = np.array([[r[2]["framing_features"][n] for n in FEATURES] for r in rows])
    y = np.array([float(r[1] in gold_b) for r in rows])
    b, w = fit(X, y)
    th = best_threshold(sentence_scores(rows, b, w), gold_b)
    os.makedirs(MODEL, exist_ok=True)
    tsv = f"bias\t{b:.6f}\nthreshold\t{th:.6f}\n" + "".join(f"{n}\t{v:.6f}\n" for n, v in zip(FEATURES, w))
    open(f"{MODEL}/weights.tsv", "w").write(tsv)
    manifest = {
        "name": "en-basil", "version": 1, "commit": commit, "build": "scripts/calibrate-framing",
        "format": "TSV name<TAB>value: bias, threshold, one weight per FramingModel.featureNames name",
        "features": FEATURES, "l2": L2, "standardised_for_fitting": True,
        "cross_validation": {"folds": FOLDS, "by": "triplet (index mod 10)", "class": "biased (either annotation)",
                             "precision": round(P, 4), "recall": round(R, 4), "f1": round(F, 4),
                             "fold_thresholds": [round(t, 4) for t in ths]},
        "sources": [{"name": "BASIL dev triplets (../shared/data/basil/basil-dev.jsonl)", "via": "launchnlp/BASIL @ 4fdbc4f",
                     "triplets": len(triplets), "sentences": len(universe), "biased": len(gold_b)}],
        "licence": "BASIL's licence is not stated: only these seven fitted numbers are shipped, no text",
        "tokenizer": "_WordScanner words (lower-cased); lexicons/en-parallax-v1 loaded words, loaded report verbs, intensifiers; lexicons/en-vader-v1 valence",
        "sha256": {"weights.tsv": hashlib.sha256(tsv.encode()).hexdigest()},
    }
    open(f"{MODEL}/MANIFEST.json", "w").write(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    print(f"10-fold CV by triplet, biased class: P {100*P:.1f} R {100*R:.1f} F1 {100*F:.1f}; wrote {MODEL}/weights.tsv")
    print(tsv, end="")


def score(basil, out_path, commit):
    triplets, universe, gold, rows, unmapped = load(basil, out_path)
    gold_b = gold["inf"] | gold["lex"]
    marks = {m: set() for m in ("unique", "loaded", "framed")}
    for _, key, s in rows:
        if s["unique"]: marks["unique"].add(key)
        if s["loaded"]: marks["loaded"].add(key)
        if s["framed"]: marks["framed"].add(key)
    cv, _ = cross_validate(rows, gold_b)
    loto, _ = cross_validate(rows, gold_b, folds=len(triplets))
    U = set(universe)
    table = [
        ("informational ← unique", marks["unique"], gold["inf"]),
        ("informational ← framed (CV)", cv, gold["inf"]),
        ("lexical ← loaded", marks["loaded"], gold["lex"]),
        ("lexical ← framed (CV)", cv, gold["lex"]),
        ("**biased ← framed (CV)**", cv, gold_b),
        ("biased ← framed (leave-one-triplet-out)", loto, gold_b),
        ("biased ← framed (shipped weights, fitted on these triplets)", marks["framed"], gold_b),
        ("biased ← loaded", marks["loaded"], gold_b),
        ("biased ← unique or loaded (the earlier mark)", marks["unique"] | marks["loaded"], gold_b),
        ("biased ← unique and framed (CV)", marks["unique"] & cv, gold_b),
    ]
    lines = ["# Framing detection on BASIL dev", "",
             f"{len(triplets)} triplets, {len(U)} sentences; gold: {len(gold['inf'])} with informational, "
             f"{len(gold['lex'])} with lexical, {len(gold_b)} with any bias annotation (base rate {100*len(gold_b)/len(U):.1f} %). Commit {commit}.",
             "Command: `scripts/checks/compare-basil ../shared/data` (release binary, `parallax compare --jsonl --framing-features`).",
             ""] + audit(triplets) + ["",
             "`framed` is `FramingModel`'s mark (five features, docs/compare.md). (CV) = 10-fold cross-validation by triplet",
             "(triplet index mod 10): weights and threshold fitted on nine tenths of the triplets, marks made on the held-out",
             "tenth (leave-one-triplet-out: one fold per triplet); the shipped weights were fitted on all 50 triplets, so",
             "their row is a training score.", "",
             "| class ← Parallax mark | predicted | P | R | F1 | trivial F1 (all sentences) |", "|---|---|---|---|---|---|"]
    for name, p, g in table:
        P, R, F = prf(p, g)
        lines.append(f"| {name} | {len(p)} | {100*P:.1f} | {100*R:.1f} | **{100*F:.1f}** | {100*prf(U, g)[2]:.1f} |")
    if unmapped:
        lines.append(f"\n{unmapped} Parallax sentences could not be mapped back to a BASIL sentence.")
    open("Evaluation/results/compare-basil.md", "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))
    # Floors: the cross-validated framed mark beats the trivial baseline (F1 >= 36, trivial 31.7),
    # and loaded marks stay at least 1.5x as precise as the base rate (regression guards). The
    # issue's target (F1 > 40) is not reached.
    F = prf(cv, gold_b)[2]
    P = prf(marks["loaded"], gold_b)[0]
    rate = len(gold_b) / len(U)
    ok = F >= 0.36 and P >= 1.5 * rate
    print(f"floor: CV F1 of framed marks {100*F:.1f} >= 36; precision of loaded marks {100*P:.1f} >= 1.5 x base rate "
          f"{100*rate:.1f}: {'ok' if ok else 'FAILED'}; target F1 > 40 for the biased class: {'met' if F > 0.40 else 'NOT met'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "prepare":
        prepare(sys.argv[2])
    elif mode == "fit":
        fit_and_write(*sys.argv[2:5])
    else:
        score(*sys.argv[2:5])
