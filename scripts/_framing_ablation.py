"""Feature sets tried for FramingModel on BASIL dev, each under the same cross-validation as the
shipped model (scripts/checks/_compare_basil.py: weights and threshold fitted on the training
folds only), for scripts/ablate-framing.

usage: _framing_ablation.py BASIL FEATURES.jsonl COMMIT [PATTERN_SENTIMENT_XML]

FEATURES.jsonl is `parallax compare --jsonl --framing-features` on the prepared triplets. Every
candidate below is computed here in Python from the sentence text and the triplet (a prototype:
only a candidate that improved the cross-validated F1 would be ported to FramingModel.swift).
Each is added to the five shipped features, one at a time, then a few other model forms are
tried; every row prints 10-fold, 5-fold and leave-one-triplet-out F1 for the biased class.
Selecting the best of these rows on the same folds would be optimistic: the rows are a record of
what was measured, not a menu; `nested_selection` gives the honest number for choosing among
them. The optional PATTERN_SENTIMENT_XML is Pattern's English adjective
lexicon (`textblob/en/en-sentiment.xml` in PyPI textblob 0.20.1, PDDL), for the subjectivity rows.
Writes Evaluation/results/compare-basil-ablation.md.
"""
import collections, math, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "checks"))
import numpy as np
import _compare_basil as C

# Our own short lists (idea: evaluation and opinion cues a reporter or a quoted opponent uses).
OPINION = set("""critic critics criticism criticized criticised slammed slam blasted blast lambasted
attacked attack controversial so-called radical embattled outrage outraged furious angry scandal
disgraced accused accuse alleged allegedly denounced condemned decried mocked ridiculed derided
blamed blame failed failure extreme extremist partisan rhetoric gaffe gaffes firestorm backlash
fierce bitter sharply harshly questioned insisted claimed claims claim apparently refused defiant
defended defend""".split())
PERSONAL = set("i we me my our us you your".split())
CONTRAST = set("but however although though despite yet even while whereas nevertheless instead".split())
NEGATION = set("not no never nothing none nor".split())
ATTRIBUTION = {"said", "says", "told", "according"}
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[\"“”]")


def quoted_flags(text, in_quote):
    """Per word: inside quotation marks (straight quotes toggle, curly ones open/close, as
    _WordScanner); returns the flags and the state after the sentence."""
    flags = []
    for m in TOKEN.finditer(text):
        g = m.group()
        if g == '"': in_quote = not in_quote
        elif g == "“": in_quote = True
        elif g == "”": in_quote = False
        else: flags.append(in_quote)
    return flags, in_quote


def names(text):
    """Runs of capitalised words, the sentence's first word excluded (no NER)."""
    runs, cur = [], []
    for i, w in enumerate(text.split()):
        w = re.sub(r"[^\w'’.-]", "", w).strip(".'’")
        if i > 0 and w[:1].isupper(): cur.append(w)
        elif cur: runs.append(" ".join(cur)); cur = []
    if cur: runs.append(" ".join(cur))
    return [r for r in runs if len(r) > 2]


