"""Writes the inputs of scripts/checks/compare-scale into the folder given: two identical
versions, two versions with nothing in common, and 50 versions of one invented story, each about
2,000 words, drawn (seeded) from sentence templates written for this check."""
import json, os, random, sys

if sys.argv[1] == "--check":
    kind, r = sys.argv[2], json.load(open(sys.argv[3]))
    sentences = sum(len(o["sentences"]) for o in r["outlets"])
    if kind == "identical":
        unique = sum(s["unique"] for o in r["outlets"] for s in o["sentences"])
        print(f"identical versions: {len(r['facts'])} facts, {unique} unique of {sentences} sentences")
        sys.exit(0 if unique == 0 and 2 * len(r["facts"]) == sentences else 1)
    if kind == "single":
        unique = sum(s["unique"] for o in r["outlets"] for s in o["sentences"])
        print(f"one version: {len(r['facts'])} facts, {unique} unique of {sentences} sentences, "
              f"summary of {len(r['consensus'])} sentences")
        sys.exit(0 if len(r["outlets"]) == 1 and not r["facts"] and unique == 0 and r["consensus"] else 1)
    if kind == "disjoint":
        print(f"no overlap: {len(r['facts'])} facts, consensus of {len(r['consensus'])} sentences")
        sys.exit(0 if not r["facts"] and r["consensus"] else 1)
    seconds = float(sys.argv[5]) - float(sys.argv[4])
    words = sum(o["words"] for o in r["outlets"])
    print(f"50 versions: {words} words, {sentences} sentences, {len(r['facts'])} facts, {seconds:.2f} s (limit 5 s)")
    sys.exit(0 if len(r["outlets"]) == 50 and seconds < 5 else 1)

out = sys.argv[1]
rng = random.Random(20261130)
subjects = ["Police", "The harbour authority", "Union leaders", "Mayor Elena Voss", "Dock workers", "City officials",
            "Shop owners on Quay Street", "The port's operators", "Residents of the old town", "Observers from the rights forum"]
verbs = ["said", "told reporters", "confirmed", "claimed", "insisted", "announced", "reported", "warned"]
facts = ["the march began at the shipyard gates at noon", "about {n} people walked to the customs house",
         "{n} people were detained near the customs house", "talks on a new contract may resume next week",
         "crews have not had a pay rise since 2019", "shop windows were broken during the evening",
         "one officer was treated in hospital and released", "the city would meet union leaders on Monday",
         "damage was estimated at {n} crowns", "the harbour will reopen on Tuesday morning",
         "the ferry service was suspended for {n} hours", "the container terminal lost a day of work",
         "a second march is planned for the weekend", "the union's chairman called for calm",
         "the police chief defended the officers' conduct", "traders asked the council for compensation"]
extras = ["", " after a long day of protest", " according to a statement", " late on Saturday", " in the city centre",
          " despite the rain", " amid rising tension", " before nightfall"]
pool = []
for k in range(400):
    s, v, f, e = rng.choice(subjects), rng.choice(verbs), rng.choice(facts), rng.choice(extras)
    pool.append(f"{s} {v} that {f.format(n=rng.choice([14, 40, 200, 2000, 40000]))}{e}.")
for v in range(50):
    sents, words = [], 0
    while words < 2000:
        s = rng.choice(pool)
        if rng.random() < 0.3:
            w = s.split(); i = rng.randrange(1, len(w)); w[i] = rng.choice(["reportedly", "again", "firmly", "briefly"]) + " " + w[i]; s = " ".join(w)
        sents.append(s); words += len(s.split())
    paras = ["\n".join(sents[i:i + 4]) for i in range(0, len(sents), 4)]
    with open(os.path.join(out, f"v{v:02d}.txt"), "w") as f:
        f.write(f"Harbour march, version {v}\n\n" + "\n\n".join(paras) + "\n")
same = "Harbour march\n\nPolice detained 14 people after a march in Port Calder on Saturday.\n\nThe union says crews have not had a pay rise since 2019.\n\nTalks may resume next week, the harbour authority said.\n"
for n in ("same-a", "same-b"):
    open(os.path.join(out, n + ".txt"), "w").write(same)
open(os.path.join(out, "bread.txt"), "w").write("Bakers in the valley sold fresh bread at dawn.\n\nThe rye loaves went first.\n")
open(os.path.join(out, "comet.txt"), "w").write("Astronomers measured a distant comet's tail.\n\nIt glowed green over the mountains.\n")
