package org.scholargraph.analysis;

import java.util.Objects;
import java.util.function.Supplier;
import org.scholargraph.analysis.centrality.HarmonicCloseness;
import org.scholargraph.analysis.centrality.HopBetweenness;
import org.scholargraph.analysis.community.Communities;
import org.scholargraph.graph.CompactGraph;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Corpus;

/**
 * What a {@link NodeColumn} is computed from: the corpus, its graphs, the run's parameters, the
 * communities (found on other threads, waited for when first asked), and what several columns
 * share, computed once on first use: each author's papers, each paper's in-corpus citations, the
 * unweighted coauthorship graph on which hop measures run.
 */
public final class AnalysisContext {

    private final Corpus corpus;
    private final ScholarlyNetworks networks;
    private final AnalysisParameters parameters;
    private final Supplier<Communities> coauthorshipCommunities;
    private final Supplier<Communities> citationCommunities;
    private final Supplier<Communities> topicCommunities;
    private int[][] papersOf;
    private int[] citedBy;
    private int[] yearOf;
    private CompactGraph hops;
    private HopBetweenness betweenness;
    private HarmonicCloseness harmonic;

    public AnalysisContext(Corpus corpus, ScholarlyNetworks networks, AnalysisParameters parameters,
            Supplier<Communities> coauthorshipCommunities, Supplier<Communities> citationCommunities,
            Supplier<Communities> topicCommunities) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.networks = Objects.requireNonNull(networks, "networks");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.coauthorshipCommunities = coauthorshipCommunities;
        this.citationCommunities = citationCommunities;
        this.topicCommunities = topicCommunities;
    }

    public Corpus corpus() {
        return corpus;
    }

    public ScholarlyNetworks networks() {
        return networks;
    }

    public AnalysisParameters parameters() {
        return parameters;
    }

    /** The weighted coauthorship graph (weight = joint papers). */
    public CompactGraph coauthorship() {
        return networks.coauthorship().graph();
    }

    /**
     * The coauthorship graph without weights, for the measures that count hops: on a graph weighted
     * by joint papers, a weight read as a distance would put frequent collaborators farther apart.
     */
    public synchronized CompactGraph hops() {
        if (hops == null) {
            hops = coauthorship().unweighted();
        }
        return hops;
    }

    /**
     * Betweenness by hops on the coauthorship network, one object for the column and for the
     * run's account of its sampling: exact up to {@link AnalysisParameters#exactBetweennessLimit()}
     * authors, above it within the run's ε with probability 1 − δ, drawn from the run's seed.
     */
    public synchronized HopBetweenness betweenness() {
        if (betweenness == null) {
            betweenness = new HopBetweenness(hops(), parameters.threads(), parameters.exactBetweennessLimit(),
                    parameters.betweennessEpsilon(), parameters.samplingDelta(), parameters.seed());
        }
        return betweenness;
    }

    /** Harmonic closeness by hops on the coauthorship network, sampled as {@link #betweenness()} is. */
    public synchronized HarmonicCloseness harmonic() {
        if (harmonic == null) {
            harmonic = new HarmonicCloseness(hops(), parameters.threads(), parameters.exactBetweennessLimit(),
                    parameters.harmonicEpsilon(), parameters.samplingDelta(), parameters.seed());
        }
        return harmonic;
    }

    /** The citation graph, citing → cited. */
    public CompactGraph citation() {
        return networks.citation().graph();
    }

    /** The indices of each author's papers, in paper order; callers must not change them. */
    public synchronized int[][] papersOf() {
        if (papersOf == null) {
            papersOf = ScholarlyNetworks.papersOfAuthors(corpus);
        }
        return papersOf;
    }

    /** In-corpus papers citing each paper; callers must not change it. */
    public synchronized int[] citedBy() {
        if (citedBy == null) {
            CompactGraph citation = citation();
            citedBy = new int[corpus.papers().size()];
            for (int p = 0; p < citedBy.length; p++) {
                citedBy[p] = citation.inDegree(p);
            }
        }
        return citedBy;
    }

    /**
     * Each paper's year, 0 when unknown, by paper index: read from one array where measures visit
     * papers author by author rather than each paper in turn. Callers must not change it.
     */
    public synchronized int[] yearOf() {
        if (yearOf == null) {
            yearOf = ScholarlyNetworks.yearsOfPapers(corpus);
        }
        return yearOf;
    }

    /** Leiden communities of the coauthorship network. */
    public Communities coauthorshipCommunities() {
        return coauthorshipCommunities.get();
    }

    /** Leiden communities of the citation graph taken as undirected. */
    public Communities citationCommunities() {
        return citationCommunities.get();
    }

    /** Leiden communities of the topic graph. */
    public Communities topicCommunities() {
        return topicCommunities.get();
    }
}
