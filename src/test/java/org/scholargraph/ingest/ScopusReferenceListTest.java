package org.scholargraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Reference;

class ScopusReferenceListTest {

    @Test
    void splitsOnSemicolonAndSpaceAndKeepsEachTextAsGiven() {
        List<Reference> references = ScopusReferenceList.parse(
                "Newman, M.E.J., The structure of scientific collaboration networks (2001) Proc. Natl. Acad. Sci. USA, 98 (2), pp. 404-409.; "
                        + "Watts, D.J., Strogatz, S.H., Collective dynamics of 'small-world' networks (1998) Nature, 393, pp. 440-442;");

        assertEquals(List.of(
                "Newman, M.E.J., The structure of scientific collaboration networks (2001) Proc. Natl. Acad. Sci. USA, 98 (2), pp. 404-409.",
                "Watts, D.J., Strogatz, S.H., Collective dynamics of 'small-world' networks (1998) Nature, 393, pp. 440-442"),
                texts(references));
    }

    @Test
    void gluesEditorNamesAndPublisherBackToTheirChapter() {
        List<Reference> references = ScopusReferenceList.parse(
                "Smith, A., (1999) A chapter, p. 3. , Book of chapters; Jones, B.; Brown, C. D., Eds.; Some Press: Boston; "
                        + "Green, E., A paper (2000) A Journal, 1, pp. 1-2");

        assertEquals(List.of("Smith, A., (1999) A chapter, p. 3. , Book of chapters; Jones, B.; Brown, C. D., Eds.; Some Press: Boston",
                "Green, E., A paper (2000) A Journal, 1, pp. 1-2"), texts(references));
    }

    @Test
    void doesNotGlueAReferenceThatFollowsAnEditorList() {
        List<Reference> references = ScopusReferenceList.parse(
                "Smith, A., (1999) A chapter, , Brown, C., Eds.; Green, E., A paper (2000) A Journal: Letters, 1, pp. 1-2");

        assertEquals(2, references.size());
    }

    @Test
    void neverSplitsOnASemicolonWithoutSpace() {
        List<Reference> references = ScopusReferenceList.parse(
                "Kim, J., A study (2005) Stat Med, 17, pp. 857-872. , doi:10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E");

        assertEquals(1, references.size());
        assertEquals(Optional.of("10.1002/(sici)1097-0258(19980430)17:8<857::aid-sim777>3.0.co;2-e"),
                Optional.ofNullable(references.get(0).ids().get(IdScheme.DOI)));
    }

    @Test
    void takesOnlyADoiTheTextStates() {
        assertEquals(Optional.of("10.1038/nature14191"),
                ScopusReferenceList.statedDoi("X, Y., T (2015) Nature, 517, pp. 311-320. , https://doi.org/10.1038/nature14191,"));
        assertEquals(Optional.of("10.1126/science.281.5382.1519"),
                ScopusReferenceList.statedDoi("X, Y., T (1998) Science, 281, pp. 1519-1523. , DOI 10.1126/science.281.5382.1519"));
        assertEquals(Optional.of("10.1038/nrc1739"), ScopusReferenceList.statedDoi("X, Y., T (2005) N, 5. , doi: 10.1038/nrc1739"));
        assertEquals(Optional.of("10.1073/pnas.1006098107"),
                ScopusReferenceList.statedDoi("X, Y., T (2010) PNAS, 107, pp. 1-2. , 10.1073/pnas.1006098107, 20855608"));
        assertEquals(Optional.empty(),
                ScopusReferenceList.statedDoi("X, Y., T (1977) J Phys Chem, 81. , http://pubs.acs.org/doi/abs/10.1021/j100540a008"));
        assertEquals(Optional.empty(), ScopusReferenceList.statedDoi("Kalé, L., (1999) J Comp Phys, 151, p. 283"));
    }

    @Test
    void givesTheStatedDoiAsTheReferencesOnlyId() {
        Reference reference = ScopusReferenceList.parse("A, B., T (2002) Microbiology, 148. , 10.1099/00221287-148-9-2705").get(0);

        assertEquals(Map.of(IdScheme.DOI, "10.1099/00221287-148-9-2705"), reference.ids());
    }

    @Test
    void readsNothingFromAnEmptyList() {
        assertEquals(List.of(), ScopusReferenceList.parse(""));
        assertEquals(List.of(), ScopusReferenceList.parse(" ; ;  "));
    }

    private static List<String> texts(List<Reference> references) {
        return references.stream().map(Reference::text).collect(Collectors.toList());
    }
}
