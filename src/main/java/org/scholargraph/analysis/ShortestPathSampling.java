package org.scholargraph.analysis;

/**
 * How the shortest-path measures of the coauthorship network were computed: exactly, or estimated
 * within the run's ε of the exact scores with probability 1 − δ ({@link AnalysisParameters}).
 *
 * @param exact whether both betweenness and harmonic closeness are exact
 * @param betweennessSamples shortest paths sampled for betweenness; 0 when exact
 * @param vertexDiameterBound the bound on the nodes of a shortest path that sized that sample; 0 when exact
 * @param harmonicTargets target nodes harmonic closeness is a mean over
 */
public record ShortestPathSampling(boolean exact, long betweennessSamples, int vertexDiameterBound,
        int harmonicTargets) {

    /** Both measures exact. */
    public static final ShortestPathSampling EXACT = new ShortestPathSampling(true, 0, 0, 0);
}
