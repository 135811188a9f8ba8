package org.scholargraph.api;

/**
 * The graphs that have communities, named as in the {@code graph} column of {@code communities.csv}:
 * {@code sg.communities(GraphKind.CITATION)}.
 */
public enum GraphKind {
    /** Authors linked by joint papers. */
    COAUTHORSHIP("coauthorship"),
    /** Papers linked citing → cited (communities of it taken as undirected). */
    CITATION("citation"),
    /** Papers linked by shared keywords. */
    TOPICS("topics"),
    /** Keywords linked by co-occurrence on a paper. */
    KEYWORDS("keywords");

    private final String label;

    GraphKind(String label) {
        this.label = label;
    }

    /** The name used in the exports: {@code GraphKind.TOPICS.label()} is {@code topics}. */
    public String label() {
        return label;
    }
}