def candidates(triplets, rows, out, valence, subjectivity):
    """One dict of candidate feature values per row."""
    outlet = {}
    for ti, t in enumerate(triplets):
        for k, o in enumerate(out[t["id"]]["outlets"]):
            outlet[(ti, k)] = {"n": len(o["sentences"]), "source": t["articles"][k]["source"],
                               "lower": " ".join(s["text"] for s in o["sentences"]).lower(),
                               "sentences": [s["text"] for s in o["sentences"]]}
    main = {}
    for ti in range(len(triplets)):
        c = collections.Counter(w.lower() for k in range(3) for s in outlet[(ti, k)]["sentences"]
                                for r in names(s) for w in r.split() if len(w) > 3)
        main[ti] = [w for w, _ in c.most_common(2)]
    feats, seen, state, paragraph = [], collections.Counter(), {}, {}
    for ti, key, s in rows:
        k, text = key[1], s["text"]
        o = outlet[(ti, k)]
        position = seen[(ti, k)]; seen[(ti, k)] += 1
        if paragraph.get((ti, k)) != key[2]:
            state[(ti, k)] = False; paragraph[(ti, k)] = key[2]
        flags, state[(ti, k)] = quoted_flags(text, state[(ti, k)])
        share = sum(flags) / max(len(flags), 1)
        lower = [w.lower().replace("’", "'") for w in WORD.findall(text)]
        others = [outlet[(ti, j)]["lower"] for j in range(3) if j != k]
        runs = names(text)
        novel = [r for r in runs if not any(r.lower() in x for x in others)]
        negative = s["framing_features"]["strongest_negative"]
        mentions_main = float(any(m in text.lower() for m in main[ti]))
        d = {
            "stance right (Fox)": float(o["source"] == "fox"), "stance left (HuffPost)": float(o["source"] == "hpo"),
            "ln sentences of the version": math.log(o["n"]), "relative position": position / o["n"],
            "any quotation": float(share > 0), "fully quoted (≥ 80 %)": float(share >= 0.8), "quoted share": share,
            "opinion cues (ours, 60 words)": sum(w in OPINION for w in lower),
            "first/second person": sum(w in PERSONAL for w in lower),
            "contrast words": sum(w in CONTRAST for w in lower),
            "negations": sum(w in NEGATION or w.endswith("n't") for w in lower),
            "names absent from the other versions": len(novel),
            "any name absent from the other versions": float(bool(novel)),
            "names": len(runs),
            "strongest positive valence": max([valence.get(w, 0) for w in lower] + [0]) / 4,
            "sum of negative valence": sum(-min(valence.get(w, 0), 0) for w in lower) / 4,
            "? or !": float("?" in text or "!" in text),
            "unique (no fact)": float(s["unique"]),
            "attribution verb": float(any(w in ATTRIBUTION for w in lower)),
            "digits": float(bool(re.search(r"\d", text))),
            "mentions the main entity": mentions_main,
            "main entity × strongest negative": mentions_main * negative,
            "fully quoted × strongest negative": float(share >= 0.8) * negative,
            "any quotation × strongest negative": float(share > 0) * negative,
        }
        if subjectivity:
            sv = [subjectivity[w] for w in lower if w in subjectivity]
            d["subjectivity, max (Pattern)"] = max(sv + [0])
            d["subjective words ≥ 0.7 (Pattern)"] = sum(v >= 0.7 for v in sv)
            d["subjectivity per word (Pattern)"] = sum(sv) / max(len(lower), 1)
        feats.append(d)
    return feats


def fold_split(rows, folds, f):
    return ([i for i, r in enumerate(rows) if r[0] % folds != f], [i for i, r in enumerate(rows) if r[0] % folds == f])


def keyed_scores(rows, ix, bias, weights, X):
    best = {}
    for i in ix:
        p = 1 / (1 + np.exp(-(bias + weights @ X[i])))
        best[rows[i][1]] = max(best.get(rows[i][1], 0.0), p)
    return best


def cv_logistic(rows, X, gold_b, folds):
    pred = set()
    for f in range(folds):
        tr, te = fold_split(rows, folds, f)
        b, w = C.fit(X[tr], np.array([float(rows[i][1] in gold_b) for i in tr]))
        th = C.best_threshold(keyed_scores(rows, tr, b, w, X), gold_b)
        pred |= {k for k, s in keyed_scores(rows, te, b, w, X).items() if s >= th}
    return C.prf(pred, gold_b)


def cv_per_class_or(rows, X, gold, gold_b, folds):
    """One model for informational, one for lexical; marked when either reaches its threshold, the
    pair of thresholds chosen on the training folds (36 × 36 quantile grid)."""
    pred = set()
    for f in range(folds):
        tr, te = fold_split(rows, folds, f)
        models = [C.fit(X[tr], np.array([float(rows[i][1] in g) for i in tr])) for g in (gold["inf"], gold["lex"])]
        s1, s2 = (keyed_scores(rows, tr, b, w, X) for b, w in models)
        keys = list(s1)
        a1, a2 = np.array([s1[k] for k in keys]), np.array([s2[k] for k in keys])
        y = np.array([k in gold_b for k in keys])
        best = (0.0, 1.0, 1.0)
        for t1 in np.quantile(a1, np.linspace(0.3, 1, 36)):
            for t2 in np.quantile(a2, np.linspace(0.3, 1, 36)):
                m = (a1 >= t1) | (a2 >= t2)
                F = 2 * (m & y).sum() / (m.sum() + y.sum())
                if F > best[0]: best = (F, t1, t2)
        e1, e2 = (keyed_scores(rows, te, b, w, X) for b, w in models)
        pred |= {k for k in e1 if e1[k] >= best[1] or e2[k] >= best[2]}
    return C.prf(pred, gold_b)


