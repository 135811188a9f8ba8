package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/**
 * Expected values: igraph 0.10 eigenvector_centrality(weights, scale=True) on each component,
 * times λ_c/λ_L (λ_L of the largest component), by scripts/reference/centrality_reference.py.
 */
class WeightedEigenvectorTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void givesStarCentreOneAndLeavesOneOverRootThree() {
        // Plain power iteration on A oscillates here (networkx issue 1704); JGraphT 1.5.2 gives all 0.5.
        assertArrayEquals(new double[] {1.0, 0.5773502691896258, 0.5773502691896258, 0.5773502691896256},
                new WeightedEigenvector(ReferenceGraphs.star4()).scores(), TOLERANCE);
    }

    @Test
    void findsTheLargeStarThatNeedsSeveralLanczosCycles() {
        // A star of 40 leaves, bipartite and larger than one Lanczos basis: by hand, λ = √40, the
        // centre 1 and each leaf 1/√40.
        CompactGraph.Builder star = CompactGraph.undirected(41);
        for (int leaf = 1; leaf <= 40; leaf++) {
            star.addEdge(0, leaf, 1.0);
        }
        WeightedEigenvector eigenvector = new WeightedEigenvector(star.build());
        double[] scores = eigenvector.scores();

        assertTrue(eigenvector.converged());
        assertEquals(1.0, scores[0], TOLERANCE);
        for (int leaf = 1; leaf <= 40; leaf++) {
            assertEquals(1 / Math.sqrt(40), scores[leaf], TOLERANCE);
        }
    }

    @Test
    void solvesSmallTridiagonalMatricesToRounding() {
        double[] vector = new double[3];
        // The path on three nodes: eigenvalues −√2, 0, √2; the top one's vector (1/2, 1/√2, 1/2).
        assertEquals(Math.sqrt(2), SymmetricEigen.largest(new double[] {0, 0, 0}, new double[] {1, 1}, 3, vector),
                1e-14);
        double sign = Math.signum(vector[1]);
        assertArrayEquals(new double[] {0.5, Math.sqrt(0.5), 0.5},
                new double[] {sign * vector[0], sign * vector[1], sign * vector[2]}, 1e-14);
        // [[2, 1], [1, 2]]: eigenvalues 1 and 3.
        assertEquals(3.0, SymmetricEigen.largest(new double[] {2, 2}, new double[] {1}, 2, vector), 1e-14);
        assertEquals(Math.abs(vector[0]), Math.abs(vector[1]), 1e-14);
    }

    @Test
    void convergesOnBipartitePath() {
        assertArrayEquals(new double[] {0.7071067811865476, 1.0, 0.7071067811865476},
                new WeightedEigenvector(ReferenceGraphs.path3()).scores(), TOLERANCE);
    }

    @Test
    void agreesWithIgraphOnKarateClub() {
        double[] igraph = {0.9521323664766562, 0.7123351391202194, 0.8495542004653021, 0.5656143066514333,
            0.20347148081669703, 0.21288382887336957, 0.21288382887336949, 0.4578909337630936,
            0.6090684419337196, 0.27499811549166525, 0.20347148081669697, 0.14156633334336952,
            0.22566382472001484, 0.6065743924162561, 0.2715939567155821, 0.27159395671558223,
            0.06330460793644106, 0.24747878554794522, 0.2715939567155821, 0.39616224420110757,
            0.2715939567155821, 0.2474787855479453, 0.2715939567155821, 0.40207086071906273,
            0.15280670199638197, 0.15857597121259956, 0.2024285167192913, 0.35749923064523464,
            0.3510729715506956, 0.3614730149067999, 0.46806481142335604, 0.5116564865261312,
            0.8266588575205012, 1.0};

        WeightedEigenvector eigenvector = new WeightedEigenvector(ReferenceGraphs.karate());

        assertArrayEquals(igraph, eigenvector.scores(), TOLERANCE);
        assertTrue(eigenvector.converged());
    }

    @Test
    void keepsLargestComponentAtOneAndScalesOthersByTheirLeadingEigenvalue() {
        // The largest component {0..4} (λ = 4.6517) keeps igraph's max-1 vector; {5,6,7}, more
        // heavily weighted (λ = 4.9243), is scaled by 4.9243/4.6517 and so rises above 1.
        double[] expected = {0.6345180012445509, 1.0, 0.9515719066424443, 0.5279238815115845, 0.05674556078951304,
            1.0586172406050804, 0.9879588152488278, 0.6305800938136858, 0.0};

        double[] scores = new WeightedEigenvector(ReferenceGraphs.weightedTwoComponents()).scores();

        assertArrayEquals(expected, scores, TOLERANCE);
        assertEquals(1.0, scores[1], 0.0);
    }

    @Test
    void agreesWithIgraphOnCaGrQc() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        // 100, 4233 and 5241 lie in the largest component; 0, 1 and 2500 in small ones.
        int[] nodes = {0, 1, 100, 2500, 4233, 5241};
        double[] igraph = {0.03796970770479736, 0.021921820964416163, 2.7633713902755865e-05,
            0.021921820964416163, 1.0, 2.0529343022135688e-06};

        double[] scores = new WeightedEigenvector(grqc.get()).scores();

        for (int k = 0; k < nodes.length; k++) {
            assertEquals(igraph[k], scores[nodes[k]], 1e-9, "node " + nodes[k]);
        }
    }

    @Test
    void givesAnEdgelessGraphZeros() {
        assertArrayEquals(new double[] {0, 0, 0}, new WeightedEigenvector(CompactGraph.undirected(3).build()).scores());
    }

    @Test
    void rejectsDirectedGraphsAndBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WeightedEigenvector(ReferenceGraphs.directedWithDanglingNode()));
        assertTrue(e.getMessage().contains("asUndirected()"));
        assertThrows(IllegalArgumentException.class, () -> new WeightedEigenvector(ReferenceGraphs.path3(), 0, 1e-9));
        assertThrows(IllegalArgumentException.class,
                () -> new WeightedEigenvector(ReferenceGraphs.path3(), 10, Double.NaN));
    }
}
