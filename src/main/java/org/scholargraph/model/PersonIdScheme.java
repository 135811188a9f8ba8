package org.scholargraph.model;

import java.util.Optional;

/**
 * The identifier systems a source gives authors by, and how far each is to be trusted.
 *
 * <p>Some are <b>curated</b>: the person registered it (ORCID) or editors split and join profiles by
 * hand (DBLP's person pages, "Wei Wang 0001"). Two different curated ids are two persons. The
 * others are <b>assigned by an algorithm</b> that groups the names of a database (OpenAlex, Scopus,
 * Semantic Scholar author ids); such algorithms often give one researcher several ids (Semantic
 * Scholar gives W. Daughton two, H. Ji four), so two different ids of one of these schemes keep two
 * persons apart only until the evidence of names and coauthors says they are one.
 */
public enum PersonIdScheme {
    /** ORCID iD, registered by the person: {@code orcid:0000-0002-1825-0097}. */
    ORCID("orcid", true),
    /** DBLP person name, disambiguated by DBLP's editors: {@code dblp:Wei Wang 0001}. */
    DBLP("dblp", true),
    /** OpenAlex author id: {@code openalex:A5023888391}. */
    OPENALEX("openalex", false),
    /** Scopus author id: {@code scopus:7004212771}. */
    SCOPUS("scopus", false),
    /** Semantic Scholar author id: {@code s2:1741101}. */
    SEMANTIC_SCHOLAR("s2", false);

    private final String prefix;
    private final boolean curated;

    PersonIdScheme(String prefix, boolean curated) {
        this.prefix = prefix;
        this.curated = curated;
    }

    /** The prefix an id of this scheme is written with: {@code orcid}. */
    public String prefix() {
        return prefix;
    }

    /** Whether two different ids of this scheme always name two persons. */
    public boolean curated() {
        return curated;
    }

    /** The source id of {@code value} in this scheme, as {@link RecordAuthor#sourceId()} holds it. */
    public String id(String value) {
        return prefix + ":" + value;
    }

    /** The scheme of a source id, or empty for an id without a known prefix. */
    public static Optional<PersonIdScheme> of(String sourceId) {
        int colon = sourceId.indexOf(':');
        if (colon > 0) {
            String prefix = sourceId.substring(0, colon);
            for (PersonIdScheme scheme : values()) {
                if (scheme.prefix.equals(prefix)) {
                    return Optional.of(scheme);
                }
            }
        }
        return Optional.empty();
    }
}
