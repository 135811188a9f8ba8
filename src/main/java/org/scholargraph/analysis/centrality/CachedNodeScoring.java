package org.scholargraph.analysis.centrality;

/**
 * What every {@link NodeScoring} here shares: the scores are computed on first use, once (under
 * the object's lock, so that threads sharing a measure compute it once), and handed out as copies,
 * so that no caller can change what another one reads.
 */
abstract class CachedNodeScoring implements NodeScoring {

    private double[] scores;

    /** Computes the score of every node; called once. */
    abstract double[] computeScores();

    @Override
    public final double[] scores() {
        return cached().clone();
    }

    @Override
    public final double score(int v) {
        return cached()[v];
    }

    /** The cached scores, computed first if needed; callers inside the package must not change them. */
    final synchronized double[] cached() {
        if (scores == null) {
            scores = computeScores();
        }
        return scores;
    }
}
