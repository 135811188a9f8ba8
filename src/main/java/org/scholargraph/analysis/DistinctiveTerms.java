package org.scholargraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/**
 * The terms that tell each community of a partition from the rest: for every community, the terms
 * most over-represented among its members against all other members, scored by Dunning's
 * log-likelihood ratio ("Accurate methods for the statistics of surprise and coincidence",
 * Computational Linguistics 19(1), 1993), the measure CiteSpace labels clusters with.
 *
 * <p>For a term t and a community C the counts are weighted members: k11 = members of C with t,
 * k12 = members of C without it, k21 and k22 the same outside C (a member counts once per term, with
 * its weight: 1 for an author or a paper, its number of papers for a keyword). The score is
 * G² = 2 Σ k ln(k / E) over the four cells, E the count expected if t were spread evenly; only
 * terms more frequent inside than outside score. Labels are then chosen over all communities at
 * once, best score first: a community takes at most {@code termsPerLabel} terms, and a term labels
 * at most {@code maxCommunitiesPerTerm} communities, so that a word common to every community
 * ("network", "Humans") labels none or few. Runs in O(Σ terms of members + communities + candidates ·
 * log) time, and the counts it keeps are one per member and term: a partition with as many communities as
 * members (the citation graph of a large corpus, most of whose papers stand alone) costs no more.
 */
public final class DistinctiveTerms {

    /** A term of a community's label, with its log-likelihood ratio. */
    public record ScoredTerm(String term, double score) {
    }

    private final List<List<ScoredTerm>> labels;

