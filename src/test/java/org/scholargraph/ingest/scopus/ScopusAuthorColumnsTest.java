package org.scholargraph.ingest.scopus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.RecordAuthor;

/** Scopus's abbreviated "Family Initials" names, turned into the "Initials Family" order of every other source. */
class ScopusAuthorColumnsTest {

    @Test
    void putsTheInitialsBeforeTheFamilyName() {
        assertEquals("J.C. Phillips", ScopusAuthorColumns.initialsFirst("Phillips J.C."));
        assertEquals("A.-L. Barabási", ScopusAuthorColumns.initialsFirst("Barabási A.-L."));
        assertEquals("M.E.J. Newman", ScopusAuthorColumns.initialsFirst("Newman  M.E.J."));
        assertEquals("Th. Müller", ScopusAuthorColumns.initialsFirst("Müller Th."));
        assertEquals("M. E. J. Newman", ScopusAuthorColumns.initialsFirst("Newman M. E. J."));
    }

    @Test
    void keepsParticlesAndCompoundFamilyNamesWithTheFamilyName() {
        assertEquals("J.D. van der Waals", ScopusAuthorColumns.initialsFirst("van der Waals J.D."));
        assertEquals("G. García Márquez", ScopusAuthorColumns.initialsFirst("García Márquez G."));
        assertEquals("A. St. John", ScopusAuthorColumns.initialsFirst("St. John A."));
    }

    @Test
    void keepsAOneLetterFamilyNameAsTheFamilyName() {
        assertEquals("W. E", ScopusAuthorColumns.initialsFirst("E W."));
        assertEquals("Y.-H. Li", ScopusAuthorColumns.initialsFirst("Li Y.-H."));
    }

    @Test
    void leavesNamesThatAreNotFamilyThenInitials() {
        assertEquals("Newman, M.E.J.", ScopusAuthorColumns.initialsFirst("Newman, M.E.J."));
        assertEquals("Aristotle", ScopusAuthorColumns.initialsFirst("Aristotle"));
        assertEquals("J.", ScopusAuthorColumns.initialsFirst("J."));
        assertEquals("Smith Jr.", ScopusAuthorColumns.initialsFirst("Smith Jr."));
        assertEquals("J. Smith Jr.", ScopusAuthorColumns.initialsFirst("Smith Jr. J."));
        assertEquals("CERN Collaboration", ScopusAuthorColumns.initialsFirst("CERN Collaboration"));
    }

    @Test
    void abbreviatedBylinesComeOutInitialsFirstWithTheirIds() {
        assertEquals(List.of(new RecordAuthor("J.C. Phillips", Optional.of("scopus:1")),
                new RecordAuthor("W. E", Optional.of("scopus:2"))),
                ScopusAuthorColumns.authors("Phillips J.C., E W.", "1;2;", ""));
        // the full names of newer exports already say which part is the family name
        assertEquals(List.of(new RecordAuthor("Phillips, James C.", Optional.of("scopus:1"))),
                ScopusAuthorColumns.authors("Phillips J.C.", "1;", "Phillips, James C. (1)"));
    }
}
