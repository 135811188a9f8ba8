package org.scholargraph.analysis.community;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import org.scholargraph.graph.CompactGraph;

/**
 * One iteration of the Leiden algorithm (V. A. Traag, L. Waltman and N. J. van Eck 2019, "From
 * Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep. 9:5233) for the constant
 * Potts model with node weights, on plain arrays. With node weights equal to the strengths and
 * resolution γ/2m, its quality is modularity at resolution γ ({@link Modularity}).
 *
 * <p>An iteration repeats three phases on ever smaller networks until a network's local moving
 * leaves each node in a cluster of its own:
 * <ol>
 *   <li><b>fast local moving</b>: nodes wait in a queue, first in random order; a node moves to the
 *       neighbouring cluster (or an empty one) of the largest quality gain, strictly larger than
 *       staying, and its neighbours outside its new cluster join the queue again;</li>
 *   <li><b>refinement</b>: inside each cluster, from singletons, each node still alone and well
 *       connected to its cluster may join a well-connected subcluster of non-negative gain, drawn
 *       with probability proportional to {@code exp(gain / randomness)}; so every subcluster is
 *       connected;</li>
 *   <li><b>aggregation</b>: each subcluster becomes a node (each cluster, when refinement merged
 *       nothing), edge weights summed, the clusters carried over as the next network's partition.</li>
 * </ol>
 *
 * <p>This is the algorithm of CWTS networkanalysis's {@code LeidenAlgorithm}, written on int and
 * double arrays: the library builds a network object with integrity checks for every cluster's
 * subnetwork and every aggregate, which took half of its time on the coauthorship graphs measured in
 * {@code bench/RESULTS.md}. The same seed gives the same clusters. One iteration takes about O(m)
 * time and O(n + m) memory.
 */
final class LeidenPass {

    /**
     * A network of one level: compressed rows without self-loops, the node weights, and the weight
     * inside each node (the edges among the nodes it gathers, each counted from both ends as the
     * graph's rows hold them).
     */
    private static final class Level {
        final int nodes;
        final int[] first;
        final int[] neighbors;
        final double[] weights;
        final double[] nodeWeights;
        final double[] inside;

        Level(int nodes, int[] first, int[] neighbors, double[] weights, double[] nodeWeights, double[] inside) {
            this.nodes = nodes;
            this.first = first;
            this.neighbors = neighbors;
            this.weights = weights;
            this.nodeWeights = nodeWeights;
            this.inside = inside;
        }
    }

    /**
     * Edge weights summed by label (a cluster, a subcluster, a group) for one node or group at a
     * time, the labels listed in the order first met, so that clearing costs only them. Every edge
     * weighs more than 0, so a label whose sum is 0 has not been met: one array read per edge
     * instead of two.
     */
    private static final class LabelWeights {
        final double[] weight;
        final int[] labels;
        int count;

        LabelWeights(int labelCount) {
            weight = new double[labelCount];
            labels = new int[labelCount];
        }

        /** Adds {@code w}, more than 0, to {@code label}'s sum. */
        void add(int label, double w) {
            if (weight[label] == 0) {
                labels[count++] = label;
            }
            weight[label] += w;
        }

        /** The weight summed for the {@code k}-th label met, cleared as it is read. */
        double take(int k) {
            int label = labels[k];
            double w = weight[label];
            weight[label] = 0;
            return w;
        }

        /** Starts again, once every label met has been taken. */
        void restart() {
            count = 0;
        }

        void clear() {
            for (int k = 0; k < count; k++) {
                take(k);
            }
            restart();
        }
    }

    private final Level base;
    /** Twice the graph's edge weight: the sum of its rows. */
    private final double totalWeight;
    private double quality = Double.NaN;
    private final double resolution;
    private final double randomness;
    private final SplittableRandom random;