    /**
     * Scores the terms of each community of {@code membership}.
     *
     * @param membership community of each member, 0..count-1
     * @param count number of communities
     * @param terms the terms of a member (repeats count once)
     * @param weight the weight of a member, positive
     * @param termsPerLabel most terms in one community's label
     * @param maxCommunitiesPerTerm most communities one term labels
     */
    public DistinctiveTerms(int[] membership, int count, IntFunction<List<String>> terms, IntToDoubleFunction weight,
            int termsPerLabel, int maxCommunitiesPerTerm) {
        if (termsPerLabel < 1 || maxCommunitiesPerTerm < 1) {
            throw new IllegalArgumentException("termsPerLabel and maxCommunitiesPerTerm must be positive, were "
                    + termsPerLabel + " and " + maxCommunitiesPerTerm);
        }
        double[] communityWeight = new double[count];
        double total = 0;
        // One entry per member and distinct term of it, in member order.
        Map<String, Integer> termIds = new HashMap<>();
        List<String> termNames = new ArrayList<>();
        int[] lastMember = new int[16]; // 1 + the last member a term was counted for, 0 before any
        Entries entries = new Entries();
        for (int v = 0; v < membership.length; v++) {
            int c = membership[v];
            if (c < 0 || c >= count) {
                continue;
            }
            double w = weight.applyAsDouble(v);
            communityWeight[c] += w;
            total += w;
            for (String term : terms.apply(v)) {
                int t = termIds.computeIfAbsent(term, x -> {
                    termNames.add(x);
                    return termNames.size() - 1;
                });
                if (t == lastMember.length) {
                    lastMember = Arrays.copyOf(lastMember, 2 * t);
                }
                if (lastMember[t] != v + 1) {
                    lastMember[t] = v + 1;
                    entries.add(t, c, w);
                }
            }
        }
        // Entries ordered by term, then community, then member (two stable counting sorts), so that a
        // term's weight in a community, and over all communities, is summed in the order a dense
        // term × community table would sum it.
        int[] byCommunity = stableOrder(entries.community, count, identity(entries.size));
        int[] order = stableOrder(entries.term, termNames.size(), byCommunity);
        List<Candidate> candidates = new ArrayList<>();
        double[] inside = new double[0];
        int[] insideCommunity = new int[0];
        for (int from = 0; from < entries.size; ) {
            int t = entries.term[order[from]];
            int to = from;
            int groups = 0;
            while (to < entries.size && entries.term[order[to]] == t) {
                int c = entries.community[order[to]];
                if (groups == 0 || insideCommunity[groups - 1] != c) {
                    if (groups == inside.length) {
                        inside = Arrays.copyOf(inside, Math.max(8, 2 * groups));
                        insideCommunity = Arrays.copyOf(insideCommunity, inside.length);
                    }
                    insideCommunity[groups] = c;
                    inside[groups++] = 0;
                }
                inside[groups - 1] += entries.weight[order[to]];
                to++;
            }
            double all = 0;
            for (int g = 0; g < groups; g++) {
                all += inside[g];
            }
            for (int g = 0; g < groups; g++) {
                int c = insideCommunity[g];
                double k11 = inside[g];
                if (k11 <= 0) {
                    continue;
                }
                double k12 = communityWeight[c] - k11;
                double k21 = all - k11;
                double k22 = total - communityWeight[c] - k21;
                double outsideWeight = total - communityWeight[c];
                boolean overRepresented = outsideWeight <= 0 || k11 / communityWeight[c] > k21 / outsideWeight;
                if (overRepresented) {
                    candidates.add(new Candidate(c, termNames.get(t), logLikelihoodRatio(k11, k12, k21, k22), k11));
                }
            }
            from = to;
        }
        candidates.sort(Comparator.comparingDouble((Candidate x) -> -x.score).thenComparingDouble(x -> -x.inside)
                .thenComparing(x -> x.term).thenComparingInt(x -> x.community));
        List<List<ScoredTerm>> chosen = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            chosen.add(new ArrayList<>());
        }
        Map<String, Integer> uses = new HashMap<>();
        for (Candidate candidate : candidates) {
            List<ScoredTerm> label = chosen.get(candidate.community);
            if (label.size() < termsPerLabel && uses.getOrDefault(candidate.term, 0) < maxCommunitiesPerTerm) {
                label.add(new ScoredTerm(candidate.term, candidate.score));
                uses.merge(candidate.term, 1, Integer::sum);
            }
        }
        List<List<ScoredTerm>> frozen = new ArrayList<>(count);
        chosen.forEach(l -> frozen.add(List.copyOf(l)));
        this.labels = List.copyOf(frozen);
    }

    /** The label terms of community c, best first; empty when none of its terms is distinctive. */
    public List<ScoredTerm> label(int c) {
        return labels.get(c);
    }

    /** {@code order} stably re-sorted by {@code key} of each entry, keys in 0..keys-1 (a counting sort). */
    private static int[] stableOrder(int[] key, int keys, int[] order) {
        int[] start = new int[keys + 1];
        for (int e : order) {
            start[key[e] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] sorted = new int[order.length];
        for (int e : order) {
            sorted[start[key[e]]++] = e;
        }
        return sorted;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** G² of a 2×2 table of weighted counts (Dunning 1993), 0 for an empty table. */
    static double logLikelihoodRatio(double k11, double k12, double k21, double k22) {
        double n = k11 + k12 + k21 + k22;
        if (n <= 0) {
            return 0;
        }
        double row1 = k11 + k12;
        double row2 = k21 + k22;
        double col1 = k11 + k21;
        double col2 = k12 + k22;
        return 2 * (cell(k11, row1 * col1 / n) + cell(k12, row1 * col2 / n) + cell(k21, row2 * col1 / n)
                + cell(k22, row2 * col2 / n));
    }

    private static double cell(double observed, double expected) {
        return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
    }

    /** Growable columns of (term, community, member weight) entries. */
    private static final class Entries {
        int size;
        int[] term = new int[64];
        int[] community = new int[64];
        double[] weight = new double[64];

        void add(int t, int c, double w) {
            if (size == term.length) {
                term = Arrays.copyOf(term, 2 * size);
                community = Arrays.copyOf(community, 2 * size);
                weight = Arrays.copyOf(weight, 2 * size);
            }
            term[size] = t;
            community[size] = c;
            weight[size++] = w;
        }
    }

    private static final class Candidate {
        final int community;
        final String term;
        final double score;
        final double inside;

        Candidate(int community, String term, double score, double inside) {
            this.community = community;
            this.term = term;
            this.score = score;
            this.inside = inside;
        }
    }
}
