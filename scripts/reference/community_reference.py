#!/usr/bin/python3
"""Expected values of the community tests (src/test/java/org/scholargraph/analysis/community/).

usage: /usr/bin/python3 scripts/reference/community_reference.py   (python3-igraph, -networkx, -leidenalg)

Modularity of fixed partitions by igraph's Graph.modularity(membership, weights, resolution)
and, as a second opinion, networkx's community.modularity; the best modularity leidenalg finds
(ModularityVertexPartition, or RBConfigurationVertexPartition for another resolution, best of
seeds 0..4, as ../shared/tools/igraph-check.py does).
"""
import igraph as ig
import leidenalg as la
import networkx as nx
import graphs


def nx_graph(g, weights):
    h = nx.DiGraph() if g.is_directed() else nx.Graph()
    h.add_nodes_from(range(g.vcount()))
    for e in g.es:
        h.add_edge(e.source, e.target, weight=e[weights] if weights else 1.0)
    return h


def modularity(name, g, membership, weights=None, resolution=1.0):
    # Graph.modularity of python3-igraph 0.10 drops its resolution argument on the way to the C
    # core (community.py passes only membership and weights); GraphBase.modularity passes it.
    q = ig.GraphBase.modularity(g, membership, weights, resolution, True)
    parts = {}
    for v, c in enumerate(membership):
        parts.setdefault(c, set()).add(v)
    qx = nx.community.modularity(nx_graph(g, weights), parts.values(), weight='weight', resolution=resolution)
    assert abs(q - qx) < 1e-12, (q, qx)
    print(f'    // {name}: igraph {q!r} networkx {qx!r}')


def best_leiden(name, g, weights=None, resolution=1.0):
    def run(seed):
        if resolution == 1.0:
            return la.find_partition(g, la.ModularityVertexPartition, weights=weights, seed=seed)
        return la.find_partition(g, la.RBConfigurationVertexPartition, weights=weights, seed=seed,
                                 resolution_parameter=resolution)
    best = max((run(s) for s in range(5)), key=lambda p: p.quality())
    q1 = g.modularity(best.membership, weights=weights)
    qr = ig.GraphBase.modularity(g, best.membership, weights, resolution, True)
    print(f'    // {name}: leidenalg best of 5 seeds, resolution {resolution}: modularity(gamma) {qr!r}, '
          f'modularity(1) {q1!r}, {len(set(best.membership))} communities')


karate = graphs.karate()
club = [0 if nx.karate_club_graph().nodes[v]['club'] == 'Mr. Hi' else 1 for v in range(34)]
weighted = graphs.weighted_two_components()
directed = graphs.directed_dangling()

print('== Modularity of fixed partitions')
print('    // karate club split (networkx "club"):', club)
modularity('karate, club split', karate, club)
modularity('karate, club split, resolution 0.5', karate, club, resolution=0.5)
modularity('karate, all in one', karate, [0] * 34)
modularity('karate, singletons', karate, list(range(34)))
modularity('weighted, components as communities', weighted, [0, 0, 0, 0, 0, 1, 1, 1, 2], 'weight')
modularity('weighted, {0,1,2} {3,4} {5,6,7} {8}', weighted, [0, 0, 0, 1, 1, 2, 2, 2, 3], 'weight')
modularity('weighted, {0,1,2} {3,4} {5,6,7} {8}, resolution 2', weighted, [0, 0, 0, 1, 1, 2, 2, 2, 3], 'weight', 2.0)
modularity('directed, {0,1,2} {3,4}', directed, [0, 0, 0, 1, 1], 'weight')
undirected = directed.as_undirected(combine_edges='sum')   # what CompactGraph.asUndirected() makes
modularity('directed taken as undirected (weights add), {0,1,2} {3,4}', undirected, [0, 0, 0, 1, 1], 'weight')

print('== leidenalg')
best_leiden('karate', karate)
best_leiden('karate', karate, resolution=0.5)
best_leiden('weighted two components', weighted, 'weight')
g = graphs.grqc()
if g is not None:
    best_leiden('ca-GrQc', g)
