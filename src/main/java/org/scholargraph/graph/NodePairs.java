package org.scholargraph.graph;

import java.util.Arrays;

/**
 * Node pairs found one at a time, each time with an int that says why (the paper two authors
 * share, the keyword two papers share), counted on int arrays instead of in a hash map of boxed
 * keys: the pairs are grouped by their smaller node (a counting sort, 8 bytes a finding), then each
 * node's partners are sorted with the order of finding as tie-break. A pair is then visited once,
 * in (smaller, larger) order, with what it was found with in the order found, so that sums over
 * them are added in an order that depends only on the input. O(F log d) for F findings and d
 * findings of one node.
 */
final class NodePairs {

    /** Receives each distinct pair with the ints it was found with, {@code found[0..count)}. */
    interface Visitor {
        void visit(int smaller, int larger, int[] found, int count);
    }

    private final int[] start;
    private final int[] fill;
    private final int[] partners;
    private final int[] reasons;
    private final int largest;

    /**
     * Room for the findings, {@code counts[v]} of them with {@code v} as the smaller node.
     *
     * @throws ArithmeticException when they are more than an int array holds
     */
    NodePairs(long[] counts) {
        int n = counts.length;
        start = new int[n + 1];
        long most = 0;
        for (int v = 0; v < n; v++) {
            most = Math.max(most, counts[v]);
            start[v + 1] = Math.toIntExact(start[v] + counts[v]);
        }
        largest = (int) most;
        fill = Arrays.copyOf(start, n);
        partners = new int[start[n]];
        reasons = new int[start[n]];
    }

    /** Records one finding of the pair {@code smaller < larger}, with {@code reason}. */
    void add(int smaller, int larger, int reason) {
        int slot = fill[smaller]++;
        partners[slot] = larger;
        reasons[slot] = reason;
    }

    /** Visits each distinct pair in (smaller, larger) order. */
    void forEachPair(Visitor visitor) {
        long[] order = new long[largest];
        int[] found = new int[largest];
        for (int a = 0; a + 1 < start.length; a++) {
            int from = start[a];
            int m = fill[a] - from;
            for (int t = 0; t < m; t++) {
                order[t] = ((long) partners[from + t] << 32) | t;
            }
            Arrays.sort(order, 0, m);
            for (int t = 0; t < m; ) {
                int b = (int) (order[t] >>> 32);
                int count = 0;
                for (; t < m && (int) (order[t] >>> 32) == b; t++) {
                    found[count++] = reasons[from + (int) order[t]];
                }
                visitor.visit(a, b, found, count);
            }
        }
    }
}
