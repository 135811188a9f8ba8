#!/usr/bin/python3
"""Expected values of the centrality tests (src/test/java/org/scholargraph/analysis/centrality/).

usage: /usr/bin/python3 scripts/reference/centrality_reference.py   (python3-igraph, python3-networkx)

Every number is computed by igraph with the definitions that ../shared/tools/igraph-check.py checks:
pagerank(weights, damping=0.85); betweenness(directed) scaled by 1/((n-1)(n-2)) for directed
graphs and 2/((n-1)(n-2)) for undirected ones; harmonic_centrality(normalized=True), with
mode="out" on directed graphs (igraph's own default there is "all", which ignores direction);
coreness() (mode "all": in- plus out-degree); eigenvector_centrality(weights, scale=True) on each
connected component alone, times lambda_c / lambda_L (lambda_c the component's leading eigenvalue,
lambda_L the largest component's), which is how WeightedEigenvector defines it on a disconnected
graph: the largest component, the one igraph-check.py compares, keeps igraph's max-1 vector.

Local clustering is igraph's transitivity_local_undirected(mode="zero") (0, not NaN, below degree
2), checked here against networkx's clustering(). Closeness is networkx's
closeness_centrality(wf_improved=True), the Wasserman-Faust form for disconnected graphs; on a
directed graph networkx measures distances into a node, so it runs on the reversed graph to give
the out-distance closeness that WassermanFaustCloseness computes. Both are unweighted.
"""
import networkx as nx

import graphs


def java(name, values):
    body = ', '.join(repr(float(v)) for v in values)
    print(f'    // {name}\n    {{{body}}}')


def betweenness(g):
    n = g.vcount()
    if n <= 2:
        return [0.0] * n
    scale = (1.0 if g.is_directed() else 2.0) / ((n - 1) * (n - 2))
    return [b * scale for b in g.betweenness(directed=g.is_directed())]


def eigenvector_by_component(g, weights=None):
    """igraph's scale=True vector of each component alone, times lambda_c / lambda_L."""
    out = [0.0] * g.vcount()
    parts = []
    for members in g.connected_components():
        if len(members) < 2:
            continue
        ev, value = g.subgraph(members).eigenvector_centrality(weights=weights, scale=True, return_eigenvalue=True)
        parts.append((members, ev, value))
    if not parts:
        return out
    # The largest component: most nodes, then the larger eigenvalue, then the smallest first node.
    reference = max(parts, key=lambda p: (len(p[0]), p[2], -min(p[0])))[2]
    for members, ev, value in parts:
        for k, v in enumerate(members):
            out[v] = ev[k] * value / reference
    return out


def closeness_wf(g):
    """networkx closeness_centrality(wf_improved=True) by out-distances, unweighted."""
    h = nx.DiGraph() if g.is_directed() else nx.Graph()
    h.add_nodes_from(range(g.vcount()))
    h.add_edges_from(g.get_edgelist())
    if g.is_directed():
        h = h.reverse()
    c = nx.closeness_centrality(h, wf_improved=True)
    return [c[v] for v in range(g.vcount())]


def clustering(g):
    """igraph's local transitivity with 0 below degree 2, checked against networkx."""
    values = g.transitivity_local_undirected(mode='zero')
    h = nx.Graph()
    h.add_nodes_from(range(g.vcount()))
    h.add_edges_from(g.get_edgelist())
    nx_values = nx.clustering(h)
    assert all(abs(values[v] - nx_values[v]) < 1e-12 for v in range(g.vcount())), 'igraph and networkx disagree'
    return values


def report(name, g, weights=None):
    print(f'== {name}: n={g.vcount()} m={g.ecount()} directed={g.is_directed()}')
    java('pagerank', g.pagerank(weights=weights, damping=0.85))
    java('betweenness', betweenness(g))
    java('harmonic', g.harmonic_centrality(mode='out', normalized=True))
    java('coreness', g.coreness())
    java('closeness (Wasserman-Faust, networkx wf_improved=True, out-distances)', closeness_wf(g))
    if not g.is_directed():
        java('clustering (igraph transitivity_local_undirected, mode="zero")', clustering(g))
        java('eigenvector (scale=True per component, times lambda_c/lambda_L)', eigenvector_by_component(g, weights))
        lambdas = []
        for members in g.connected_components():
            if len(members) > 1:
                _, value = g.subgraph(members).eigenvector_centrality(weights=weights, scale=True, return_eigenvalue=True)
                lambdas.append((members[0], value))
        print('    // leading eigenvalue per component (first member, lambda):', lambdas)


report('karate', graphs.karate())
report('path3', graphs.path3())
report('star4', graphs.star4())
report('weighted two components + isolated', graphs.weighted_two_components(), weights='weight')
report('directed with dangling node 3', graphs.directed_dangling(), weights='weight')

g = graphs.grqc()
if g is not None:
    n = g.vcount()
    degree = g.degree()
    sample = sorted({0, 1, 100, 2500, n - 1, max(range(n), key=lambda v: degree[v])})
    print(f'== ca-GrQc: n={n} m={g.ecount()} nodes {sample}')
    pr = g.pagerank(damping=0.85)
    bt = betweenness(g)
    hc = g.harmonic_centrality(normalized=True)
    core = g.coreness()
    cl = clustering(g)
    wf = closeness_wf(g)
    members = max(g.connected_components(), key=len)
    ev = eigenvector_by_component(g)
    java('nodes', sample)
    java('pagerank', [pr[v] for v in sample])
    java('betweenness', [bt[v] for v in sample])
    java('harmonic', [hc[v] for v in sample])
    java('coreness', [core[v] for v in sample])
    java('clustering', [cl[v] for v in sample])
    java('closeness (Wasserman-Faust)', [wf[v] for v in sample])
    print('    // over all nodes: clustering sum', repr(sum(cl)), 'closeness sum', repr(sum(wf)))
    java('eigenvector (scale=True per component, times lambda_c/lambda_L)', [ev[v] for v in sample])
    print('    // nodes in the largest component:', [v for v in sample if v in set(members)])
    print('    // largest component size', len(members), 'max coreness', max(core), 'pagerank sum', sum(pr))
