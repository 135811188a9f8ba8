package org.scholargraph.export;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The edges of one graph file that are written: all of them, or, above the limit of
 * {@link ExportOptions}, the strongest. Edges are numbered in the file's order; a weight above
 * another wins, and among equal weights the earlier edge, so that the same graph always gives the
 * same file. Kept edges are written in their own order with their own ids ({@code e17} stays
 * {@code e17}), so that a file cut to its strongest edges is the whole file with edges removed.
 */
final class EdgeSelection {

    private final BitSet kept; // null: every edge
    private final int total;
    private final int written;

    private EdgeSelection(BitSet kept, int total, int written) {
        this.kept = kept;
        this.total = total;
        this.written = written;
    }

    /** Every one of {@code total} edges. */
    static EdgeSelection all(int total) {
        return new EdgeSelection(null, total, total);
    }

    /** The {@code limit} strongest of the edges weighted {@code weights} (0: all). */
    static EdgeSelection strongest(double[] weights, int limit) {
        int m = weights.length;
        if (limit == 0 || m <= limit) {
            return all(m);
        }
        double[] sorted = weights.clone();
        Arrays.sort(sorted);
        // The weight of the limit-th strongest edge: every edge above it is kept, and as many of
        // those equal to it as fit, the earliest first.
        double threshold = sorted[m - limit];
        int above = 0;
        for (double w : weights) {
            if (Double.compare(w, threshold) > 0) {
                above++;
            }
        }
        int ties = limit - above;
        BitSet kept = new BitSet(m);
        for (int e = 0; e < m; e++) {
            int c = Double.compare(weights[e], threshold);
            if (c > 0 || (c == 0 && ties-- > 0)) {
                kept.set(e);
            }
        }
        return new EdgeSelection(kept, m, limit);
    }

    /** Whether edge {@code e} (in the file's order) is written. */
    boolean keeps(int e) {
        return kept == null || kept.get(e);
    }

    /** The graph's edges. */
    int total() {
        return total;
    }

    /** The edges written. */
    int written() {
        return written;
    }

    /** The edges left out. */
    int leftOut() {
        return total - written;
    }
}
