package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.scholargraph.graph.CompactGraph;

/**
 * Draws shortest paths for the betweenness estimate of M. Riondato and E. M. Kornaropoulos (2016,
 * "Fast approximation of betweenness centrality through sampling", Data Mining and Knowledge
 * Discovery 30(2)): an ordered pair of distinct nodes {@code (u, v)} uniformly at random, then one
 * of the shortest paths from {@code u} to {@code v} uniformly at random (none when {@code v} is out
 * of reach); every node strictly inside the path gets one count.
 *
 * <p>A path is found by a balanced bidirectional breadth-first search (as in M. Borassi and
 * E. Natale 2019, "KADABRA is an adaptive algorithm for betweenness via random approximation",
 * ACM JEA 24): the side whose frontier has fewer edges grows by one whole level, and the search
 * stops at the first level where the two sides meet. With shortest-path counts {@code σ} from
 * both ends, a meeting node {@code y} is chosen with probability {@code σ_u(y)·σ_v(y)/σ_uv}, then
 * each half is walked back choosing a predecessor {@code z} of {@code w} with probability
 * {@code σ(z)/σ(w)}: a uniform shortest path. Hops only; edge weights play no part.
 *
 * <p>Not thread-safe: one sampler per thread, O(n) memory.
 */
final class ShortestPathSampler {

    private final int n;
    private final Side forward;
    private final Side backward;

    ShortestPathSampler(CompactGraph graph) {
        this.n = graph.nodeCount();
        // The forward side grows along out-edges from u and walks back along in-edges; the
        // backward side the other way round.
        this.forward = new Side(graph, true);
        this.backward = new Side(graph, false);
    }

    /**
     * Draws one pair and one shortest path between them with {@code random}, writing the nodes
     * strictly inside the path into {@code inner}; returns how many (0 when the pair is not
     * connected or adjacent). {@code inner} holds at least n entries.
     */
    int sample(SplittableRandom random, int[] inner) {
        int u = random.nextInt(n);
        int v = random.nextInt(n - 1);
        if (v >= u) {
            v++;
        }
        forward.start(u);
        backward.start(v);
        int count = 0;
        int meeting = -1;
        while (meeting < 0) {
            Side grow = forward.frontierEdges() <= backward.frontierEdges() ? forward : backward;
            Side other = grow == forward ? backward : forward;
            if (grow.frontierSize() == 0) {
                break;
            }
            meeting = grow.growLevel(other, random);
        }
        if (meeting >= 0) {
            count = forward.walkBack(meeting, u, random, inner, 0);
            if (meeting != u && meeting != v) {
                inner[count++] = meeting;
            }
            count = backward.walkBack(meeting, v, random, inner, count);
        }
        forward.clear();
        backward.clear();
        return count;
    }

    /** One end of a bidirectional search: distances and path counts from its start, level by level. */
    private static final class Side {

        private final CompactGraph graph;
        private final boolean outward;
        private final int[] distance;
        private final double[] paths;
        private final int[] order;
        private int size;
        private int levelStart;
        private long frontierEdges;

        Side(CompactGraph graph, boolean outward) {
            int n = graph.nodeCount();
            this.graph = graph;
            this.outward = outward;
            this.distance = new int[n];
            Arrays.fill(distance, -1);
            this.paths = new double[n];
            this.order = new int[n];
        }

        void start(int node) {
            distance[node] = 0;
            paths[node] = 1;
            order[0] = node;
            size = 1;
            levelStart = 0;
            frontierEdges = growEnd(node) - growStart(node);
        }

        long frontierEdges() {
            return frontierEdges;
        }

        int frontierSize() {
            return size - levelStart;
        }

        /**
         * Grows the frontier by one level. When the new level touches {@code other}, picks a node
         * where they meet with probability proportional to its shortest paths through it and
         * returns it; else returns −1.
         */
        int growLevel(Side other, SplittableRandom random) {
            int from = levelStart;
            int to = size;
            long edges = 0;
            boolean met = false;
            for (int k = from; k < to; k++) {
                int x = order[k];
                int next = distance[x] + 1;
                double through = paths[x];
                for (int i = growStart(x), end = growEnd(x); i < end; i++) {
                    int y = growAt(i);
                    if (distance[y] < 0) {
                        distance[y] = next;
                        order[size++] = y;
                        edges += growEnd(y) - growStart(y);
                        met |= other.distance[y] >= 0;
                    }
                    if (distance[y] == next) {
                        paths[y] += through;
                    }
                }
            }
            levelStart = to;
            frontierEdges = edges;
            if (!met) {
                return -1;
            }
            // Every meeting node lies on the new level at the other side's last level, so each
            // one completes shortest paths of the same length.
            double total = 0;
            for (int k = to; k < size; k++) {
                int y = order[k];
                if (other.distance[y] >= 0) {
                    total += paths[y] * other.paths[y];
                }
            }
            double pick = random.nextDouble() * total;
            int last = -1;
            for (int k = to; k < size; k++) {
                int y = order[k];
                if (other.distance[y] >= 0) {
                    last = y;
                    pick -= paths[y] * other.paths[y];
                    if (pick < 0) {
                        return y;
                    }
                }
            }
            return last;
        }

        /**
         * Walks from {@code node} back to this side's start, choosing each predecessor with
         * probability proportional to its path count, and writes the nodes passed other than
         * {@code node} and the start into {@code inner} from {@code count}; returns the new count.
         */
        int walkBack(int node, int start, SplittableRandom random, int[] inner, int count) {
            int w = node;
            while (distance[w] > 1) {
                int closer = distance[w] - 1;
                double pick = random.nextDouble() * paths[w];
                int chosen = -1;
                for (int i = backStart(w), end = backEnd(w); i < end; i++) {
                    int z = backAt(i);
                    if (distance[z] == closer) {
                        chosen = z;
                        pick -= paths[z];
                        if (pick < 0) {
                            break;
                        }
                    }
                }
                inner[count++] = chosen;
                w = chosen;
            }
            return count;
        }

        private int growStart(int v) {
            return outward ? graph.edgeStart(v) : graph.inEdgeStart(v);
        }

        private int growEnd(int v) {
            return outward ? graph.edgeEnd(v) : graph.inEdgeEnd(v);
        }

        private int growAt(int i) {
            return outward ? graph.neighborAt(i) : graph.inNeighborAt(i);
        }

        private int backStart(int v) {
            return outward ? graph.inEdgeStart(v) : graph.edgeStart(v);
        }

        private int backEnd(int v) {
            return outward ? graph.inEdgeEnd(v) : graph.edgeEnd(v);
        }

        private int backAt(int i) {
            return outward ? graph.inNeighborAt(i) : graph.neighborAt(i);
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                int v = order[k];
                distance[v] = -1;
                paths[v] = 0;
            }
            size = 0;
            levelStart = 0;
        }
    }
}
