package org.scholargraph.analysis.centrality;

/**
 * The h-index (J. E. Hirsch 2005, "An index to quantify an individual's scientific research
 * output", PNAS 102(46)): the largest h such that h of the papers have at least h citations each.
 */
public final class HIndex {

    private HIndex() {
    }

    /**
     * The h-index of a list of per-paper citation counts, in O(n) time by counting sort:
     * {@code hIndex(new int[] {10, 8, 5, 4, 3}) == 4}; an empty list gives 0.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public static int hIndex(int[] citationCounts) {
        if (citationCounts == null) {
            throw new IllegalArgumentException("citation counts must not be null");
        }
        int n = citationCounts.length;
        // papersWith[c] = number of papers with exactly c citations, counts above n capped at n.
        int[] papersWith = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int c = citationCounts[i];
            if (c < 0) {
                throw new IllegalArgumentException("citation count must not be negative, was " + c + " at " + i);
            }
            papersWith[Math.min(c, n)]++;
        }
        int atLeast = 0;
        for (int h = n; h > 0; h--) {
            atLeast += papersWith[h];
            if (atLeast >= h) {
                return h;
            }
        }
        return 0;
    }
}
