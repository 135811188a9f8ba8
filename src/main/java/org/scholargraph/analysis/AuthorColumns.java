package org.scholargraph.analysis;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.scholargraph.analysis.centrality.CoreNumber;
import org.scholargraph.analysis.centrality.HIndex;
import org.scholargraph.analysis.centrality.LocalClusteringCoefficient;
import org.scholargraph.analysis.centrality.WassermanFaustCloseness;
import org.scholargraph.analysis.centrality.WeightedEigenvector;
import org.scholargraph.analysis.centrality.WeightedPageRank;

/**
 * The columns of the author table, in the order of {@code authors.csv}: each declared once, with
 * how it is computed. Measures that count hops (betweenness, closeness) run on the unweighted
 * coauthorship graph ({@link AnalysisContext#hops()}); strength, eigenvector and PageRank use the
 * joint-paper weights. A new author measure is one more constant here, added to {@link #ALL}
 * (new columns go at the end: the order of existing columns is a public interface).
 */
public final class AuthorColumns {

    /** Stable id ({@code A7}), the same on every run over the same input. */
    public static final NodeColumn AUTHOR_ID = NodeColumn.text("author_id", c -> a -> c.corpus().author(a).id());

    /** Display name. */
    public static final NodeColumn NAME = NodeColumn.text("name", c -> a -> c.corpus().author(a).name());

    /** Papers in the corpus with this author. */
    public static final NodeColumn PAPERS = NodeColumn.count("papers", ColumnType.INTEGER,
            c -> perAuthor(c, a -> c.papersOf()[a].length));

    /** In-corpus citations to those papers. */
    public static final NodeColumn CITATIONS = NodeColumn.count("citations", ColumnType.INTEGER,
            c -> perAuthor(c, a -> IntStream.of(citationCounts(c, a)).sum()));

    /** In-corpus h-index: the largest h such that h of the author's papers have at least h in-corpus citations. */
    public static final NodeColumn H_INDEX = NodeColumn.count("h_index", ColumnType.INTEGER,
            c -> perAuthor(c, a -> HIndex.hIndex(citationCounts(c, a))));

    /** Year of the first paper, 0 when no paper has a year. */
    public static final NodeColumn FIRST_YEAR = NodeColumn.count("first_year", ColumnType.YEAR,
            c -> perAuthor(c, a -> years(c, a).min().orElse(0)));

    /** Year of the latest paper, 0 when no paper has a year. */
    public static final NodeColumn LAST_YEAR = NodeColumn.count("last_year", ColumnType.YEAR,
            c -> perAuthor(c, a -> years(c, a).max().orElse(0)));

    /** Distinct coauthors. */
    public static final NodeColumn COAUTHORS = NodeColumn.count("coauthors", ColumnType.INTEGER,
            c -> perAuthor(c, c.coauthorship()::degree));

    /** The node degree in the coauthorship network: distinct coauthors. */
    public static final NodeColumn DEGREE = NodeColumn.count("degree", ColumnType.INTEGER,
            c -> perAuthor(c, c.coauthorship()::degree));

    /** Joint papers summed over coauthors (the weighted degree). */
    public static final NodeColumn STRENGTH = NodeColumn.real("strength",
            c -> IntStream.range(0, c.corpus().authors().size()).mapToDouble(c.coauthorship()::strength).toArray());

    /**
     * Share of shortest coauthor paths (by hops) through the author, normalised by 2/((n−1)(n−2));
     * estimated above {@link AnalysisParameters#exactBetweennessLimit()} authors ({@link AnalysisContext#betweenness()}).
     */
    public static final NodeColumn BETWEENNESS = NodeColumn.measure("coauthorship", "betweenness", ColumnType.REAL,
            AnalysisContext::betweenness);

    /**
     * Harmonic closeness: the sum of 1/distance (hops) to every other author, divided by n−1;
     * estimated above the same limit ({@link AnalysisContext#harmonic()}).
     */
    public static final NodeColumn HARMONIC = NodeColumn.measure("coauthorship", "harmonic", ColumnType.REAL,
            AnalysisContext::harmonic);

    /**
     * Weighted eigenvector centrality: 1 for the most central author of the largest connected
     * component; in other components scaled by their leading eigenvalue relative to it.
     */
    public static final NodeColumn EIGENVECTOR = NodeColumn.measure("coauthorship", "eigenvector", ColumnType.REAL,
            c -> new WeightedEigenvector(c.coauthorship()));

    /** Weighted PageRank, damping {@link AnalysisParameters#pagerankDamping()}, summing to 1 over all authors. */
    public static final NodeColumn PAGERANK = NodeColumn.measure("coauthorship", "pagerank", ColumnType.REAL,
            c -> new WeightedPageRank(c.coauthorship(), c.parameters().pagerankDamping(), c.parameters().threads()));

    /** The largest k such that the author is in the k-core. */
    public static final NodeColumn CORENESS = NodeColumn.measure("coauthorship", "coreness", ColumnType.INTEGER,
            c -> new CoreNumber(c.coauthorship()));

    /** Leiden community in the coauthorship network, 0 for the largest. */
    public static final NodeColumn COMMUNITY = NodeColumn.count("community", ColumnType.CATEGORY,
            c -> c.coauthorshipCommunities().membership());

    /**
     * Local clustering coefficient: the share of the pairs of the author's coauthors that wrote
     * with each other, 0 with fewer than two coauthors ({@link LocalClusteringCoefficient}).
     */
    public static final NodeColumn CLUSTERING = NodeColumn.measure("coauthorship", "clustering", ColumnType.REAL,
            c -> new LocalClusteringCoefficient(c.hops()));

    /**
     * Closeness for disconnected graphs (Wasserman and Faust): (r/D)·(r/(n−1)) for an author who
     * reaches r others at hop distances summing to D, 0 for one who reaches nobody; above
     * {@link AnalysisParameters#exactBetweennessLimit()} authors over sampled targets drawn from the
     * run's seed ({@link WassermanFaustCloseness}).
     */
    public static final NodeColumn CLOSENESS = NodeColumn.measure("coauthorship", "closeness", ColumnType.REAL,
            c -> new WassermanFaustCloseness(c.hops(), c.parameters().threads(),
                    c.parameters().exactBetweennessLimit(), WassermanFaustCloseness.SAMPLE_SIZE_DEFAULT,
                    c.parameters().seed()));

    /** Every column of the author table, in order. */
    public static final List<NodeColumn> ALL = List.of(AUTHOR_ID, NAME, PAPERS, CITATIONS, H_INDEX, FIRST_YEAR,
            LAST_YEAR, COAUTHORS, DEGREE, STRENGTH, BETWEENNESS, HARMONIC, EIGENVECTOR, PAGERANK, CORENESS, COMMUNITY,
            CLUSTERING, CLOSENESS);

    private AuthorColumns() {
    }

    private static int[] perAuthor(AnalysisContext context, IntUnaryOperator value) {
        int[] values = new int[context.corpus().authors().size()];
        for (int a = 0; a < values.length; a++) {
            values[a] = value.applyAsInt(a);
        }
        return values;
    }

    private static int[] citationCounts(AnalysisContext context, int author) {
        int[] citedBy = context.citedBy();
        return IntStream.of(context.papersOf()[author]).map(p -> citedBy[p]).toArray();
    }

    private static IntStream years(AnalysisContext context, int author) {
        int[] yearOf = context.yearOf();
        return IntStream.of(context.papersOf()[author]).map(p -> yearOf[p]).filter(year -> year != 0);
    }
}
