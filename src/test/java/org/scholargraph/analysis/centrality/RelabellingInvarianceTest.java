package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.scholargraph.graph.CompactGraph;

/** Renaming the nodes renames the scores and changes nothing else, for every measure. */
class RelabellingInvarianceTest {

    @Property(tries = 30)
    void scoresFollowTheNodesUnderRelabelling(@ForAll @IntRange(min = 1, max = 50) int n, @ForAll boolean directed,
            @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.12, directed, seed);
        int[] permutation = permutation(n, new Random(seed ^ 0x5DEECE66DL));
        CompactGraph renamed = ReferenceGraphs.relabel(graph, permutation);

        assertInvariant(graph, renamed, permutation, WeightedPageRank::new, 1e-12);
        assertInvariant(graph, renamed, permutation, g -> new HopBetweenness(g, 1), 1e-12);
        assertInvariant(graph, renamed, permutation, g -> new HarmonicCloseness(g, 1), 1e-12);
        assertInvariant(graph, renamed, permutation, CoreNumber::new, 0);
        if (!directed) {
            assertInvariant(graph, renamed, permutation, WeightedEigenvector::new, 1e-9);
        }
    }

    private static void assertInvariant(CompactGraph graph, CompactGraph renamed, int[] permutation,
            Function<CompactGraph, NodeScoring> measure, double tolerance) {
        NodeScoring before = measure.apply(graph);
        double[] original = before.scores();
        double[] moved = measure.apply(renamed).scores();
        for (int v = 0; v < original.length; v++) {
            assertEquals(original[v], moved[permutation[v]], tolerance, before.name() + " of node " + v);
        }
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
