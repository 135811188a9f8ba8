package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import org.scholargraph.graph.BreadthFirstSearch;
import org.scholargraph.graph.CompactGraph;

/**
 * What the closeness measures read from the hop distances between nodes: for every node
 * {@code v}, over the other nodes {@code u} it reaches along out-edges, how many there are, the sum
 * of {@code d(v,u)} and the sum of {@code 1/d(v,u)}; and how many other nodes were considered.
 *
 * <p>Exact on graphs of at most {@code exactLimit} nodes: one breadth-first search per node,
 * O(n·m) time, O(n) memory per thread, every other node considered. Above the limit only
 * {@code sampleSize} target nodes drawn by {@link PivotSampler} are considered: one search per
 * target {@code u} along the edges into it gives {@code d(v,u)} for every {@code v}, and the
 * targets other than {@code v} are the ones considered for {@code v}; a measure that is a mean over
 * the other nodes is then estimated by the mean over the considered ones (D. Eppstein and J. Wang
 * 2004, "Fast approximation of centrality", JGAA 8). O(k·m) time.
 *
 * <p>Searches run in chunks of {@value #SOURCES_PER_CHUNK}, a size that does not depend on the
 * thread count; each chunk adds its searches in order and chunks are combined in chunk order, so
 * the sums are bit-for-bit the same on any number of threads.
 */
final class HopDistanceSums {

    /** Searches per chunk; at most 64, the bits of a word, for the searches into sampled targets. */
    static final int SOURCES_PER_CHUNK = 64;

    private final CompactGraph graph;
    private final int threads;
    private final int[] targets;
    private double[] reached;
    private double[] distanceSums;
    private double[] inverseDistanceSums;

    /** The sums of {@code graph}, to be computed on first use with the given parameters (checked here). */
    HopDistanceSums(CompactGraph graph, int threads, int exactLimit, int sampleSize, long seed) {
        PivotSampler.check(graph, threads, exactLimit, sampleSize);
        this.graph = graph;
        this.threads = threads;
        int n = graph.nodeCount();
        int[] sources = PivotSampler.sources(n, exactLimit, sampleSize, seed);
        this.targets = sources.length == n ? null : sources;
    }

    /** Whether every other node is considered for every node, rather than sampled targets. */
    boolean isExact() {
        return targets == null;
    }

    int nodeCount() {
        return graph.nodeCount();
    }

    /** Other nodes considered for each node: n − 1 when exact, else the targets other than the node itself. */
    synchronized int[] considered() {
        int n = graph.nodeCount();
        int[] considered = new int[n];
        if (targets == null) {
            Arrays.fill(considered, Math.max(0, n - 1));
            return considered;
        }
        Arrays.fill(considered, targets.length);
        for (int u : targets) {
            considered[u]--;
        }
        return considered;
    }

    /** Considered nodes that each node reaches. Do not modify. */
    synchronized double[] reached() {
        compute();
        return reached;
    }

    /** Sum of the hop distances from each node to the considered nodes it reaches. Do not modify. */
    synchronized double[] distanceSums() {
        compute();
        return distanceSums;
    }

    /** Sum of the inverse hop distances from each node to the considered nodes it reaches. Do not modify. */
    synchronized double[] inverseDistanceSums() {
        compute();
        return inverseDistanceSums;
    }

    /** Three sums of a chunk: for its own nodes (exact) or for every node (sampled targets). */
    private record Sums(double[] reached, double[] distances, double[] inverseDistances) {
        Sums(int length) {
            this(new double[length], new double[length], new double[length]);
        }
    }

    private void compute() {
        if (reached != null) {
            return;
        }
        int n = graph.nodeCount();
        Sums total = new Sums(n);
        if (n > 1 && targets == null) {
            int chunks = (n + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
            int[] next = {0};
            OrderedChunks.run(chunks, threads, this::sourceChunk, sums -> {
                int length = sums.reached().length;
                System.arraycopy(sums.reached(), 0, total.reached(), next[0], length);
                System.arraycopy(sums.distances(), 0, total.distances(), next[0], length);
                System.arraycopy(sums.inverseDistances(), 0, total.inverseDistances(), next[0], length);
                next[0] += length;
            });
        } else if (n > 1) {
            int chunks = (targets.length + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
            OrderedChunks.run(chunks, threads, this::targetChunk, sums -> {
                for (int v = 0; v < n; v++) {
                    total.reached()[v] += sums.reached()[v];
                    total.distances()[v] += sums.distances()[v];
                    total.inverseDistances()[v] += sums.inverseDistances()[v];
                }
            });
        }
        reached = total.reached();
        distanceSums = total.distances();
        inverseDistanceSums = total.inverseDistances();
    }

    /** The sums of the nodes of one chunk: a search from each along out-edges. */
    private Sums sourceChunk(int chunk) {
        BreadthFirstSearch search = new BreadthFirstSearch(graph, BreadthFirstSearch.Direction.OUT);
        int from = chunk * SOURCES_PER_CHUNK;
        int to = Math.min(graph.nodeCount(), from + SOURCES_PER_CHUNK);
        Sums sums = new Sums(to - from);
        for (int s = from; s < to; s++) {
            int count = search.search(s);
            double distance = 0;
            double inverse = 0;
            for (int k = 1; k < count; k++) {
                int d = search.distance(search.reached(k));
                distance += d;
                inverse += 1.0 / d;
            }
            sums.reached()[s - from] = count - 1;
            sums.distances()[s - from] = distance;
            sums.inverseDistances()[s - from] = inverse;
        }
        return sums;
    }

    /**
     * The sums over the targets of one chunk, for every node: the searches into its (at most 64)
     * targets along in-edges run together, one bit per target in a word per node (a multi-source
     * breadth-first search, M. Then et al. 2014, "The more the merrier: efficient multi-source graph
     * traversal", PVLDB 8(4)), so that each level scans a node's edges once for all the targets
     * that reached it at the level before.
     */
    private Sums targetChunk(int chunk) {
        int n = graph.nodeCount();
        Sums sums = new Sums(n);
        int from = chunk * SOURCES_PER_CHUNK;
        int to = Math.min(targets.length, from + SOURCES_PER_CHUNK);
        long[] seen = new long[n];
        long[] frontier = new long[n];
        long[] next = new long[n];
        for (int t = from; t < to; t++) {
            long bit = 1L << (t - from);
            seen[targets[t]] |= bit;
            frontier[targets[t]] |= bit;
        }
        for (int d = 1; ; d++) {
            boolean grew = false;
            for (int v = 0; v < n; v++) {
                long bits = frontier[v];
                if (bits != 0) {
                    for (int i = graph.inEdgeStart(v), end = graph.inEdgeEnd(v); i < end; i++) {
                        next[graph.inNeighborAt(i)] |= bits;
                    }
                }
            }
            double inverse = 1.0 / d;
            for (int w = 0; w < n; w++) {
                long fresh = next[w] & ~seen[w];
                next[w] = 0;
                frontier[w] = fresh;
                if (fresh != 0) {
                    grew = true;
                    seen[w] |= fresh;
                    int count = Long.bitCount(fresh);
                    sums.reached()[w] += count;
                    sums.distances()[w] += (double) count * d;
                    sums.inverseDistances()[w] += count * inverse;
                }
            }
            if (!grew) {
                return sums;
            }
        }
    }
}
