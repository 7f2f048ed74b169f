"""Speed of `parallax rouge` beside rouge-score 0.1.2, rouge-score-rs and rouge-rust (fast_rouge),
in one run, on the same 10,000 pairs (run by scripts/bench-rouge; see its header).

Pairs: bbc-dev's reference summaries against three of the article's paragraphs (the lead, then
seeded random picks) until there are 10,000, written as JSONL to a temporary directory.
Python scorers are timed in-process with imports and set-up excluded; `parallax rouge` is timed
as a whole process (start-up, parsing, scoring, output). The fast tools run interleaved (one run
of each per round, `--repeat` rounds), so that load from other processes falls on all alike;
the table gives medians and fastest runs.
"""
import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time


def build_pairs(data, n):
    rng = random.Random(11)
    docs = [json.loads(l) for l in open(os.path.join(data, "bbc/bbc-dev.jsonl"), encoding="utf-8")]
    pairs = []
    variant = 0
    while len(pairs) < n:
        for d in docs:
            if len(pairs) >= n:
                break
            paras = [p.strip() for p in d["article"].split("\n") if p.strip()]
            if variant == 0:
                pick = list(range(min(3, len(paras))))
            else:
                pick = sorted(rng.sample(range(len(paras)), min(3, len(paras))))
            pairs.append((f"{d['id']}#{variant}", d["reference"], "\n".join(paras[i] for i in pick)))
        variant += 1
    return pairs


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--pairs", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-rouge-score", action="store_true", help="leave out the slow pure-Python scorer")
    ap.add_argument("--write", help="markdown file to write the results to")
    args = ap.parse_args()

    pairs = build_pairs(args.data, args.pairs)
    refs = [p[1] for p in pairs]
    preds = [p[2] for p in pairs]
    rows = []  # (workload, tool, median, times)
    with tempfile.TemporaryDirectory() as tmp:
        rpath, ppath = os.path.join(tmp, "refs.jsonl"), os.path.join(tmp, "preds.jsonl")
        with open(rpath, "w", encoding="utf-8") as r, open(ppath, "w", encoding="utf-8") as p:
            for pid, ref, pred in pairs:
                r.write(json.dumps({"id": pid, "reference": ref}) + "\n")
                p.write(json.dumps({"id": pid, "summary": pred}) + "\n")
        size = os.path.getsize(rpath) + os.path.getsize(ppath)

        def parallax(metrics, stem, per_document=True, bootstrap=None):
            cmd = [args.binary, "rouge", "-r", rpath, "-p", ppath, "--metrics", metrics,
                   "-o", os.path.join(tmp, "out")]
            cmd += ["--per-document", "--format", "jsonl"] if per_document else ["--format", "json"]
            if stem:
                cmd.append("--stem")
            if bootstrap is not None:
                cmd += ["--bootstrap", str(bootstrap)]
            return cmd, (lambda: subprocess.run(cmd, check=True))

        # The fast tools run interleaved, one run of each per round, so that load from other
        # processes on the machine falls on all of them alike; rouge-score runs once, last.
        a_metrics = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
        cmd_a, run_a = parallax(",".join(a_metrics), True)
        cmd_b, run_b = parallax("rouge1,rouge2,rougeL", False)
        cmd_c0, run_c0 = parallax(",".join(a_metrics), True, per_document=False, bootstrap=0)
        cmd_c1, run_c1 = parallax(",".join(a_metrics), True, per_document=False, bootstrap=1000)
        import fast_rouge
        import rouge_score_rs
        rs = rouge_score_rs.RougeScorer(a_metrics, use_stemmer=True)
        entries = [
            # Workload A: rouge1, rouge2, rougeL, rougeLsum with stemming.
            ("A", "parallax rouge (whole process)", run_a),
            ("A", "rouge-score-rs 0.2.1 score_batch", lambda: rs.score_batch(refs, preds)),
            ("A", "rouge-score-rs 0.2.1 loop", lambda: [rs.score(r, p) for r, p in zip(refs, preds)]),
            # Workload B: rouge1, rouge2, rougeL without stemming.
            ("B", "parallax rouge (whole process)", run_b),
            ("B", "rouge-rust 0.1.12 (fast_rouge) score_batch_flat", lambda: fast_rouge.score_batch_flat(refs, preds)),
            ("B", "rouge-rust 0.1.12 (fast_rouge) score_batch", lambda: fast_rouge.score_batch(refs, preds)),
            ("B", "rouge-rust 0.1.12 (fast_rouge) loop", lambda: [fast_rouge.score(r, p) for r, p in zip(refs, preds)]),
            # Bootstrap cost: aggregate with 1,000 resamples vs none.
            ("C", "parallax rouge aggregate, --bootstrap 0", run_c0),
            ("C", "parallax rouge aggregate, --bootstrap 1000", run_c1),
        ]
        times = {k: [] for k in range(len(entries))}
        for _ in range(args.repeat):
            for k, (_, _, fn) in enumerate(entries):
                t = time.perf_counter()
                fn()
                times[k].append(time.perf_counter() - t)
        for k, (w, tool, _) in enumerate(entries):
            rows.append((w, tool, statistics.median(times[k]), times[k]))
        if not args.skip_rouge_score:
            from rouge_score import rouge_scorer
            py = rouge_scorer.RougeScorer(a_metrics, use_stemmer=True)
            rows.insert(3, ("A", "rouge-score 0.1.2 loop", *median_time(lambda: [py.score(r, p) for r, p in zip(refs, preds)], 1)))

    def best(workload, prefix, stat=0):
        """The tool's best API by median (stat=0) or by fastest run (stat=1)."""
        return min((r[2] if stat == 0 else min(r[3])) for r in rows if r[0] == workload and r[1].startswith(prefix))

    ours_a, ours_b = best("A", "parallax"), best("B", "parallax")
    lines = []
    lines.append(f"{len(pairs)} pairs, {size / 1e6:.1f} MB of JSONL; median of {args.repeat} runs (rouge-score: 1 run)")
    lines.append("")
    lines.append("| workload | tool | median s | fastest s | runs s |")
    lines.append("|---|---|---|---|---|")
    for w, tool, med, times in rows:
        lines.append(f"| {w} | {tool} | {med:.3f} | {min(times):.3f} | {', '.join(f'{t:.3f}' for t in times)} |")
    lines.append("")
    lines.append("Workloads: A = rouge1, rouge2, rougeL, rougeLsum with stemming; B = rouge1, rouge2, rougeL unstemmed; "
                 "C = A aggregated (mean and intervals) instead of per-document output.")
    lines.append("")
    rs_a = best("A", "rouge-score-rs")
    fr_b = best("B", "rouge-rust")
    rs_a_min, fr_b_min = best("A", "rouge-score-rs", 1), best("B", "rouge-rust", 1)
    ours_a_min, ours_b_min = best("A", "parallax", 1), best("B", "parallax", 1)
    lines.append(f"- A: parallax {ours_a:.3f} s vs rouge-score-rs {rs_a:.3f} s (its faster API): **{rs_a / ours_a:.2f}x faster** "
                 f"(fastest runs: {ours_a_min:.3f} s vs {rs_a_min:.3f} s, {rs_a_min / ours_a_min:.2f}x)")
    if not args.skip_rouge_score:
        py_a = best("A", "rouge-score 0.1.2")
        lines.append(f"- A: parallax vs rouge-score 0.1.2 {py_a:.1f} s: **{py_a / ours_a:.0f}x faster**")
    lines.append(f"- B: parallax {ours_b:.3f} s vs rouge-rust (fast_rouge) {fr_b:.3f} s (its faster API): **{fr_b / ours_b:.2f}x faster** "
                 f"(fastest runs: {ours_b_min:.3f} s vs {fr_b_min:.3f} s, {fr_b_min / ours_b_min:.2f}x)")
    c0, c1 = best("C", "parallax rouge aggregate, --bootstrap 0"), best("C", "parallax rouge aggregate, --bootstrap 1000")
    c0m, c1m = best("C", "parallax rouge aggregate, --bootstrap 0", 1), best("C", "parallax rouge aggregate, --bootstrap 1000", 1)
    lines.append(f"- C: bootstrap of 1,000 resamples over {len(pairs)} documents adds {c1 - c0:.3f} s by medians "
                 f"({c0:.3f} s -> {c1:.3f} s), {c1m - c0m:.3f} s by fastest runs")
    lines.append("")
    lines.append("Commands timed for parallax (paths are temporary):")
    lines.append("")
    for c in (cmd_a, cmd_b, cmd_c1):
        lines.append("    " + " ".join(os.path.basename(x) if os.sep in x and not x.endswith("parallax") else x for x in c))
    text = "\n".join(lines)
    print(text)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
