#!/usr/bin/python3
"""Recomputes the author measures of a scholargraph export with igraph and compares them.

usage: scripts/check_exports.py EXPORTS_DIR
needs: Debian's python3-igraph and python3-leidenalg (apt-get install python3-igraph python3-leidenalg)

Rebuilds the coauthorship graph from authors.csv and coauthorships.csv (edge weight joint_papers)
and compares, author by author: degree, strength, weighted PageRank (damping 0.85), betweenness by
hops normalised by 2/((n-1)(n-2)), harmonic closeness over n-1, coreness, and weighted eigenvector
centrality scaled to max 1 on the largest component; then the weighted modularity of the exported
communities against the best of leidenalg's partitions over 10 seeds.

leidenalg's `partition.modularity` ignores edge weights (it calls graph.modularity without them),
so the weighted modularity of its partitions is read from `partition.quality()` and checked again
with igraph's `modularity(membership, weights=...)`. Exit 0 when everything agrees.
"""
import csv
import math
import os
import sys

import igraph
import leidenalg


def rows(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def main(folder):
    authors = rows(folder, "authors.csv")
    pairs = rows(folder, "coauthorships.csv")
    index = {a["author_id"]: i for i, a in enumerate(authors)}
    n = len(authors)
    g = igraph.Graph(n=n, edges=[(index[p["source_id"]], index[p["target_id"]]) for p in pairs])
    g.es["joint"] = [float(p["joint_papers"]) for p in pairs]
    failures = 0

    def compare(column, expected, tolerance, members=None):
        nonlocal failures
        members = range(n) if members is None else members
        off = []
        for k, v in enumerate(members):
            got = float(authors[v][column])
            want = expected[k]
            if not abs(got - want) <= tolerance * max(1.0, abs(want)):
                off.append((authors[v]["name"], got, want))
        if off:
            failures += 1
            print(f"{column}: {len(off)} of {len(members)} differ, first {off[0]}")
        else:
            print(f"{column}: all {len(members)} agree")

    compare("degree", [float(d) for d in g.degree()], 0)
    compare("strength", g.strength(weights="joint"), 1e-9)
    compare("pagerank", g.pagerank(weights="joint", damping=0.85), 1e-6)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    compare("betweenness", [b * scale for b in g.betweenness(directed=False)], 1e-6)
    compare("harmonic", g.harmonic_centrality(normalized=True), 1e-6)
    compare("coreness", [float(c) for c in g.coreness()], 0)
    giant = max(g.connected_components(), key=len)
    vector = g.subgraph(giant).eigenvector_centrality(weights="joint", scale=True)
    compare("eigenvector", vector, 1e-6, giant)

    labels = sorted({a["community"] for a in authors})
    membership = [labels.index(a["community"]) for a in authors]
    ours = g.modularity(membership, weights="joint")
    best = max((leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="joint", seed=s)
                for s in range(10)), key=lambda p: p.quality())
    theirs = g.modularity(best.membership, weights="joint")
    if not math.isclose(theirs, best.quality(), abs_tol=1e-9):
        print(f"warning: leidenalg quality {best.quality()} differs from igraph modularity {theirs}")
    ok = ours >= 0.98 * theirs
    print(f"modularity (weighted): ours {ours:.6f}, leidenalg best of 10 seeds {theirs:.6f}: "
          + ("within 2%" if ok else "more than 2% below"))
    return 0 if failures == 0 and ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
