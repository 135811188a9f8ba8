package org.scholargraph.api;

import java.util.List;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.PaperColumns;

/**
 * A measure to rank papers by, each a numeric column of {@code papers.csv} ({@link PaperColumns}):
 * {@code sg.ranking(PaperMeasure.CITED_BY).top(10)}.
 */
public final class PaperMeasure extends ColumnMeasure<PaperRow> {

    /** {@link PaperColumns#CITED_BY}. */
    public static final PaperMeasure CITED_BY = new PaperMeasure(PaperColumns.CITED_BY);
    /** {@link PaperColumns#REFERENCES}. */
    public static final PaperMeasure REFERENCES = new PaperMeasure(PaperColumns.REFERENCES);
    /** {@link PaperColumns#PAGERANK}. */
    public static final PaperMeasure PAGERANK = new PaperMeasure(PaperColumns.PAGERANK);

    private static final List<PaperMeasure> ALL = measures(PaperColumns.ALL, PaperMeasure::new);

    private PaperMeasure(NodeColumn column) {
        super(column);
    }

    /** Every paper measure, in the column order of {@code papers.csv}: {@code PaperMeasure.values()}. */
    public static List<PaperMeasure> values() {
        return ALL;
    }

    /** The paper measure of a column of {@code papers.csv}: {@code PaperMeasure.named("cited_by")}. */
    public static PaperMeasure named(String column) {
        return named(ALL, column, "paper");
    }
}
