#!/usr/bin/env python3
"""Times igraph's PageRank and Leiden on the coauthorship graph of a scholargraph export.

    kernels.py EXPORT/coauthorships.csv [REPEATS]

Reads the same file as the JMH benchmark CoauthorshipKernels (authors as nodes, joint papers as
edge weights), then prints one line per kernel: its name, the mean and best wall time in
milliseconds over REPEATS runs (default 5, after one warm-up run), and the result's quality
(Leiden: weighted modularity). Leiden runs one iteration, two (igraph's default) and until an
iteration changes nothing, named as the JMH benchmarks that run the same.
"""
import csv
import sys
import time

import igraph


def read_graph(path):
    ids = {}
    edges = []
    weights = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            s = ids.setdefault(row["source_id"], len(ids))
            t = ids.setdefault(row["target_id"], len(ids))
            edges.append((s, t))
            weights.append(float(row["joint_papers"]))
    g = igraph.Graph(n=len(ids), edges=edges, directed=False)
    g.es["weight"] = weights
    return g


def timed(run, repeats):
    run()
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - start) * 1000)
    return sum(times) / len(times), min(times), result


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    g = read_graph(path)
    print(f"graph\t{g.vcount()} nodes\t{g.ecount()} edges")
    mean, best, _ = timed(lambda: g.pagerank(weights="weight", damping=0.85), repeats)
    print(f"pagerank\t{mean:.1f}\t{best:.1f}")
    for iterations, name in ((1, "leidenOneIteration"), (2, "leidenTwoIterations"), (-1, "leidenOneStart")):
        mean, best, part = timed(lambda: g.community_leiden(objective_function="modularity", weights="weight",
                                                           resolution_parameter=1.0, n_iterations=iterations),
                                 repeats)
        print(f"{name}\t{mean:.1f}\t{best:.1f}\tQ {g.modularity(part.membership, weights='weight'):.6f}")


if __name__ == "__main__":
    main()
