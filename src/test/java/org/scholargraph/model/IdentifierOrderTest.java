package org.scholargraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Identifiers iterate in the order of {@link IdScheme}, whatever order they were given in: a
 * reference whose DOI and arXiv id name two papers resolves the same way in every run.
 */
class IdentifierOrderTest {

    private static Map<IdScheme, String> arxivThenDoi() {
        Map<IdScheme, String> ids = new LinkedHashMap<>();
        ids.put(IdScheme.ARXIV, "2202.09004");
        ids.put(IdScheme.DOI, "10.1038/s42254-021-00419-x");
        return ids;
    }

    @Test
    void referencesRecordsAndPapersKeepTheSchemeOrder() {
        List<IdScheme> expected = List.of(IdScheme.DOI, IdScheme.ARXIV);
        assertEquals(expected, List.copyOf(new Reference(arxivThenDoi(), "").ids().keySet()));
        assertEquals(expected, List.copyOf(IdScheme.orderedCopy(arxivThenDoi()).keySet()));
        BibRecord record = BibRecord.builder(new Provenance(java.nio.file.Path.of("x.ris"), 1), "ris").title("T")
                .id(IdScheme.ARXIV, "2202.09004").id(IdScheme.DOI, "10.1038/s42254-021-00419-x").build();
        assertEquals(expected, List.copyOf(record.ids().keySet()));
    }
}