def cv_top_share(rows, X, gold_b, folds):
    """Marks the top q of each article's sentences by score, q chosen on the training folds."""
    def marks(scores, q):
        by = collections.defaultdict(list)
        for k, v in scores.items(): by[k[:2]].append((v, k))
        out = set()
        for l in by.values():
            l.sort(reverse=True); out |= {k for _, k in l[:max(1, round(q * len(l)))]}
        return out
    pred = set()
    for f in range(folds):
        tr, te = fold_split(rows, folds, f)
        b, w = C.fit(X[tr], np.array([float(rows[i][1] in gold_b) for i in tr]))
        st = keyed_scores(rows, tr, b, w, X)
        q = max(np.linspace(0.1, 0.9, 33), key=lambda q: C.prf(marks(st, q), gold_b)[2])
        pred |= marks(keyed_scores(rows, te, b, w, X), q)
    return C.prf(pred, gold_b)


def nested_selection(rows, base, columns, gold_b, folds, steps, inner=5):
    """The selection procedure itself cross-validated: on each outer training part, candidates are
    added to the five greedily (up to `steps`, each kept only if it lifts the inner `inner`-fold F1
    on those triplets by > 0.3 points), then the chosen set is fitted there and marks the held-out
    part. An honest number for "pick the best rows of this table"; returns P, R, F1 and the sets."""
    tri = np.array([r[0] for r in rows])
    y = np.array([float(r[1] in gold_b) for r in rows])

    def marks(X, train, test):
        b, w = C.fit(X[train], y[train])
        p = 1 / (1 + np.exp(-(b + X @ w)))
        def agg(mask):
            best = {}
            for i in np.nonzero(mask)[0]:
                best[rows[i][1]] = max(best.get(rows[i][1], 0.0), p[i])
            return best
        th = C.best_threshold(agg(train), gold_b)
        return {k for k, v in agg(test).items() if v >= th}

    def inner_f1(X, triplets):
        order = sorted(triplets)
        pred = set()
        for f in range(inner):
            held = {t for n, t in enumerate(order) if n % inner == f}
            pred |= marks(X, np.isin(tri, list(set(order) - held)), np.isin(tri, list(held)))
        return C.prf(pred, {k for k in gold_b if k[0] in triplets})[2]

    def build(chosen):
        return np.hstack([base] + [columns[n] for n in chosen])

    pred, sets = set(), []
    for f in range(folds):
        train = {t for t in set(tri.tolist()) if t % folds != f}
        chosen, current = [], inner_f1(base, train)
        for _ in range(steps):
            trial = {n: inner_f1(build(chosen + [n]), train) for n in columns if n not in chosen}
            n = max(trial, key=trial.get)
            if trial[n] <= current + 0.003:
                break
            chosen.append(n); current = trial[n]
        sets.append(chosen)
        pred |= marks(build(chosen), np.isin(tri, list(train)), tri % folds == f)
    return C.prf(pred, gold_b), sets


