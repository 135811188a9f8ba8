package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.Ingest;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperMerge;

/**
 * Which records of the real samples in {@code ../shared/data} are one paper: the distinct works
 * that share a title stay apart, duplicates and versions merge, and every merge says why.
 */
class PaperResolutionRealFilesTest {

    private static final Path DATA = Path.of("../shared/data");

    private static List<BibRecord> read(String... files) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String file : files) {
            Path path = DATA.resolve(file);
            Assumptions.assumeTrue(Files.exists(path), path + " is absent: this test reads the real sample");
            paths.add(path);
        }
        return Ingest.defaults().withWarnings(w -> { }).read(paths).records();
    }

    private static List<Paper> titled(Corpus corpus, String title) {
        return corpus.papers().stream().filter(p -> TextFolding.fold(p.title()).equals(TextFolding.fold(title))).toList();
    }

    @Test
    void keepsTwoPubmedPapersOfOneTitleApart() throws IOException {
        Corpus corpus = CorpusResolver.resolve(read("medline/pybibx_pubmed_335rec.txt"));

        List<Paper> papers = titled(corpus, "A decision support framework for characterizing and managing dermal "
                + "exposures to chemicals during Emergency Management and Operations.");
        assertEquals(2, papers.size());
        assertEquals(Set.of("26663307", "26312660"),
                Set.of(papers.get(0).id(IdScheme.PMID).orElseThrow(), papers.get(1).id(IdScheme.PMID).orElseThrow()));
        // each keeps its own journal, DOI and pages
        for (Paper paper : papers) {
            boolean disaster = paper.id(IdScheme.PMID).orElseThrow().equals("26663307");
            assertEquals(disaster ? "American journal of disaster medicine" : "Journal of emergency management (Weston, Mass.)",
                    paper.venue());
            assertEquals(disaster ? "10.5055/ajdm.2015.0206" : "10.5055/jem.2015.0248", paper.id(IdScheme.DOI).orElseThrow());
            assertEquals(disaster ? "237-58" : "359-80", paper.pages());
        }
        assertEquals(335, corpus.papers().size());
    }

    @Test
    void keepsFourVolumesOfOneProceedingsSeriesApart() throws IOException {
        Corpus corpus = CorpusResolver.resolve(read("scopus/litstudy_scopus_58rec.csv"));

        List<Paper> volumes = titled(corpus,
                "Computational Science and Its Applications - ICCSA 2010 - International Conference, Proceedings");
        assertEquals(4, volumes.size());
        assertEquals(Set.of("6016 LNCS", "6017 LNCS", "6018 LNCS", "6019 LNCS"),
                new HashSet<>(volumes.stream().map(Paper::volume).toList()));
        assertEquals(58, corpus.papers().size());
    }

    @Test
    void keepsTwoScopusRecordsWithDifferentEidsApart() throws IOException {
        Corpus corpus = CorpusResolver.resolve(read("bibtex/pybibx_scopus_bibtex_export_263entries.bib"));

        assertEquals(2, titled(corpus, "Multidimensional risk evaluation: Sensitivity analysis to support decision "
                + "making in natural gas pipelines").size());
        assertEquals(263, corpus.papers().size());
    }

    @Test
    void keepsSemanticScholarRecordsWithDifferentPaperIdsApart() throws IOException {
        Corpus twoFluid = CorpusResolver.resolve(read("semanticscholar/s2_v1_paper_cd4ac4fb9701f518a3b35ce1693c12a13e58f4b3.json"));
        // one DOI, two Semantic Scholar paper ids: the source says two works
        assertEquals(2, titled(twoFluid, "The two-fluid dynamics and energetics of the asymmetric magnetic reconnection "
                + "in laboratory and space plasmas").size());
        Corpus snakes = CorpusResolver.resolve(read("semanticscholar/s2_v1_paper_arXiv_3A1705.10311.json"));
        assertEquals(2, titled(snakes, "Snakes, shapes, and gradient vector flow").size());
    }

    @Test
    void keepsTwoWebOfScienceRecordsWithDifferentAccessionNumbersApart() throws IOException {
        Corpus corpus = CorpusResolver.resolve(read("wos/metaknowledge_savedrecs_32rec.txt"));

        List<Paper> papers = titled(corpus, "SPIN ANGULAR-MOMENTUM OF A FIELD INTERACTING WITH A PLANE INTERFACE");
        assertEquals(2, papers.size());
        assertEquals(Set.of("OPTICS COMMUNICATIONS", "JOURNAL OF THE OPTICAL SOCIETY OF AMERICA"),
                Set.of(papers.get(0).venue(), papers.get(1).venue()));
        assertEquals(32, corpus.papers().size());
    }

    @Test
    void mergesAPreprintAndItsPublishedVersionUnlessVersionsAreKept() throws IOException {
        List<BibRecord> s2 = read("semanticscholar/s2_v1_paper_b4b29fdf319a91e400e16361b5f004e709d0ff32.json");
        String title = "Application Experiences on a GPU-Accelerated Arm-based HPC Testbed";

        Corpus merged = CorpusResolver.resolve(s2);
        List<Paper> one = titled(merged, title);
        assertEquals(1, one.size());
        Paper paper = one.get(0);
        // the published version leads, and both versions keep their ids
        assertEquals("10.1145/3581576.3581621", paper.id(IdScheme.DOI).orElseThrow());
        assertEquals(2, paper.versions().size());
        assertTrue(paper.versions().get(1).contains("doi:10.48550/arxiv.2209.09731"), paper.versions().toString());
        PaperMerge merge = merged.resolution().paperMerges().stream().filter(m -> m.paperId().equals(paper.id()))
                .findFirst().orElseThrow();
        assertEquals("version", merge.rule());
        assertTrue(merge.evidence().startsWith("arxiv:2209.09731"), merge.evidence());

        // the arXiv version is titled "Early Application Experiences on a Modern GPU-Accelerated Arm-based HPC Platform"
        Corpus kept = CorpusResolver.resolve(s2, new ResolutionOptions(true));
        assertEquals(2, kept.papers().stream().filter(p -> "2209.09731".equals(p.ids().get(IdScheme.ARXIV))).count());
        assertEquals(merged.papers().size() + 1, kept.papers().size());
    }

    @Test
    void mergesAnArxivPreprintWithItsConferenceVersionByTitleAndFirstAuthor() throws IOException {
        List<BibRecord> works = read("openalex/peneira_openalex_works_page_49works.json");
        String title = "Connecting Fairness in Machine Learning with Public Health Equity";

        Paper paper = titled(CorpusResolver.resolve(works), title).get(0);
        assertEquals("10.1109/ichi57859.2023.00127", paper.id(IdScheme.DOI).orElseThrow());
        assertEquals(List.of("doi:10.1109/ichi57859.2023.00127 openalex:W4389543639",
                "doi:10.48550/arxiv.2304.04761 arxiv:2304.04761 openalex:W4365441044"), paper.versions());
        assertEquals(2, titled(CorpusResolver.resolve(works, new ResolutionOptions(true)), title).size());
    }

    /**
     * With versions kept, no real file has fewer papers than distinct works: records are one work
     * only when they share an identifier and carry no different identifier of one scheme, or (without
     * identifiers) have the same title and year.
     */
    @Test
    void noRealFileFallsBelowItsNumberOfDistinctRecords() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA), DATA + " is absent: this test reads the real samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DATA)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith(".dtd")
                            && !p.toString().contains("snap"))
                    .sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            List<BibRecord> records = read(DATA.relativize(file).toString());
            int papers = CorpusResolver.resolve(records, new ResolutionOptions(true)).papers().size();
            int distinct = distinctWorks(records);
            assertTrue(papers >= distinct, file + ": " + papers + " papers for " + distinct + " distinct records");
            assertTrue(papers <= records.size(), file.toString());
            checked++;
        }
        assertTrue(checked >= 30, "files checked: " + checked);
    }

    private static int distinctWorks(List<BibRecord> records) {
        int[] parent = new int[records.size()];
        List<Map<IdScheme, String>> ids = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            ids.add(new HashMap<>(records.get(i).ids()));
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            BibRecord r = records.get(i);
            List<String> keys = new ArrayList<>();
            r.ids().forEach((s, v) -> keys.add(s.prefix() + ":" + v));
            if (keys.isEmpty()) {
                keys.add("title:" + r.title().toLowerCase() + "|" + r.year());
            }
            for (String key : keys) {
                Integer j = first.putIfAbsent(key, i);
                if (j != null) {
                    int a = root(parent, j);
                    int b = root(parent, i);
                    boolean conflict = ids.get(b).entrySet().stream()
                            .anyMatch(e -> ids.get(a).containsKey(e.getKey()) && !ids.get(a).get(e.getKey()).equals(e.getValue()));
                    if (a != b && !conflict) {
                        parent[b] = a;
                        ids.get(b).forEach(ids.get(a)::putIfAbsent);
                    }
                }
            }
        }
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < parent.length; i++) {
            roots.add(root(parent, i));
        }
        return roots.size();
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }
}