    /**
     * A pass over {@code undirected} for the constant Potts model at {@code cpmResolution} (γ/2m for
     * modularity at γ), with node weights the strengths.
     *
     * @param randomness the refinement's randomness θ, positive; small values merge greedily
     * @param random seeds the source of the node orders and of the refinement's draws
     */
    LeidenPass(CompactGraph undirected, double cpmResolution, double randomness, Random random) {
        if (undirected.isDirected()) {
            throw new IllegalArgumentException("Leiden runs on undirected graphs; pass graph.asUndirected()");
        }
        this.base = baseLevel(undirected);
        double total = 0;
        for (double weight : base.nodeWeights) {
            total += weight;
        }
        this.totalWeight = total;
        this.resolution = cpmResolution;
        this.randomness = randomness;
        this.random = new SplittableRandom(random.nextLong()); // unsynchronised: draws are many
    }

    /** The graph's rows as the first level (a compact graph has no self-loops: nothing inside a node). */
    private static Level baseLevel(CompactGraph graph) {
        int n = graph.nodeCount();
        int[] first = new int[n + 1];
        int[] neighbors = new int[graph.edgeSlots()];
        double[] weights = new double[graph.edgeSlots()];
        double[] nodeWeights = new double[n];
        for (int v = 0; v < n; v++) {
            nodeWeights[v] = graph.strength(v);
            for (int i = graph.edgeStart(v); i < graph.edgeEnd(v); i++) {
                neighbors[i] = graph.neighborAt(i);
                weights[i] = graph.weightAt(i);
            }
            first[v + 1] = graph.edgeEnd(v);
        }
        return new Level(n, first, neighbors, weights, nodeWeights, new double[n]);
    }

    /**
     * Improves {@code clusters} (one label per node, from 0 to the node count − 1) in place; leaves
     * them numbered 0, 1, … in order of each cluster's first node. Returns whether a node moved.
     */
    boolean improve(int[] clusters) {
        if (clusters.length != base.nodes) {
            throw new IllegalArgumentException(
                    "clusters has " + clusters.length + " labels for a network of " + base.nodes + " nodes");
        }
        Level level = base;
        int[] partition = clusters.clone();
        renumber(partition);
        int[] levelOfNode = new int[base.nodes];
        for (int v = 0; v < base.nodes; v++) {
            levelOfNode[v] = v;
        }
        boolean changed = false;
        while (true) {
            changed |= moveNodesFast(level, partition);
            int clusterCount = renumber(partition);
            if (clusterCount == level.nodes) {
                break;
            }
            int[] refined = refine(level, partition, clusterCount);
            int refinedCount = renumber(refined);
            int[] merged;
            int mergedCount;
            int[] nextPartition;
            if (refinedCount < level.nodes) {
                merged = refined;
                mergedCount = refinedCount;
                nextPartition = new int[refinedCount];
                for (int v = 0; v < level.nodes; v++) {
                    nextPartition[refined[v]] = partition[v];
                }
            } else {
                merged = partition;
                mergedCount = clusterCount;
                nextPartition = new int[clusterCount];
                for (int c = 0; c < clusterCount; c++) {
                    nextPartition[c] = c;
                }
            }
            level = aggregate(level, merged, mergedCount);
            for (int v = 0; v < base.nodes; v++) {
                levelOfNode[v] = merged[levelOfNode[v]];
            }
            partition = nextPartition;
        }
        for (int v = 0; v < base.nodes; v++) {
            clusters[v] = partition[levelOfNode[v]];
        }
        renumber(clusters);
        // The last level's nodes are the clusters: the quality is read off its weights.
        double sum = 0;
        for (int c = 0; c < level.nodes; c++) {
            sum += level.inside[c] - resolution * level.nodeWeights[c] * level.nodeWeights[c];
        }
        quality = sum / totalWeight;
        return changed;
    }

    /**
     * The quality of the clusters the last {@link #improve} left: with node weights the strengths
     * and resolution γ/2m, the modularity at γ ({@link Modularity#of(CompactGraph, int[], double)}, up
     * to rounding).
     */
    double quality() {
        return quality;
    }

