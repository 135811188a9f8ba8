package org.scholargraph.export;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

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
        // The weight of the limit-th strongest edge: every edge above it is kept, and as many of
        // those equal to it as fit, the earliest first.
        double threshold = select(weights.clone(), m - limit);
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

    /**
     * The value at index {@code k} of {@code values} sorted as {@link Arrays#sort(double[])} sorts
     * them, found by reordering {@code values} in place (quickselect with three-way partitions, in
     * expected linear time; weights repeat a lot). A sort takes over a range that partitions do not
     * shrink, so the worst case stays O(m log m). The JDK has a sort but no selection; at millions
     * of edges the sort took most of the time of choosing them.
     */
    static double select(double[] values, int k) {
        Objects.checkIndex(k, values.length);
        int low = 0;
        int high = values.length - 1;
        int partitions = 2 * (Integer.SIZE - Integer.numberOfLeadingZeros(values.length));
        while (low < high) {
            if (partitions-- == 0) {
                Arrays.sort(values, low, high + 1);
                return values[k];
            }
            double pivot = medianOfThree(values[low], values[(low + high) >>> 1], values[high]);
            // [low, less) below the pivot, [less, i) equal to it, (greater, high] above it
            int less = low;
            int greater = high;
            int i = low;
            while (i <= greater) {
                int c = Double.compare(values[i], pivot);
                if (c < 0) {
                    swap(values, less++, i++);
                } else if (c > 0) {
                    swap(values, i, greater--);
                } else {
                    i++;
                }
            }
            if (k < less) {
                high = less - 1;
            } else if (k > greater) {
                low = greater + 1;
            } else {
                return pivot;
            }
        }
        return values[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        if (Double.compare(a, b) > 0) {
            double t = a;
            a = b;
            b = t;
        }
        // a <= b
        if (Double.compare(b, c) <= 0) {
            return b;
        }
        return Double.compare(a, c) >= 0 ? a : c;
    }

    private static void swap(double[] values, int i, int j) {
        double t = values[i];
        values[i] = values[j];
        values[j] = t;
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