def main(basil, out_path, commit, pattern=None):
    import json
    triplets, universe, gold, rows, _ = C.load(basil, out_path)
    gold_b = gold["inf"] | gold["lex"]
    out = {json.loads(l)["id"]: json.loads(l) for l in open(out_path)}
    valence = {}
    for line in open("Models/lexicons/en-vader-v1/valence.tsv"):
        p = line.rstrip("\n").split("\t")
        try: valence[p[0]] = float(p[1])
        except (IndexError, ValueError): pass
    subjectivity = {}
    if pattern:
        import xml.etree.ElementTree as ET
        senses = collections.defaultdict(list)
        for w in ET.parse(pattern).getroot().iter("word"):
            senses[w.get("form").lower()].append(float(w.get("subjectivity")))
        subjectivity = {k: sum(v) / len(v) for k, v in senses.items()}
    feats = candidates(triplets, rows, out, valence, subjectivity)
    base = np.array([[r[2]["framing_features"][n] for n in C.FEATURES] for r in rows])
    loto = len(triplets)
    results = []

    def row(name, fn):
        r = [fn(f) for f in (10, 5, loto)]
        results.append((name, r))
        print(f"{name}: 10-fold P {100*r[0][0]:.1f} R {100*r[0][1]:.1f} F1 {100*r[0][2]:.1f}; 5-fold F1 {100*r[1][2]:.1f}; "
              f"leave-one-triplet-out F1 {100*r[2][2]:.1f}", flush=True)

    row("the five shipped features (en-basil-v1)", lambda f: cv_logistic(rows, base, gold_b, f))
    for name in feats[0]:
        X = np.hstack([base, np.array([[d[name]] for d in feats])])
        row(f"+ {name}", lambda f, X=X: cv_logistic(rows, X, gold_b, f))
    every = np.hstack([base, np.array([list(d.values()) for d in feats])])
    for l2 in (1.0, 100.0):
        def with_all(f, l2=l2):
            old, C.L2 = C.L2, l2
            try: return cv_logistic(rows, every, gold_b, f)
            finally: C.L2 = old
        row(f"+ all {len(feats[0])} candidates at once, L2 = {l2:g}", with_all)
    quad = np.hstack([base] + [(base[:, a] * base[:, b])[:, None] for a in range(5) for b in range(a, 5)])
    row("+ all 15 products of the five (quadratic)", lambda f: cv_logistic(rows, quad, gold_b, f))
    article = collections.defaultdict(list)
    for i, r in enumerate(rows): article[(r[0], r[1][1])].append(i)
    rel = np.zeros_like(base)
    for ix in article.values(): rel[ix] = base[ix] - base[ix].mean(0)
    triplet = collections.defaultdict(list)
    for i, r in enumerate(rows): triplet[r[0]].append(i)
    means = np.zeros_like(base)
    for ix in triplet.values(): means[ix] = base[ix].mean(0)
    row("+ the five's means over the whole triplet (the story's tone)", lambda f: cv_logistic(rows, np.hstack([base, means]), gold_b, f))
    row("+ the five minus their article means", lambda f: cv_logistic(rows, np.hstack([base, rel]), gold_b, f))
    row("per-class models (informational, lexical) joined by OR", lambda f: cv_per_class_or(rows, base, gold, gold_b, f))
    row("top share of each article's sentences", lambda f: cv_top_share(rows, base, gold_b, f))
    for l2 in (0.01, 10.0, 100.0):
        def with_l2(f, l2=l2):
            old, C.L2 = C.L2, l2
            try: return cv_logistic(rows, base, gold_b, f)
            finally: C.L2 = old
        row(f"L2 = {l2:g} instead of 1", with_l2)
    columns = {n: np.array([[d[n]] for d in feats]) for n in feats[0]}
    nested = []
    for steps, name in ((1, "one candidate"), (3, "up to three candidates, greedily")):
        for folds in (10, 5):
            (P, R, F), sets = nested_selection(rows, base, columns, gold_b, folds, steps)
            picked = collections.Counter(n for s in sets for n in s)
            nested.append((name, folds, P, R, F, len(sets), sum(1 for s in sets if not s), picked.most_common(3)))
            print(f"nested, {name}, {folds} outer folds: P {100*P:.1f} R {100*R:.1f} F1 {100*F:.1f}; picked {picked.most_common(3)}", flush=True)
    trivial = 100 * C.prf(set(universe), gold_b)[2]
    lines = ["# Framing features tried on BASIL dev", "",
             f"Commit {commit}; command `scripts/ablate-framing ../shared/data` (the Pattern rows need "
             "`PATTERN_SENTIMENT_XML`, see scripts/README.md). Biased class (either annotation), "
             f"{len(gold_b)} of {len(universe)} sentences; trivial F1 {trivial:.1f}.",
             "", "Each candidate is computed in Python (scripts/_framing_ablation.py) and added to the five shipped features; "
             "weights and threshold are fitted on the training folds only. "
             f"{len(results) - 1} alternatives to the shipped set were measured on the same folds, so the best of them "
             "is an optimistic number: a gain under about one point is noise (10-fold and 5-fold disagree by that much).",
             "", "| feature set or model | 10-fold P | 10-fold R | **10-fold F1** | 5-fold F1 | leave-one-triplet-out F1 |",
             "|---|---|---|---|---|---|"]
    for name, r in results:
        lines.append(f"| {name} | {100*r[0][0]:.1f} | {100*r[0][1]:.1f} | **{100*r[0][2]:.1f}** | {100*r[1][2]:.1f} | {100*r[2][2]:.1f} |")
    lines += ["", "Choosing among the candidates, cross-validated (nested: the choice is made by 5-fold CV inside each outer "
              "training part, a candidate kept only when it lifts that inner F1 by more than 0.3 points; the outer held-out "
              f"part is scored with the chosen set; the pool: the {len(columns)} single candidates above):", "",
              "| selection | outer folds | P | R | **F1** | sets chosen (how often) |", "|---|---|---|---|---|---|"]
    for name, folds, P, R, F, n, empty, top in nested:
        chosen = "; ".join(f"{k} ({v})" for k, v in top) + (f"; nothing ({empty})" if empty else "")
        lines.append(f"| {name} | {folds} | {100*P:.1f} | {100*R:.1f} | **{100*F:.1f}** | {chosen} |")
    open("Evaluation/results/compare-basil-ablation.md", "w").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
