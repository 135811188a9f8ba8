#!/usr/bin/env python3
"""Checks the clustering and closeness columns of an export's authors.csv against igraph on the
coauthorship network of its coauthorships.csv: prints, per column, the largest difference over
all authors. Usage: export_author_measures.py EXPORT_FOLDER"""
import csv
import sys

import igraph

folder = sys.argv[1]
with open(f'{folder}/authors.csv', encoding='utf-8-sig', newline='') as f:
    authors = list(csv.DictReader(f))
with open(f'{folder}/coauthorships.csv', encoding='utf-8-sig', newline='') as f:
    pairs = [(r['source_id'], r['target_id']) for r in csv.DictReader(f)]
index = {a['author_id']: i for i, a in enumerate(authors)}
g = igraph.Graph(n=len(authors), edges=[(index[s], index[t]) for s, t in pairs])
n = g.vcount()
clustering = g.transitivity_local_undirected(mode='zero')
# igraph's closeness is r/D within what a node reaches; Wasserman-Faust scales it by r/(n-1)
within = g.closeness(normalized=True)
reached = [len(g.subcomponent(v)) - 1 for v in range(n)]
closeness = [within[v] * reached[v] / (n - 1) if reached[v] and n > 1 else 0.0 for v in range(n)]
for column, expected in (('clustering', clustering), ('closeness', closeness)):
    worst = max(abs(float(a[column]) - e) for a, e in zip(authors, expected))
    print(f'{column}: {n} authors, {g.ecount()} pairs, largest difference from igraph {worst:.3g}')
