package org.scholargraph.model;

/**
 * The identifier systems a source gives authors by. One id is one person across sources, and two
 * different ids of one scheme are two persons: a run does not second-guess a source on names
 * alone. Databases whose algorithm assigns the ids (OpenAlex, Scopus, Semantic Scholar) do give
 * one researcher several (in Semantic Scholar's samples, W. Daughton has two ids and H. Ji four);
 * a thesaurus line that names them one person joins them.
 */
public enum PersonIdScheme {
    /** ORCID iD: {@code orcid:0000-0002-1825-0097}. */
    ORCID("orcid"),
    /** DBLP person name, with DBLP's homonym number: {@code dblp:Wei Wang 0001}. */
    DBLP("dblp"),
    /** OpenAlex author id: {@code openalex:A5023888391}. */
    OPENALEX("openalex"),
    /** Scopus author id: {@code scopus:7004212771}. */
    SCOPUS("scopus"),
    /** Semantic Scholar author id: {@code s2:1741101}. */
    SEMANTIC_SCHOLAR("s2");

    private final String prefix;

    PersonIdScheme(String prefix) {
        this.prefix = prefix;
    }

    /** The source id of {@code value} in this scheme, as {@link RecordAuthor#sourceId()} holds it. */
    public String id(String value) {
        return prefix + ":" + value;
    }
}
