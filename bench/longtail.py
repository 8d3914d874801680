#!/usr/bin/env python3
"""Writes N distinct search paths (a long tail: words x places x filters), so that each request of a run
misses the result cache and exercises the search engine itself. Deterministic (seeded)."""
import random
import sys
from urllib.parse import quote

n, out = int(sys.argv[1]), sys.argv[2]
words = ["logement", "hebergement", "francais", "cours", "emploi", "formation", "sante", "medecin", "droit",
         "avocat", "asile", "ecole", "enfants", "famille", "femmes", "jeunes", "alimentaire", "urgence",
         "numerique", "benevolat", "sport", "culture", "mobilite", "permis", "cuisine", "job", "housing",
         "french", "lawyer", "health", "житло", "мова", "سكن", "عمل", "hebergment", "formaton"]
cities = ["Paris", "Lyon", "Marseille", "Nancy", "Calais", "Lille", "Bordeaux", "Toulouse", "Strasbourg", "Nantes",
          "Rennes", "Metz", "Besançon", "Grenoble", "Montpellier", "Nice", "Rouen", "Brest"]
domains = ["housing", "french", "rights", "work", "health", "school", "daily-life", "emergency"]
modes = ["walk-in", "self-referral", "professional-referral", "committee"]
rng = random.Random(2026)
paths = set()
while len(paths) < n:
    params = []
    kind = rng.random()
    if kind < 0.5:
        params.append("q=" + quote(" ".join(rng.sample(words, rng.choice([1, 1, 2])))))
    if kind >= 0.3:
        params.append("domain=" + rng.choice(domains))
    if rng.random() < 0.5:
        params.append("city=" + quote(rng.choice(cities)))
    elif rng.random() < 0.3:
        params.append("accessMode=" + rng.choice(modes))
    params.append("page=" + str(rng.choice([1, 1, 1, 2, 3])))
    paths.add("/api/v1/services?" + "&".join(params))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(paths, key=lambda p: rng.random())) + "\n")
