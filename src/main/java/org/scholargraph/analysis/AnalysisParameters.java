package org.scholargraph.analysis;

import org.scholargraph.analysis.centrality.HarmonicCloseness;
import org.scholargraph.analysis.centrality.HopBetweenness;
import org.scholargraph.analysis.centrality.WeightedPageRank;
import org.scholargraph.analysis.community.LeidenCommunityDetection;
import org.scholargraph.graph.CoauthorshipNetwork;

/**
 * The knobs of an analysis run, with the defaults every run uses unless told otherwise: those of
 * the algorithms themselves, which {@link CorpusAnalyzer} calls with these values.
 *
 * @param resolution Leiden resolution γ for modularity (1.0 is classic modularity)
 * @param seed random seed of the community search, so that runs repeat
 * @param leidenIterations most iterations of each Leiden run, which stops earlier when the
 *     modularity stops rising
 * @param leidenRandomStarts most independent Leiden runs, the best partition kept; a large graph
 *     gets fewer (one for a million edges)
 * @param pagerankDamping PageRank damping factor
 * @param exactBetweennessLimit largest author count for exact betweenness and harmonic closeness;
 *     above it, estimates within ε of the exact scores with probability 1 − δ
 *     ({@link Integer#MAX_VALUE}: always exact)
 * @param betweennessEpsilon ε of the betweenness estimate, on the normalised scale
 * @param harmonicEpsilon ε of the harmonic closeness estimate
 * @param samplingDelta δ of both estimates: the probability that some node's estimate errs by more than its ε
 * @param threads worker threads for reading and for the per-source shortest-path measures
 * @param maxAuthors the largest byline that adds coauthor pairs (0: no limit); a paper with more
 *     authors keeps its authorships ({@link CoauthorshipNetwork#of(org.scholargraph.model.Corpus, int)})
 */
public record AnalysisParameters(double resolution, long seed, int leidenIterations, int leidenRandomStarts,
        double pagerankDamping, int exactBetweennessLimit, double betweennessEpsilon, double harmonicEpsilon,
        double samplingDelta, int threads, int maxAuthors) {

    public static final double RESOLUTION_DEFAULT = LeidenCommunityDetection.RESOLUTION_DEFAULT;
    public static final long SEED_DEFAULT = LeidenCommunityDetection.SEED_DEFAULT;
    public static final int LEIDEN_ITERATIONS_DEFAULT = LeidenCommunityDetection.ITERATIONS_DEFAULT;
    public static final int LEIDEN_RANDOM_STARTS_DEFAULT = LeidenCommunityDetection.RANDOM_STARTS_DEFAULT;
    public static final double PAGERANK_DAMPING_DEFAULT = WeightedPageRank.DAMPING_FACTOR_DEFAULT;
    public static final int EXACT_BETWEENNESS_LIMIT_DEFAULT = HopBetweenness.EXACT_LIMIT_DEFAULT;
    public static final double BETWEENNESS_EPSILON_DEFAULT = HopBetweenness.EPSILON_DEFAULT;
    public static final double HARMONIC_EPSILON_DEFAULT = HarmonicCloseness.EPSILON_DEFAULT;
    public static final double SAMPLING_DELTA_DEFAULT = HopBetweenness.DELTA_DEFAULT;

    public AnalysisParameters {
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("resolution must be positive, was " + resolution);
        }
        if (leidenIterations < 1 || leidenRandomStarts < 1) {
            throw new IllegalArgumentException("Leiden needs at least one iteration and one start");
        }
        if (!(pagerankDamping > 0 && pagerankDamping < 1)) {
            throw new IllegalArgumentException("damping must be in (0, 1), was " + pagerankDamping);
        }
        if (exactBetweennessLimit < 0) {
            throw new IllegalArgumentException("exactBetweennessLimit must not be negative");
        }
        for (double p : new double[] {betweennessEpsilon, harmonicEpsilon, samplingDelta}) {
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("epsilon and delta must be in (0, 1), was " + p);
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        CoauthorshipNetwork.checkMaxAuthors(maxAuthors);
    }

    /** The defaults, on as many threads as there are processors. */
    public static AnalysisParameters defaults() {
        return new AnalysisParameters(RESOLUTION_DEFAULT, SEED_DEFAULT, LEIDEN_ITERATIONS_DEFAULT,
                LEIDEN_RANDOM_STARTS_DEFAULT, PAGERANK_DAMPING_DEFAULT, EXACT_BETWEENNESS_LIMIT_DEFAULT,
                BETWEENNESS_EPSILON_DEFAULT, HARMONIC_EPSILON_DEFAULT, SAMPLING_DELTA_DEFAULT, Runtime.getRuntime().availableProcessors(), CoauthorshipNetwork.MAX_AUTHORS_DEFAULT);
    }

    /** A copy with another thread count. */
    public AnalysisParameters withThreads(int count) {
        return new AnalysisParameters(resolution, seed, leidenIterations, leidenRandomStarts, pagerankDamping,
                exactBetweennessLimit, betweennessEpsilon, harmonicEpsilon, samplingDelta, count, maxAuthors);
    }

    /** A copy with another byline limit for coauthor pairs (0: no limit). */
    public AnalysisParameters withMaxAuthors(int limit) {
        return new AnalysisParameters(resolution, seed, leidenIterations, leidenRandomStarts, pagerankDamping,
                exactBetweennessLimit, betweennessEpsilon, harmonicEpsilon, samplingDelta, threads, limit);
    }

    /** A copy whose betweenness and harmonic closeness are exact at any size ({@code run --exact}). */
    public AnalysisParameters withExactShortestPaths() {
        return new AnalysisParameters(resolution, seed, leidenIterations, leidenRandomStarts, pagerankDamping,
                Integer.MAX_VALUE, betweennessEpsilon, harmonicEpsilon, samplingDelta, threads, maxAuthors);
    }
}