    /** Fast local moving of {@code partition} (labels below the node count) in place; whether a node moved. */
    private boolean moveNodesFast(Level level, int[] partition) {
        int n = level.nodes;
        double[] clusterWeight = new double[n];
        int[] clusterSize = new int[n];
        for (int v = 0; v < n; v++) {
            clusterWeight[partition[v]] += level.nodeWeights[v];
            clusterSize[partition[v]]++;
        }
        int[] empty = new int[n];
        int emptyCount = 0;
        for (int c = n - 1; c >= 0; c--) {
            if (clusterSize[c] == 0) {
                empty[emptyCount++] = c;
            }
        }
        int[] queue = randomOrder(n);
        boolean[] queued = new boolean[n];
        Arrays.fill(queued, true);
        int head = 0;
        int waiting = n;
        LabelWeights toCluster = new LabelWeights(n);
        boolean moved = false;
        while (waiting > 0) {
            int v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            waiting--;
            queued[v] = false;
            int own = partition[v];
            double nodeWeight = level.nodeWeights[v];
            clusterWeight[own] -= nodeWeight;
            if (--clusterSize[own] == 0) {
                empty[emptyCount++] = own;
            }
            for (int i = level.first[v]; i < level.first[v + 1]; i++) {
                toCluster.add(partition[level.neighbors[i]], level.weights[i]);
            }
            int best = own;
            double bestGain = toCluster.weight[own] - resolution * nodeWeight * clusterWeight[own];
            for (int k = 0; k < toCluster.count; k++) {
                int c = toCluster.labels[k];
                double gain = toCluster.take(k) - resolution * nodeWeight * clusterWeight[c];
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
            toCluster.restart();
            if (bestGain < 0) {
                best = empty[emptyCount - 1]; // an empty cluster gains 0; own is on top when it emptied
            }
            if (clusterSize[best] == 0) {
                emptyCount--; // best is the top of the stack: own just emptied, or the empty taken
            }
            partition[v] = best;
            clusterWeight[best] += nodeWeight;
            clusterSize[best]++;
            if (best != own) {
                moved = true;
                for (int i = level.first[v]; i < level.first[v + 1]; i++) {
                    int u = level.neighbors[i];
                    if (!queued[u] && partition[u] != best) {
                        queued[u] = true;
                        queue[(head + waiting) % n] = u;
                        waiting++;
                    }
                }
            }
        }
        return moved;
    }

    /**
     * The refinement of {@code partition} ({@code clusterCount} clusters): labels of subclusters,
     * each inside one cluster, named by one of their nodes.
     */
    private int[] refine(Level level, int[] partition, int clusterCount) {
        int n = level.nodes;
        double[] clusterWeight = new double[clusterCount];
        for (int v = 0; v < n; v++) {
            clusterWeight[partition[v]] += level.nodeWeights[v];
        }
        // A node's weight to the rest of its cluster; then, for each subcluster, its weight to the
        // rest of the cluster (the subcluster of a node starts as the node alone).
        double[] nodeInside = new double[n];
        for (int v = 0; v < n; v++) {
            for (int i = level.first[v]; i < level.first[v + 1]; i++) {
                if (partition[level.neighbors[i]] == partition[v]) {
                    nodeInside[v] += level.weights[i];
                }
            }
        }
        int[] sub = new int[n];
        double[] subWeight = level.nodeWeights.clone();
        double[] subOutside = nodeInside.clone();
        boolean[] joined = new boolean[n];
        for (int v = 0; v < n; v++) {
            sub[v] = v;
        }
        LabelWeights toSub = new LabelWeights(n);
        int[] candidate = new int[n];
        double[] chance = new double[n];
        for (int v : randomOrder(n)) {
            if (sub[v] != v || joined[v]) {
                continue; // only a node still alone may move
            }
            int cluster = partition[v];
            double nodeWeight = level.nodeWeights[v];
            double total = clusterWeight[cluster];
            if (nodeInside[v] < resolution * nodeWeight * (total - nodeWeight)) {
                continue; // not well connected to its cluster
            }
            for (int i = level.first[v]; i < level.first[v + 1]; i++) {
                int u = level.neighbors[i];
                if (partition[u] == cluster) {
                    toSub.add(sub[u], level.weights[i]);
                }
            }
            // Staying alone gains 0; a candidate must be well connected and gain at least that.
            int candidates = 0;
            double bestGain = 0;
            for (int k = 0; k < toSub.count; k++) {
                int s = toSub.labels[k];
                double gain = toSub.weight[s] - resolution * nodeWeight * subWeight[s];
                if (gain >= 0 && subOutside[s] >= resolution * subWeight[s] * (total - subWeight[s])) {
                    candidate[candidates] = s;
                    chance[candidates++] = gain;
                    bestGain = Math.max(bestGain, gain);
                }
            }
            int target = v;
            if (candidates > 0) {
                double sum = Math.exp(-bestGain / randomness); // staying alone gains 0
                for (int k = 0; k < candidates; k++) {
                    chance[k] = Math.exp((chance[k] - bestGain) / randomness);
                    sum += chance[k];
                }
                double draw = random.nextDouble() * sum;
                for (int k = 0; k < candidates; k++) {
                    draw -= chance[k];
                    if (draw < 0) {
                        target = candidate[k];
                        break;
                    }
                }
            }
            if (target != v) {
                subOutside[target] += nodeInside[v] - 2 * toSub.weight[target];
                subWeight[target] += nodeWeight;
                subWeight[v] = 0;
                sub[v] = target;
                joined[target] = true;
            }
            toSub.clear();
        }
        return sub;
    }

    /** The network whose node c gathers the nodes v with {@code labels[v] = c}, for c below {@code count}. */
    private static Level aggregate(Level level, int[] labels, int count) {
        int n = level.nodes;
        int[] start = new int[count + 1];
        for (int v = 0; v < n; v++) {
            start[labels[v] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(start, count);
        for (int v = 0; v < n; v++) {
            members[fill[labels[v]]++] = v;
        }
        int[] first = new int[count + 1];
        // Most edges fall inside the groups: start small and grow, rather than zero m slots per level.
        int capacity = Math.min(level.neighbors.length, 4 * count + 16);
        int[] neighbors = new int[capacity];
        double[] weights = new double[capacity];
        double[] nodeWeights = new double[count];
        double[] inside = new double[count];
        LabelWeights toGroup = new LabelWeights(count);
        int slots = 0;
        for (int c = 0; c < count; c++) {
            for (int k = start[c]; k < start[c + 1]; k++) {
                int v = members[k];
                nodeWeights[c] += level.nodeWeights[v];
                inside[c] += level.inside[v];
                for (int i = level.first[v]; i < level.first[v + 1]; i++) {
                    int d = labels[level.neighbors[i]];
                    if (d == c) {
                        inside[c] += level.weights[i];
                    } else {
                        toGroup.add(d, level.weights[i]);
                    }
                }
            }
            if (slots + toGroup.count > neighbors.length) {
                int grown = (int) Math.min(level.neighbors.length, Math.max(2L * neighbors.length, slots + toGroup.count));
                neighbors = Arrays.copyOf(neighbors, grown);
                weights = Arrays.copyOf(weights, grown);
            }
            for (int k = 0; k < toGroup.count; k++) {
                neighbors[slots] = toGroup.labels[k];
                weights[slots++] = toGroup.take(k);
            }
            toGroup.restart();
            first[c + 1] = slots;
        }
        return new Level(count, first, neighbors, weights, nodeWeights, inside);
    }

    /** The nodes 0 … n − 1 in an order drawn from the random source. */
    private int[] randomOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Renames labels to 0, 1, … in order of first appearance; returns how many there are. */
    static int renumber(int[] labels) {
        int max = 0;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        int[] name = new int[max + 1];
        Arrays.fill(name, -1);
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (name[label] < 0) {
                name[label] = count++;
            }
            labels[i] = name[label];
        }
        return count;
    }
}
