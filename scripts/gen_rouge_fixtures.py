"""Writes Tests/ScoringTests/Fixtures/rouge-score-parity.jsonl: our own seeded pairs of invented
news-like text and edge cases, with rouge-score 0.1.2's values for rouge1/2/3/L/Lsum, stemmed
and unstemmed. Run through scripts/gen-rouge-fixtures (which picks the peers' venv).

Every sentence here is generated from word lists written for this project; no third-party text.
"""
import json
import random
import sys

import rouge_score
from rouge_score import rouge_scorer

SEED = 20261130
METRICS = ["rouge1", "rouge2", "rouge3", "rougeL", "rougeLsum"]

SUBJECTS = ["the minister", "a spokesman", "officials", "the council", "lawmakers", "the company", "investors",
            "the central bank", "police", "residents", "the governor", "analysts", "the union", "regulators",
            "the prime minister", "voters", "the committee", "firefighters", "the airline", "researchers"]
VERBS = ["said", "announced", "denied", "confirmed", "warned", "reported", "agreed", "rejected", "proposed",
         "approved", "criticised", "welcomed", "investigated", "expected", "promised", "described", "rejects",
         "is considering", "has been running", "were negotiating", "will be reviewing", "cancelled", "relaxed"]
OBJECTS = ["the new budget", "higher taxes", "the merger", "a ceasefire", "the election results", "rising prices",
           "the proposals", "emergency measures", "the investigation", "job cuts", "the trade agreement",
           "interest rates", "the policies", "flooding defences", "the hospitals", "fuel costs", "the strikes",
           "generalizations", "nationalization plans", "happiness surveys", "the agreements", "conditional offers"]
TAILS = ["on Monday", "on Tuesday", "last week", "in a statement", "after talks", "despite protests",
         "according to sources", "for the third time", "in the capital", "by a narrow margin", "before the vote",
         "amid growing concern", "during the meeting", "at the summit", "in March 2004", "by 3.5%", "for $1.13bn",
         "with 47 votes", "in the north-east", "under pressure"]
EXTRA = ["however", "meanwhile", "also", "reportedly", "quickly", "carefully", "happily", "repeatedly", "again"]
NON_ASCII = ["café", "Zürich", "İstanbul", "naïve", "São Paulo", "Kraków", "Ελλάδα", "東京", "résumé",
             "\u212aelvin", "straße", "Ünal", "emoji 🎉", "ﬁnance"]
PUNCT = ["!!!", "...", "--", "?!", ";", "(", ")", "\"", "'", "—", "–", "•", "#", "%", "&"]


def sentence(rng):
    words = [rng.choice(SUBJECTS)]
    if rng.random() < 0.3:
        words.append(rng.choice(EXTRA))
    words += [rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.7:
        words.append(rng.choice(TAILS))
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words) + 1), rng.choice(NON_ASCII))
    s = " ".join(words)
    s = s[0].upper() + s[1:]
    return s + rng.choice([".", ".", ".", "!", "?", ";", ""])


def perturb(rng, s):
    words = s.split()
    ops = rng.randrange(4)
    for _ in range(ops):
        kind = rng.randrange(4)
        if kind == 0 and len(words) > 2:
            del words[rng.randrange(len(words))]
        elif kind == 1:
            words.insert(rng.randrange(len(words) + 1), rng.choice(EXTRA + OBJECTS[:3]))
        elif kind == 2 and len(words) > 3:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        else:
            i = rng.randrange(len(words))
            words[i] = words[i].upper() if rng.random() < 0.5 else words[i] + rng.choice(["s", "ed", "ing", "ly"])
    return " ".join(words)


def summary(rng, k):
    return [sentence(rng) for _ in range(k)]


def news_pair(rng):
    ref = summary(rng, rng.randint(1, 4))
    pred = [perturb(rng, s) for s in rng.sample(ref, rng.randint(1, len(ref)))]
    pred += summary(rng, rng.randint(0, 2))
    rng.shuffle(pred)
    sep = rng.choice(["\n", "\n", " ", "\n\n", "\r\n"])
    return sep.join(ref), sep.join(pred)


