package org.scholargraph.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Terms that databases index every record with, whatever it is about: MEDLINE's check tags (MeSH
 * headings for species, sex, age groups and pregnancy, put on each paper they apply to), Embase's
 * (Emtree) check tags that Scopus copies into its index keywords, and publication types ("article",
 * "review"). They classify a record, so readers put them in its subject categories, not its
 * keywords, where they would link most papers of a corpus to each other.
 */
public final class SubjectTerms {

    /**
     * MeSH check tags (NLM, "Check Tags" of the MeSH indexing manual), Emtree check tags and
     * Scopus document types, in lower case.
     */
    static final Set<String> BOILERPLATE = Set.of(
            // MeSH check tags
            "humans", "animals", "male", "female", "pregnancy", "infant", "infant, newborn", "child",
            "child, preschool", "adolescent", "young adult", "adult", "middle aged", "aged", "aged, 80 and over",
            "mice", "rats", "cattle", "dogs", "cats", "rabbits", "swine", "sheep", "horses", "guinea pigs",
            "cricetinae", "chick embryo", "in vitro techniques",
            // Emtree check tags as Scopus index keywords
            "human", "animal", "nonhuman", "controlled study", "priority journal", "major clinical study",
            "clinical article", "human experiment", "animal experiment", "animal model", "procedures", "mouse",
            "rat", "newborn", "very elderly", "preschool child", "school child", "normal human",
            "in vitro study", "in vivo study",
            // publication types (Scopus document types, MEDLINE PT)
            "article", "review", "conference paper", "conference review", "editorial", "letter", "note",
            "short survey", "erratum", "book chapter", "journal article", "research support", "comparative study");

    private SubjectTerms() {
    }

    /** Whether a keyword is a check tag or a publication type rather than a topic. */
    public static boolean isBoilerplate(String keyword) {
        return BOILERPLATE.contains(keyword.strip().toLowerCase(Locale.ROOT));
    }
}
