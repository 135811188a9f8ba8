package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Web of Science and Scopus cited-reference strings, taken from the real exports in
 * {@code ../shared/data} (skipped when absent) and written by hand for the rarer layouts.
 */
class CitedReferenceParserTest {

    private static CitedReference parse(String text) {
        return CitedReferenceParser.parse(text);
    }

    @Test
    void readsWebOfScienceReferenceWithDoi() {
        CitedReference r = parse("ALLEN PJ, 1966, AM J PHYS, V34, P1185, DOI 10.1119/1.1972585");
        assertEquals("ALLEN", r.firstAuthor());
        assertEquals(OptionalInt.of(1966), r.year());
        assertEquals("AM J PHYS", r.source());
        assertEquals("34", r.volume());
        assertEquals("1185", r.page());
        assertEquals(Optional.of("10.1119/1.1972585"), r.doi());
    }

    @Test
    void readsWebOfScienceReferenceWithoutPageAndWithSpacedInitials() {
        CitedReference r = parse("Arnaud J. A., 1973, Optics Communications, V7, DOI 10.1016/0030-4018(73)90041-2");
        assertEquals("Arnaud", r.firstAuthor());
        assertEquals("7", r.volume());
        assertEquals("", r.page());
        assertEquals(Optional.of("10.1016/0030-4018(73)90041-2"), r.doi());
    }

    @Test
    void readsWebOfScienceReferenceWithoutVolume() {
        CitedReference r = parse("Abraham M., 1909, RC CIRC MAT PALERMO");
        assertEquals("Abraham", r.firstAuthor());
        assertEquals(OptionalInt.of(1909), r.year());
        assertEquals("", r.volume());
        assertTrue(r.matchable());
    }

    @Test
    void readsRealWebOfScienceReferencesWithoutAuthorOrVolume() {
        // cited-reference lines of the savedrecs export in ../shared/data/wos, as written there
        CitedReference noAuthor = parse("1966, P IEE, V113, P2095");
        assertEquals("", noAuthor.firstAuthor());
        assertEquals(OptionalInt.of(1966), noAuthor.year());
        assertEquals("113", noAuthor.volume());
        assertEquals("2095", noAuthor.page());
        CitedReference book = parse("Jauch J M, 1955, THEORY PHOTONS ELECT");
        assertEquals("Jauch", book.firstAuthor());
        assertEquals("THEORY PHOTONS ELECT", book.source());
        assertEquals("", book.volume());
        CitedReference thesis = parse("JAMES RP, 1968, THESIS STANFORD U");
        assertEquals("JAMES", thesis.firstAuthor());
        assertEquals(OptionalInt.of(1968), thesis.year());
    }

    @Test
    void anonymousWebOfScienceReferenceHasNoAuthorAndCannotBeMatchedByParts() {
        CitedReference anonymous = parse("[Anonymous], 2003, NATURE, V421, P1");
        assertEquals("", anonymous.firstAuthor());
        assertEquals("421", anonymous.volume());
        assertFalse(anonymous.matchable());
        CitedReference corporate = parse("*NAT RES COUNC, 1999, REP STAT SCI");
        assertEquals("", corporate.firstAuthor());
        CitedReference leftOut = parse("1998, NATURE, V393, P440");
        assertEquals(OptionalInt.of(1998), leftOut.year());
        assertEquals("440", leftOut.page());
    }

    @Test
    void keepsParticlesOfWebOfScienceFamilyNames() {
        assertEquals("van Eck", parse("van Eck NJ, 2010, SCIENTOMETRICS, V84, P523").firstAuthor());
        assertEquals("eck", CitedReference.surnameKey("van Eck"));
    }

    @Test
    void readsScopusReferenceWithTitle() {
        CitedReference r = parse("Jee, H.K., Jung, S.U., Yoo, J.H., Liveness detection for embedded face recognition "
                + "system (2006) International Journal of Biomedical Sciences, 1 (4), pp. 235-238");
        assertEquals("Jee", r.firstAuthor());
        assertEquals(OptionalInt.of(2006), r.year());
        assertEquals("Liveness detection for embedded face recognition system", r.title());
        assertEquals("International Journal of Biomedical Sciences", r.source());
        assertEquals("1", r.volume());
        assertEquals("235", r.page());
    }

    @Test
    void readsOldScopusReferenceWithoutTitle() {
        CitedReference r = parse("Kalé, L., Skeel, R., Bhandarkar, M., (1999) J Comp Phys, 151, p. 283");
        assertEquals("Kalé", r.firstAuthor());
        assertEquals("", r.title());
        assertEquals("J Comp Phys", r.source());
        assertEquals("151", r.volume());
        assertEquals("283", r.page());
    }

    @Test
    void readsScopusBookWithTitleAfterTheYear() {
        CitedReference r = parse("Ben-Yacoub, S., Abdeljaoued, Y., Mayoraz, E., (1999) Fusion of Face and Speech Data "
                + "for Person Identity Verification, , Research Paper IDIAP-RR 99-03");
        assertEquals("Ben-Yacoub", r.firstAuthor());
        assertEquals("Fusion of Face and Speech Data for Person Identity Verification", r.title());
    }

    @Test
    void readsScopusAuthorsWithSuffixAndMultiWordFamilyNames() {
        CitedReference r = parse("MacKerell Jr., A.D., Bashford, D., (1998) J Phys Chem B, 102, p. 3586");
        assertEquals("MacKerell Jr.", r.firstAuthor());
        CitedReference s = parse("De Leeuw, S.W., Perram, J.W., Smith, E.R., (1980) Proc R Soc Lond A, 373, p. 27");
        assertEquals("De Leeuw", s.firstAuthor());
        assertEquals("leeuw", CitedReference.surnameKey(s.firstAuthor()));
    }

    @Test
    void everyCitedReferenceOfTheRealWebOfScienceExportHasAYear() throws IOException {
        // The 32-record savedrecs file: every CR line (first after the tag, then continuation lines).
        Path file = Path.of("../shared/data/wos/metaknowledge_savedrecs_32rec.txt");
        assumeTrue(Files.exists(file), "../shared/data/wos is absent: this test reads the real export");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int total = 0;
        int withYear = 0;
        int withDoi = 0;
        boolean inCr = false;
        for (String line : lines) {
            if (line.startsWith("CR ")) {
                inCr = true;
            } else if (!line.startsWith("   ")) {
                inCr = false;
            }
            if (inCr) {
                CitedReference r = parse(line.substring(3));
                total++;
                withYear += r.year().isPresent() ? 1 : 0;
                withDoi += r.doi().isPresent() ? 1 : 0;
            }
        }
        // Counted with awk '/^CR /{c=1} /^[A-Z][A-Z0-9] /&&!/^CR /{c=0} c' FILE: 958 lines; 938 have a
        // four-digit second field and 2 anonymous ones start with the year ("1999, OPTICAL …"); the 18
        // others are "IN PRESS", "COMMUNICATION", "THESIS …" without a year; 424 carry "DOI 10.".
        assertEquals(958, total);
        assertEquals(940, withYear);
        assertEquals(424, withDoi);
    }
}
