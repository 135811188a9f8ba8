"""The test graphs of the centrality and community tests, shared by the reference scripts.

Node numbering is the one the Java tests use: Zachary's karate club is networkx's
karate_club_graph() numbering (0..33); ca-GrQc maps the SNAP ids in ascending order to 0..n-1
and keeps each unordered pair once.
"""
import os
import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
GRQC = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'snap', 'ca-GrQc.txt'))


def karate_edges():
    return sorted((min(u, v), max(u, v)) for u, v in nx.karate_club_graph().edges())


def karate():
    return ig.Graph(n=34, edges=karate_edges(), directed=False)


def path3():
    return ig.Graph(n=3, edges=[(0, 1), (1, 2)], directed=False)


def star4():
    return ig.Graph(n=4, edges=[(0, 1), (0, 2), (0, 3)], directed=False)


# Two weighted components {0..4} and {5,6,7} plus the isolated node 8.
WEIGHTED_EDGES = [(0, 1, 2.0), (0, 2, 1.0), (1, 2, 3.0), (2, 3, 1.5), (3, 4, 0.5), (1, 3, 1.0),
                  (5, 6, 4.0), (6, 7, 1.0), (5, 7, 2.0)]


def weighted_two_components():
    g = ig.Graph(n=9, edges=[(u, v) for u, v, _ in WEIGHTED_EDGES], directed=False)
    g.es['weight'] = [w for _, _, w in WEIGHTED_EDGES]
    return g


# Directed, node 3 has no out-edges (dangling), weights on edges.
DIRECTED_EDGES = [(0, 1, 1.0), (0, 2, 2.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 3.0), (4, 2, 1.0), (4, 3, 0.5)]


def directed_dangling():
    g = ig.Graph(n=5, edges=[(u, v) for u, v, _ in DIRECTED_EDGES], directed=True)
    g.es['weight'] = [w for _, _, w in DIRECTED_EDGES]
    return g


def grqc():
    """ca-GrQc as a simple undirected graph, or None when the file is absent."""
    if not os.path.exists(GRQC):
        return None
    pairs = []
    ids = set()
    with open(GRQC) as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            a, b = map(int, line.split())
            ids.update((a, b))
            pairs.append((a, b))
    index = {v: i for i, v in enumerate(sorted(ids))}
    edges = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in pairs if a != b})
    return ig.Graph(n=len(ids), edges=edges, directed=False)
