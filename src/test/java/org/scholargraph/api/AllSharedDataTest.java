package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.graph.Citation;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;

/** Every real export in {@code ../shared/data} read in one run, formats mixed. */
class AllSharedDataTest {

    static ScholarGraph all;
    static CorpusAnalysis analysis;

    @TempDir
    Path temp;

    @BeforeAll
    static void readEverything() throws IOException {
        Path data = SharedFiles.folder("data");
        all = ScholarGraph.loader().threads(2).load(List.of(data));
        analysis = all.analysis();
    }

    @Test
    void noLabelTermNamesMoreThanThreeCommunitiesOfAGraph() {
        Map<String, Integer> uses = new TreeMap<>();
        int labelled = 0;
        for (var summary : analysis.communities()) {
            if (!summary.label().isEmpty()) {
                labelled++;
                for (String term : summary.label().split("; ")) {
                    uses.merge(summary.graph() + ": " + term, 1, Integer::sum);
                }
            }
        }
        assertTrue(labelled > 100, "labelled communities: " + labelled);
        Map<String, Integer> overused = new TreeMap<>(uses);
        overused.values().removeIf(n -> n <= 3);
        assertEquals(Map.of(), overused);
    }

    @Test
    void everyFormatContributesPapers() {
        Map<String, Integer> papersByFormat = new TreeMap<>();
        for (Paper paper : analysis.corpus().papers()) {
            paper.formats().forEach(f -> papersByFormat.merge(f, 1, Integer::sum));
        }
        for (String format : List.of("wos", "scopus-csv", "bibtex", "ris", "medline", "openalex", "crossref",
                "csl-json", "semantic-scholar", "dblp", "arxiv")) {
            assertTrue(papersByFormat.getOrDefault(format, 0) > 0, format + " gave no paper: " + papersByFormat);
        }
        // nothing in the folder is a listing page (its SOURCES.md notes are not abstracts)
        assertTrue(!papersByFormat.containsKey("abstract-list"), papersByFormat.toString());
    }

    @Test
    void onlyTheDeliberatelyBrokenWebOfScienceRecordIsRejected() {
        // the edge-case file's record at line 415 has "AUGilles, H": no space after the tag
        assertEquals(1, all.rejections().size(), all.rejections().toString());
        assertEquals(415, all.rejections().get(0).source().line());
    }

    @Test
    void citationEdgesComeFromEveryFormatThatCarriesReferences() {
        Set<String> citingFormats = new TreeSet<>();
        for (Citation c : analysis.networks().citation().citations()) {
            citingFormats.addAll(analysis.corpus().paper(c.citing()).formats());
        }
        assertTrue(citingFormats.containsAll(
                List.of("wos", "scopus-csv", "ris", "crossref", "semantic-scholar", "bibtex")), citingFormats.toString());
    }

    @Test
    void theSamePaperFromTwoSourcesIsOnePaperWithBothSources() {
        // the litstudy paper is in the Crossref query result and in a Semantic Scholar paper file
        List<Paper> merged = analysis.corpus().papers().stream().filter(p -> p.formats().size() > 1).toList();
        assertTrue(!merged.isEmpty());
        for (Paper paper : merged) {
            assertTrue(paper.sources().size() >= 2);
        }
    }

    @Test
    void cslJsonReferencesBecomeCitationEdges() throws IOException {
        // given a CSL-JSON item that cites, by DOI, a Crossref work of the sample folder
        Path crossref = SharedFiles.file("data/crossref", "abbotsbury_crossref_work_10.1021*.json");
        Path csl = temp.resolve("citing.csl.json");
        Files.writeString(csl, """
                [{"id": "citing", "type": "article-journal",
                  "title": "A note that cites an organic letters paper",
                  "author": [{"family": "Roe", "given": "Jane"}],
                  "issued": {"date-parts": [[2021]]},
                  "reference": [{"DOI": "10.1021/acs.orglett.9b00971"}]}]
                """, StandardCharsets.UTF_8);

        Corpus corpus = ScholarGraph.load(crossref, csl).corpus();

        Paper citing = corpus.papers().stream().filter(p -> p.formats().contains("csl-json")).findFirst().orElseThrow();
        Paper cited = corpus.papers().stream()
                .filter(p -> p.id(IdScheme.DOI).orElse("").equals("10.1021/acs.orglett.9b00971")).findFirst().orElseThrow();
        assertEquals(List.of(cited.index()), citing.citedPapers());
    }
}
