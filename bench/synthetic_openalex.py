#!/usr/bin/python3
"""Writes a synthetic OpenAlex snapshot partition (JSON Lines) of N works for benchmarks.

usage: bench/synthetic_openalex.py N OUT.jsonl [SEED]

Each work has 1–12 authors drawn with preferential attachment from a growing pool (so the
coauthorship graph has a heavy-tailed degree distribution like real ones), 3 keywords from a
vocabulary of 2,000, a year in 1990–2024, an abstract of ~120 words, and up to 25 references to
earlier works (preferentially to much-cited ones). Deterministic for a seed.
"""
import json
import random
import sys

n = int(sys.argv[1])
path = sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
words = [f"term{k}" for k in range(5000)]
keywords = [f"topic {k}" for k in range(2000)]
author_pool = []   # author ids, repeated per authorship: preferential attachment
cited_pool = []    # work indices, repeated per citation
next_author = 0
with open(path, "w") as out:
    for w in range(n):
        size = min(12, max(1, int(rng.expovariate(1 / 3.0)) + 1))
        authors = []
        for _ in range(size):
            if author_pool and rng.random() < 0.8:
                a = rng.choice(author_pool)
            else:
                a = next_author
                next_author += 1
            if a not in authors:
                authors.append(a)
        author_pool.extend(authors)
        refs = set()
        for _ in range(min(w, rng.randint(0, 25))):
            refs.add(rng.choice(cited_pool) if cited_pool and rng.random() < 0.7 else rng.randrange(w))
        cited_pool.extend(refs)
        cited_pool.append(w)
        abstract = {}
        for pos in range(120):
            abstract.setdefault(rng.choice(words), []).append(pos)
        work = {
            "id": f"https://openalex.org/W{w + 1}",
            "doi": f"https://doi.org/10.5555/bench.{w + 1}",
            "title": f"Synthetic work {w + 1} on {rng.choice(keywords)}",
            "publication_year": 1990 + (w * 35) // n,
            "authorships": [{"author": {"id": f"https://openalex.org/A{a + 1}", "display_name": f"Author {a + 1}"}}
                            for a in authors],
            "keywords": [{"display_name": k} for k in rng.sample(keywords, 3)],
            "referenced_works": [f"https://openalex.org/W{r + 1}" for r in sorted(refs)],
            "abstract_inverted_index": abstract,
        }
        out.write(json.dumps(work) + "\n")
print(f"{n} works, {next_author} authors written to {path}", file=sys.stderr)
