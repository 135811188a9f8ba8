package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/** Expected values: igraph 0.10 coreness() (mode "all"), by scripts/reference/centrality_reference.py. */
class CoreNumberTest {

    @Test
    void agreesWithIgraphOnKarateClub() {
        int[] igraph = {4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 4,
            3, 4, 4};

        CoreNumber cores = new CoreNumber(ReferenceGraphs.karate());

        assertArrayEquals(igraph, cores.coreNumbers());
        assertEquals(4, cores.degeneracy());
        assertEquals(4.0, cores.scores()[0]);
    }

    @Test
    void ignoresWeightsAndGivesIsolatedNodesZero() {
        assertArrayEquals(new int[] {2, 2, 2, 2, 1, 2, 2, 2, 0},
                new CoreNumber(ReferenceGraphs.weightedTwoComponents()).coreNumbers());
    }

    @Test
    void countsInAndOutEdgesOnDirectedGraph() {
        assertArrayEquals(new int[] {2, 2, 2, 2, 2}, new CoreNumber(ReferenceGraphs.directedWithDanglingNode()).coreNumbers());
    }

    @Test
    void agreesWithIgraphOnCaGrQc() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        int[] nodes = {0, 1, 100, 2500, 4233, 5241};
        int[] igraph = {1, 1, 2, 1, 43, 6};

        CoreNumber cores = new CoreNumber(grqc.get());

        for (int k = 0; k < nodes.length; k++) {
            assertEquals(igraph[k], cores.coreNumber(nodes[k]), "node " + nodes[k]);
        }
        assertEquals(43, cores.degeneracy());
    }

    /** Seidman's definition: v is in the c(v)-core (what peeling nodes of degree below c(v) leaves), not in the (c(v)+1)-core. */
    @Property(tries = 50)
    void everyNodeIsInTheCoreOfItsNumberAndNotTheNext(@ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.15, false, seed);
        CoreNumber cores = new CoreNumber(graph);

        boolean[][] inCore = new boolean[cores.degeneracy() + 2][];
        for (int k = 0; k < inCore.length; k++) {
            inCore[k] = peel(graph, k);
        }
        for (int v = 0; v < n; v++) {
            int c = cores.coreNumber(v);
            assertTrue(inCore[c][v], "node " + v + " in its " + c + "-core");
            assertTrue(!inCore[c + 1][v], "node " + v + " not in the " + (c + 1) + "-core");
        }
    }

    /** Which nodes are left after repeatedly removing nodes of degree below k. */
    private static boolean[] peel(CompactGraph graph, int k) {
        int n = graph.nodeCount();
        boolean[] removed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < n; v++) {
                if (removed[v]) {
                    continue;
                }
                int degree = 0;
                for (int u : graph.neighborsOf(v)) {
                    if (!removed[u]) {
                        degree++;
                    }
                }
                if (degree < k) {
                    removed[v] = true;
                    changed = true;
                }
            }
        }
        boolean[] left = new boolean[n];
        for (int v = 0; v < n; v++) {
            left[v] = !removed[v];
        }
        return left;
    }
}
