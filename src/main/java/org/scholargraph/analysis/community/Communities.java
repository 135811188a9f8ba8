package org.scholargraph.analysis.community;

import java.util.Arrays;

/**
 * A partition of a graph's nodes into communities, numbered 0 for the largest, 1 for the next,
 * ties broken by the smallest member, so that the numbering does not depend on the algorithm's
 * internal order.
 */
public final class Communities {

    private final int[] membership;
    private final int count;
    private final double modularity;

    /** Takes any labelling of the nodes and renumbers it by size. */
    public Communities(int[] labels, double modularity) {
        this.membership = renumberBySize(labels);
        this.count = Arrays.stream(membership).max().orElse(-1) + 1;
        this.modularity = modularity;
    }

    /** The community of node {@code v}. */
    public int of(int v) {
        return membership[v];
    }

    /** A copy of the community of every node. */
    public int[] membership() {
        return membership.clone();
    }

    /** Number of communities. */
    public int count() {
        return count;
    }

    /**
     * The modularity given with the partition: from the community searches here, weighted
     * Newman–Girvan modularity at resolution 1 ({@link Modularity}), whatever resolution the search used.
     */
    public double modularity() {
        return modularity;
    }

    /** The number of members of each community, by community number. */
    public int[] sizes() {
        int[] sizes = new int[count];
        for (int c : membership) {
            sizes[c]++;
        }
        return sizes;
    }

    private static int[] renumberBySize(int[] labels) {
        int max = Arrays.stream(labels).max().orElse(-1);
        int[] size = new int[max + 1];
        int[] firstMember = new int[max + 1];
        Arrays.fill(firstMember, Integer.MAX_VALUE);
        for (int v = 0; v < labels.length; v++) {
            if (labels[v] < 0) {
                throw new IllegalArgumentException("node " + v + " has no community");
            }
            size[labels[v]]++;
            firstMember[labels[v]] = Math.min(firstMember[labels[v]], v);
        }
        Integer[] order = new Integer[max + 1];
        for (int c = 0; c <= max; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> size[x] != size[y] ? Integer.compare(size[y], size[x])
                : Integer.compare(firstMember[x], firstMember[y]));
        int[] newLabel = new int[max + 1];
        int next = 0;
        for (int c : order) {
            newLabel[c] = size[c] > 0 ? next++ : -1;
        }
        int[] result = new int[labels.length];
        for (int v = 0; v < labels.length; v++) {
            result[v] = newLabel[labels[v]];
        }
        return result;
    }

    @Override
    public String toString() {
        return count + " communities, modularity " + String.format(java.util.Locale.ROOT, "%.4f", modularity);
    }
}
