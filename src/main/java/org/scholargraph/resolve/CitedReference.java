package org.scholargraph.resolve;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parts a cited-reference string carries, as far as they could be told apart. Empty strings
 * for parts the string does not give.
 *
 * @param firstAuthor the first author's family name as written ("NEWMAN", "van Eck"), empty for
 *     an anonymous reference
 * @param year the publication year
 * @param title the cited work's title (Scopus strings carry it; Web of Science strings do not)
 * @param source the journal, book or series as written, often abbreviated
 * @param volume the volume
 * @param page the first page or article number
 * @param doi a DOI the string carries, canonical
 */
public record CitedReference(String firstAuthor, OptionalInt year, String title, String source, String volume,
        String page, Optional<String> doi) {

    /** Whether the string gave enough to look for the cited paper by its parts. */
    public boolean matchable() {
        return !firstAuthor.isEmpty() && year.isPresent();
    }

    /**
     * The key under which a first author is looked up: the last word of the folded family name
     * ("van Eck" → {@code eck}, "NEWMAN" → {@code newman}, "E" → {@code e}).
     */
    public static String surnameKey(String familyName) {
        String folded = TextFolding.fold(familyName);
        int space = folded.lastIndexOf(' ');
        return space < 0 ? folded : folded.substring(space + 1);
    }
}
