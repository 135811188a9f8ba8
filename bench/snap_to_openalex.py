#!/usr/bin/python3
"""Turns a SNAP coauthorship edge list into OpenAlex-style JSON Lines, one two-author work per
undirected edge, so that scholargraph can be run (and checked against igraph) on a real network.

usage: bench/snap_to_openalex.py ../shared/data/snap/ca-GrQc.txt OUT.jsonl

The works are synthetic carriers of the edges: title "Joint work of A and B", year spread over
1993–2003 by edge order, no references. The coauthorship graph scholargraph builds from them is
the SNAP graph with every edge of weight 1 (isolated nodes of the SNAP file do not appear).
"""
import json
import sys

source, target = sys.argv[1], sys.argv[2]
edges = set()
with open(source) as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        a, b = line.split()
        if a != b:
            edges.add((min(a, b, key=int), max(a, b, key=int)))
with open(target, "w") as out:
    for n, (a, b) in enumerate(sorted(edges, key=lambda e: (int(e[0]), int(e[1])))):
        work = {
            "id": f"https://openalex.org/W{n + 1}",
            "title": f"Joint work of {a} and {b}",
            "publication_year": 1993 + n % 11,
            "authorships": [
                {"author": {"id": f"https://openalex.org/A{a}", "display_name": f"Author {a}"}},
                {"author": {"id": f"https://openalex.org/A{b}", "display_name": f"Author {b}"}},
            ],
            "referenced_works": [],
        }
        out.write(json.dumps(work) + "\n")
print(f"{len(edges)} works written to {target}", file=sys.stderr)