def long_text(rng, words):
    out = []
    while len(out) < words:
        out += sentence(rng).split()
    return " ".join(out[:words])


def edge_cases(rng):
    s1, s2 = sentence(rng), sentence(rng)
    cases = [
        ("", ""), ("", s1), (s1, ""), ("   ", s1), (s1, "\n\n\n"),
        ("!!! ... ???", s1), (s1, "— – • ; : , . !"), ("!!!", "???"),
        ("1 2 3 4 5", "1 2 3 4 5"), ("2004 was 47.3% up, £75m ($141m)", "47.3% in 2004 and $141m"),
        ("Zürich café naïve İstanbul", "zurich cafe naive istanbul"), ("İİİ \u212a\u212a", "i i k k kk"),
        ("東京 Ελλάδα 🎉", "東京 Ελλάδα 🎉"), ("word", "word"), ("word", "words"), ("running", "runs"),
        ("the", "the the the the"), ("the the the cat the", "the cat the cat the cat"),
        ("a b a b a b a b", "b a b a b a"), (s1 + "\n\n" + s2, s2 + "\n\n\n" + s1),
        (s1 + "\n \n" + s2, s1 + " " + s2), ("ONE TWO three", "one two THREE"), ("x-ray e-mail", "x ray e mail"),
        ("it's the cats' toys", "its the cats toys"), ("sky skies dying lying news", "sky sky die lie new"),
        ("generously generalizations", "generous general"), ("abc" * 40, "abc" * 40),
        ("tab\tseparated\twords", "tab separated words"), ("enjoy enjoyed enjoying", "enjoy"),
        (s1, s1), (s1.upper(), s1.lower()), ("a\nb\nc\nd", "d\nc\nb\na"),
    ]
    return cases


def main(out_path):
    rng = random.Random(SEED)
    pairs = []
    for i, (t, p) in enumerate(edge_cases(rng)):
        pairs.append({"id": f"edge-{i:03d}", "target": t, "prediction": p})
    for i in range(3000):
        t, p = news_pair(rng)
        pairs.append({"id": f"news-{i:04d}", "target": t, "prediction": p})
    long_a = long_text(rng, 5000)
    long_b = long_text(rng, 400)
    pairs.append({"id": "long-5000-vs-400", "target": long_a, "prediction": long_b})
    pairs.append({"id": "long-400-vs-5000-lines", "target": long_b,
                  "prediction": long_a.replace(". ", ".\n")})
    # Several references: rouge-score's score_multi (highest F per metric).
    for i in range(100):
        refs = [" ".join(summary(rng, rng.randint(1, 3))) for _ in range(rng.randint(2, 4))]
        pred = perturb(rng, refs[rng.randrange(len(refs))]) + " " + sentence(rng)
        pairs.append({"id": f"multi-{i:03d}", "targets": refs, "prediction": pred})

    scorers = {s: rouge_scorer.RougeScorer(METRICS, use_stemmer=s) for s in (False, True)}
    with open(out_path, "w", encoding="utf-8") as out:
        for pair in pairs:
            for stem, scorer in scorers.items():
                if "targets" in pair:
                    scores = scorer.score_multi(pair["targets"], pair["prediction"])
                else:
                    scores = scorer.score(pair["target"], pair["prediction"])
                # Nine decimals keep the file small; the tests allow |Δ| <= 1e-6.
                pair["stem" if stem else "nostem"] = {
                    k: [round(scores[k].precision, 9), round(scores[k].recall, 9), round(scores[k].fmeasure, 9)]
                    for k in METRICS}
            if pair["stem"] == pair["nostem"]:
                pair["stem"] = "same"  # stemming changed nothing: the test reuses "nostem"
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    print(f"wrote {len(pairs)} pairs to {out_path} (rouge-score from {rouge_score.__file__}, seed {SEED})")


if __name__ == "__main__":
    main(sys.argv[1])
