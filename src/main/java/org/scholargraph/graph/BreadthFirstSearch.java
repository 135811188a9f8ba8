package org.scholargraph.graph;

import java.util.Arrays;

/**
 * Breadth-first search by hops on a {@link CompactGraph} (edge weights play no part), reused from
 * one source to the next: the shortest-path measures run one search per node, so a search touches
 * only what it reaches (O(reached nodes + their edges)) and clears only that before the next one.
 *
 * <p>After {@link #search(int)} the reached nodes are {@link #reached(int) reached(0)} (the source)
 * to {@code reached(reachedCount() − 1)}, in order of non-decreasing distance: read backwards, the
 * order in which Brandes' algorithm accumulates dependencies. {@link #searchCountingPaths(int)} also
 * counts the shortest paths from the source to every reached node, as a double (the counts grow
 * exponentially with the distance on some graphs).
 *
 * <p>Not thread-safe: one search object per thread, each O(n) memory.
 */
public final class BreadthFirstSearch {

    /** Which way a search follows directed edges; on an undirected graph both are the same. */
    public enum Direction {
        /** Along out-edges: distances from the source. */
        OUT,
        /** Along in-edges, backwards: distances to the source. */
        IN
    }

    private final CompactGraph graph;
    private final int[] first;
    private final int[] neighbors;
    private final int[] distance;
    private final int[] order;
    private double[] pathCount;
    private int reachedCount;

    /** A search on {@code graph} that follows its edges in {@code direction}. */
    public BreadthFirstSearch(CompactGraph graph, Direction direction) {
        if (graph == null || direction == null) {
            throw new IllegalArgumentException("graph and direction must not be null");
        }
        this.graph = graph;
        boolean outward = direction == Direction.OUT;
        this.first = outward ? graph.firstNeighborIndices : graph.firstInNeighborIndices;
        this.neighbors = outward ? graph.neighbors : graph.inNeighbors;
        this.distance = new int[graph.nodeCount()];
        Arrays.fill(distance, -1);
        this.order = new int[graph.nodeCount()];
    }

    /** Searches from {@code source}; returns how many nodes it reached, the source included. */
    public int search(int source) {
        return run(source, Integer.MAX_VALUE, false);
    }

    /** Searches from {@code source} up to {@code maxDistance} hops (not negative); returns the nodes reached. */
    public int search(int source, int maxDistance) {
        if (maxDistance < 0) {
            throw new IllegalArgumentException("maximum distance must not be negative, was " + maxDistance);
        }
        return run(source, maxDistance, false);
    }

    /** Searches from {@code source} and counts the shortest paths to each node reached. */
    public int searchCountingPaths(int source) {
        if (pathCount == null) {
            pathCount = new double[graph.nodeCount()];
        }
        return run(source, Integer.MAX_VALUE, true);
    }

    /** Nodes the last search reached. */
    public int reachedCount() {
        return reachedCount;
    }

    /** The {@code k}-th node the last search reached, {@code 0 ≤ k < reachedCount()}; 0 is the source. */
    public int reached(int k) {
        return order[k];
    }

    /** Hops from the last search's source to {@code v} (to the source, searching along in-edges); −1 when not reached. */
    public int distance(int v) {
        return distance[v];
    }

    /** Shortest paths from the source to {@code v} found by the last {@link #searchCountingPaths}; 0 when not reached. */
    public double pathCount(int v) {
        return pathCount[v];
    }

    private int run(int source, int maxDistance, boolean countPaths) {
        if (source < 0 || source >= graph.nodeCount()) {
            throw new IllegalArgumentException("source " + source + " outside 0.." + (graph.nodeCount() - 1));
        }
        clear();
        int head = 0;
        int tail = 0;
        order[tail++] = source;
        distance[source] = 0;
        if (countPaths) {
            pathCount[source] = 1;
        }
        while (head < tail) {
            int v = order[head++];
            int next = distance[v] + 1;
            if (next > maxDistance) {
                break;
            }
            if (countPaths) {
                double paths = pathCount[v];
                for (int i = first[v]; i < first[v + 1]; i++) {
                    int w = neighbors[i];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[tail++] = w;
                    }
                    if (distance[w] == next) {
                        pathCount[w] += paths;
                    }
                }
            } else {
                for (int i = first[v]; i < first[v + 1]; i++) {
                    int w = neighbors[i];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[tail++] = w;
                    }
                }
            }
        }
        reachedCount = tail;
        return tail;
    }

    private void clear() {
        for (int k = 0; k < reachedCount; k++) {
            int v = order[k];
            distance[v] = -1;
            if (pathCount != null) {
                pathCount[v] = 0;
            }
        }
        reachedCount = 0;
    }
}
