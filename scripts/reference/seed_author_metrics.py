#!/usr/bin/python3
"""Author measures of the coauthorship graph of the author page ../shared/seeds/000_*.txt,
computed with igraph from the pairs counted by hand from the page (see SeedPipelineTest).
Prints the values pasted into SeedPipelineTest.authorMeasuresAgreeWithIgraph."""
import igraph

# (author, author, joint papers), from the 20 author lines of the page
pairs = [
    ("Han Wang", "Linfeng Zhang", 2), ("Han Wang", "Jiequn Han", 1), ("Han Wang", "Weinan E", 2),
    ("Linfeng Zhang", "Jiequn Han", 1), ("Linfeng Zhang", "Weinan E", 3), ("Linfeng Zhang", "Lei Wang", 1),
    ("Jiequn Han", "Weinan E", 5), ("Jiequn Han", "Qianxiao Li", 1), ("Jiequn Han", "Arnulf Jentzen", 2),
    ("Weinan E", "Yajun Zhou", 1), ("Weinan E", "Qingcan Wang", 2), ("Weinan E", "Bing Yu", 1),
    ("Weinan E", "Cheng Tai", 3), ("Weinan E", "Chao Ma", 5), ("Weinan E", "Lei Wu", 4),
    ("Weinan E", "Qianxiao Li", 3), ("Weinan E", "Lei Wang", 1), ("Weinan E", "Jianchun Wang", 1),
    ("Weinan E", "Arnulf Jentzen", 3), ("Weinan E", "Zhanxing Zhu", 1), ("Weinan E", "Christian Beck", 1),
    ("Qingcan Wang", "Chao Ma", 1), ("Cheng Tai", "Qianxiao Li", 2), ("Chao Ma", "Lei Wu", 3),
    ("Chao Ma", "Jianchun Wang", 1), ("Lei Wu", "Zhanxing Zhu", 1), ("Arnulf Jentzen", "Christian Beck", 1),
]
names = sorted({n for p in pairs for n in p[:2]})
g = igraph.Graph(n=len(names), edges=[(names.index(a), names.index(b)) for a, b, _ in pairs])
g.es["w"] = [w for _, _, w in pairs]
n = g.vcount()
pr = g.pagerank(weights="w", damping=0.85)
bt = [b * 2 / ((n - 1) * (n - 2)) for b in g.betweenness(directed=False)]
hc = g.harmonic_centrality(normalized=True)
ev = g.eigenvector_centrality(weights="w", scale=True)
core = g.coreness()
for who in ["Weinan E", "Jiequn Han", "Chao Ma", "Christian Beck"]:
    i = names.index(who)
    print(f'"{who}": pagerank {pr[i]!r}, betweenness {bt[i]!r}, harmonic {hc[i]!r}, eigenvector {ev[i]!r}, coreness {core[i]}')

# Local clustering (0 for fewer than two coauthors, igraph's mode="zero") and Wasserman-Faust
# closeness, (r/D)·(r/(n−1)) with r the authors reached and D their hop distances summed (igraph's
# closeness is r/D alone), for every author: pasted into
# SeedPipelineTest.exportedAuthorMeasuresAgreeWithIgraph.
cc = g.transitivity_local_undirected(mode="zero")
closeness = g.closeness(normalized=True)
for i, who in enumerate(names):
    reached = len(g.subcomponent(i)) - 1
    wf = closeness[i] * reached / (n - 1) if reached else 0.0
    print(f'"{who}", {cc[i]!r}, {wf!r},')
