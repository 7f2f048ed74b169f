"""Fits the aligner's logistic model on MSRP train with 10-fold cross-validation.

Arguments: msrp-train.jsonl, the features JSONL from `parallax align --features`, the commit.
Model: p = sigmoid(bias + w . f), fitted by Newton's method (IRLS) with a small L2 penalty
(lambda = 1e-3, bias unpenalised). The decision threshold is the one that maximises accuracy on
the training folds (grid 0.05 .. 0.95 step 0.01). Folds: pair i goes to fold i mod 10 (the file
order), so the split is deterministic.
"""
import hashlib, json, os, sys
import numpy as np

msrp_path, feat_path, commit = sys.argv[1], sys.argv[2], sys.argv[3]
labels = {}
for line in open(msrp_path):
    r = json.loads(line)
    labels[r["id"]] = int(r["label"])
rows = [json.loads(l) for l in open(feat_path)]
names = list(rows[0]["features"].keys())
X = np.array([[r["features"][k] for k in names] for r in rows], dtype=float)
y = np.array([labels[r["id"]] for r in rows], dtype=float)
n = len(y)

def fit(X, y, lam=1e-3, iters=50):
    A = np.hstack([np.ones((len(X), 1)), X])
    w = np.zeros(A.shape[1])
    P = lam * np.eye(A.shape[1]); P[0, 0] = 0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-A @ w))
        g = A.T @ (p - y) + P @ w
        H = (A * (p * (1 - p))[:, None]).T @ A + P
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w

def prob(w, X):
    return 1 / (1 + np.exp(-(w[0] + X @ w[1:])))

def best_threshold(p, y):
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    accs = [((p >= t) == (y == 1)).mean() for t in grid]
    return float(grid[int(np.argmax(accs))])

def scores(pred, y):
    tp = float(((pred == 1) & (y == 1)).sum()); fp = float(((pred == 1) & (y == 0)).sum())
    fn = float(((pred == 0) & (y == 1)).sum())
    acc = float((pred == y).mean())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return acc, prec, rec, f1

fold = np.arange(n) % 10
pred = np.zeros(n)
thresholds = []
for k in range(10):
    tr, te = fold != k, fold == k
    w = fit(X[tr], y[tr])
    t = best_threshold(prob(w, X[tr]), y[tr])
    thresholds.append(t)
    pred[te] = (prob(w, X[te]) >= t).astype(float)
cv = scores(pred, y)
# Cosine alone, same protocol (for the record).
pred_c = np.zeros(n)
ci = names.index("cosine")
for k in range(10):
    tr, te = fold != k, fold == k
    t = best_threshold(X[tr, ci], y[tr])
    pred_c[te] = (X[te, ci] >= t).astype(float)
cos_only = scores(pred_c, y)
majority = scores(np.ones(n), y)
# Current model (as the binary decided, before refitting) for the record.
w = fit(X, y)
t = best_threshold(prob(w, X), y)
train_fit = scores((prob(w, X) >= t).astype(float), y)

out_dir = "Models/aligner/en-msrp-v1"
os.makedirs(out_dir, exist_ok=True)
with open(os.path.join(out_dir, "weights.tsv"), "w") as f:
    f.write("# Logistic aligner fitted on MSRP train by scripts/calibrate-aligner; p = sigmoid(bias + sum w*f)\n")
    f.write(f"bias\t{w[0]:.6f}\nthreshold\t{t:.2f}\n")
    for k, name in enumerate(names):
        f.write(f"{name}\t{w[k + 1]:.6f}\n")
sha = hashlib.sha256(open(os.path.join(out_dir, "weights.tsv"), "rb").read()).hexdigest()
json.dump({
    "name": "en-msrp", "version": 1, "format": "TSV name<TAB>value: bias, threshold, one weight per PairFeatures name",
    "sources": [{"name": "Microsoft Research Paraphrase Corpus, train split (../shared/data/paraphrase/msrp-train.jsonl)",
                 "pairs": n, "positives": int(y.sum()), "via": "galsang/ABCNN @ f95b9a1"}],
    "licence": "weights are ours; the corpus is under Microsoft Research terms and is not shipped",
    "build": "scripts/calibrate-aligner", "commit": commit,
    "tokenizer": "TextProcessing.Tokenizer; content terms: stop words removed, PorterStemmer",
    "features": names, "l2": 1e-3,
    "cross_validation": {"folds": 10, "accuracy": round(cv[0], 4), "f1": round(cv[3], 4)},
    "sha256": {"weights.tsv": sha},
}, open(os.path.join(out_dir, "MANIFEST.json"), "w"), indent=2, sort_keys=True)

pct = lambda v: f"{100 * v:.1f}"
os.makedirs("Evaluation/results", exist_ok=True)
with open("Evaluation/results/compare-alignment.md", "w") as f:
    f.write("# Aligner calibration on MSRP train\n\n")
    f.write(f"Pairs: {n} (positives {int(y.sum())}). Data: `../shared/data/paraphrase/msrp-train.jsonl`. Commit {commit}.\n")
    f.write("Command: `scripts/calibrate-aligner` (features by `parallax align --features`, fit by `scripts/_calibrate_aligner.py`).\n\n")
    f.write("10-fold cross-validation (fold = pair index mod 10); the threshold is chosen on the training folds.\n\n")
    f.write("| decision rule | accuracy | precision | recall | F1 |\n|---|---|---|---|---|\n")
    f.write(f"| majority (always \"same meaning\") | {pct(majority[0])} | {pct(majority[1])} | {pct(majority[2])} | {pct(majority[3])} |\n")
    f.write(f"| TF-IDF cosine alone, threshold | {pct(cos_only[0])} | {pct(cos_only[1])} | {pct(cos_only[2])} | {pct(cos_only[3])} |\n")
    f.write(f"| **logistic over {len(names)} features (shipped)** | **{pct(cv[0])}** | {pct(cv[1])} | {pct(cv[2])} | **{pct(cv[3])}** |\n\n")
    f.write(f"Fold thresholds: {', '.join(f'{x:.2f}' for x in thresholds)}. Final model (all pairs): threshold {t:.2f}, "
            f"training accuracy {pct(train_fit[0])}.\n\nWeights: " + ", ".join(f"{nm} {w[k+1]:+.3f}" for k, nm in enumerate(names)) + f", bias {w[0]:+.3f}.\n")
print(f"majority acc={pct(majority[0])} F1={pct(majority[3])}; cosine-only CV acc={pct(cos_only[0])} F1={pct(cos_only[3])}; "
      f"logistic CV acc={pct(cv[0])} F1={pct(cv[3])} (threshold {t:.2f})")
