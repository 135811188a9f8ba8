package org.scholargraph.analysis.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/**
 * How much a search iterates: the starts a graph gets and the stopping rule on the quality gain,
 * driven by an iteration whose qualities are scripted, so that the count of iterations is known.
 */
class CommunitySearchTest {

    /** A cycle of {@code n} nodes: n edges, each node of degree 2. */
    private static CompactGraph cycle(int n) {
        CompactGraph.Builder builder = CompactGraph.undirected(n);
        for (int v = 0; v < n; v++) {
            builder.addEdge(v, (v + 1) % n, 1.0);
        }
        return builder.build();
    }

    /** A search whose iterations report {@code qualities} one after another, counting them. */
    private static final class Scripted extends CommunitySearch {
        private final double[] qualities;
        int iterations;

        Scripted(CompactGraph graph, int randomStarts, double... qualities) {
            super(graph, 1.0, 50, randomStarts, 42L);
            this.qualities = qualities;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        Iteration iteration(CompactGraph undirected, double resolution, double cpmResolution, Random random) {
            return new Iteration() {
                @Override
                public boolean improve(int[] labels) {
                    iterations++;
                    return true;
                }

                @Override
                public double quality(int[] labels) {
                    return qualities[Math.min(iterations, qualities.length) - 1];
                }
            };
        }
    }

    @Test
    void aGraphGetsAsManyStartsAsItsSizeAffords() {
        assertEquals(10, CommunitySearch.startsFor(1_000, 10));
        assertEquals(10, CommunitySearch.startsFor(50_000, 10)); // 500,000 / 50,000 = 10
        assertEquals(4, CommunitySearch.startsFor(125_000, 10));
        assertEquals(1, CommunitySearch.startsFor(250_001, 10));
        assertEquals(1, CommunitySearch.startsFor(5_000_000, 10)); // at least one
        assertEquals(3, CommunitySearch.startsFor(1_000, 3)); // never more than asked
    }

    @Test
    void theOneStartOfALargeGraphStopsAtAGainOfAPartInAThousand() {
        // 300,000 edges: one start. 0.60 → 0.6005 gains 0.0005 / 0.6005 = 8.3e-4, below 1e-3.
        Scripted search = new Scripted(cycle(300_000), 10, 0.5, 0.6, 0.6005, 0.7);
        search.communities();
        assertEquals(3, search.iterations);

        // 0.60 → 0.602 gains 3.3e-3: it goes on, and stops at the next iteration that gains nothing.
        Scripted climbing = new Scripted(cycle(300_000), 10, 0.5, 0.6, 0.602, 0.602);
        climbing.communities();
        assertEquals(4, climbing.iterations);
    }

    @Test
    void theStartsOfASmallGraphIterateUntilTheGainIsBelowAPartInTenMillion() {
        // 100 edges: ten starts, each stopping once a gain is below 1e-7 of the quality; the
        // scripted qualities go on from where the last start left them.
        Scripted search = new Scripted(cycle(100), 10, 0.5, 0.6, 0.6005, 0.6006, 0.6006);
        search.communities();
        // The first start runs five iterations (the fifth gains nothing); every later start
        // reads the last quality, 0.6006, twice: at its first iteration it climbs from the
        // singletons' quality, and at its second it gains nothing.
        assertEquals(5 + 9 * 2, search.iterations);
    }
}
