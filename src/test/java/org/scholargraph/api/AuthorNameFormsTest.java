package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The facade finds an author by any of the name forms sources wrote. */
class AuthorNameFormsTest {

    @Test
    void findsAnAuthorByAnyNameForm() throws IOException {
        Path pubmed = Path.of("../shared/data/medline/pybibx_pubmed_335rec.txt");
        Path scopus = Path.of("../shared/data/bibtex/pybibx_scopus_bibtex_export_263entries.bib");
        Assumptions.assumeTrue(Files.exists(pubmed) && Files.exists(scopus), "../shared/data is absent: this test reads it");

        ScholarGraph sg = ScholarGraph.loader().threads(1).load(java.util.List.of(pubmed, scopus));

        String id = sg.author("Igor Linkov").orElseThrow().authorId();
        assertEquals(id, sg.author("Linkov, Igor").orElseThrow().authorId());
        assertEquals(id, sg.author("Linkov, I").orElseThrow().authorId());
        assertEquals(id, sg.author("linkov,  igor").orElseThrow().authorId());
    }
}
