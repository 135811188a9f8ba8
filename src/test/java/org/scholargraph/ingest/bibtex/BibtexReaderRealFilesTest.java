package org.scholargraph.ingest.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;

/**
 * The reader on the real BibTeX samples in {@code ../shared/data/bibtex}. Every expected number
 * was counted over the file with the command quoted next to it, not taken from the reader.
 */
class BibtexReaderRealFilesTest {

    private static final Path FOLDER = Path.of("../shared/data/bibtex");

    private static final Map<String, Collected> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static Collected read(String name) {
        Path file = FOLDER.resolve(name);
        Assumptions.assumeTrue(Files.exists(file), file + " is absent: this test reads the real sample");
        return READ.computeIfAbsent(name, n -> Collected.read(file));
    }

    private static List<String> names(BibRecord record) {
        return record.authors().stream().map(RecordAuthor::name).toList();
    }

    private static BibRecord atLine(Collected read, long line) {
        return read.records.stream().filter(r -> r.source().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no record at line " + line));
    }

    @Test
    void readsEveryEntryOfTheScopusExportWithItsReferences() {
        Collected read = read("pybibx_scopus_bibtex_export_263entries.bib");

        // grep -c '^@' → 263; grep -o '^@[A-Za-z]*' | sort | uniq -c → 205 ARTICLE, 8 BOOK, 50 CONFERENCE (no string/comment/preamble)
        assertEquals(263, read.records.size());
        assertEquals(List.of(), read.rejections);
        // python: sum over '^author={…}' of len(re.split(r'\s+and\s+', v)) minus "others" → 801 in 257 author fields
        assertEquals(801, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(257, read.records.stream().filter(r -> !r.authors().isEmpty()).count());
        // the two "and others" that SOURCES.md counts are inside references/abstract, not in author fields:
        // grep -n '^author=.*and others' → nothing
        assertTrue(read.records.stream().flatMap(r -> r.authors().stream()).noneMatch(a -> a.name().equalsIgnoreCase("others")));
        // grep -c '^references=' → 255; python: sum(len(v.split('; '))) over them → 9653 pieces, of
        // which 5 continue the reference before them (listed with python: four bare personal names,
        // "Saunders, D. M.", "BOLJWIN, P. T.", "RIBEIRO, T. A. C.", "ROY, B.", and the piece
        // "NATO ASI Series (Series: 2: Environment)" after an editor list ending in "Eds.") → 9648
        assertEquals(255, read.records.stream().filter(r -> !r.references().isEmpty()).count());
        assertEquals(9648, read.records.stream().mapToInt(r -> r.references().size()).sum());
        // python over those pieces: re.search(r"(?i)(?:\bdoi\s*:?\s*|doi\.org/)(10\.\d{4,9}/\S+)") → 364,
        // else a bare ", 10.…/…" item → 18
        assertEquals(382, read.records.stream().flatMap(r -> r.references().stream())
                .filter(ref -> ref.ids().containsKey(IdScheme.DOI)).count());
        // grep -c '^doi=' → 236; grep -c '^pubmed_id=' → 5; grep -o 'eid=2-s2\.0-[0-9]*' | wc -l → 263
        assertEquals(236, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(5, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.PMID)).count());
        assertEquals(263, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.SCOPUS)).count());
        // python: author_keywords then keywords, split on ';' (else ','), whitespace collapsed, repeats ignoring case dropped → 2885,
        // of which 25 are check tags or publication types ("Article", "Humans"): subject categories, with
        // each entry's document_type (263), less the 9 entries whose keywords repeat it ("article"; python:
        // document_type lower-cased among the entry's ';'-split keywords lower-cased) → 279
        assertEquals(2860, read.records.stream().mapToInt(r -> r.keywords().size()).sum());
        assertEquals(279, read.records.stream().mapToInt(r -> r.subjectCategories().size()).sum());
        assertEquals(12, read.records.stream().filter(r -> r.subjectCategories().contains("Book Chapter")).count(),
                "grep -c 'document_type={Book Chapter}'");
        // grep -o '^year={[0-9]*}' | sort | uniq -c → 1998:1 … 2014:25 … 2021:24, 2022:2
        Map<Integer, Long> years = read.records.stream().map(BibRecord::year).filter(OptionalInt::isPresent)
                .collect(Collectors.groupingBy(OptionalInt::getAsInt, TreeMap::new, Collectors.counting()));
        assertEquals(263, years.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1998, ((TreeMap<Integer, Long>) years).firstKey());
        assertEquals(25L, years.get(2014));
        assertEquals(24L, years.get(2021));
        assertEquals(2L, years.get(2022));
    }

    @Test
    void readsTheFirstScopusEntryFieldByField() {
        Collected read = read("pybibx_scopus_bibtex_export_263entries.bib");

        BibRecord first = read.records.get(0);
        assertEquals(2, first.source().line()); // line 1 is empty
        assertEquals("ELECTRE-SCORE: A first outranking based method for scoring actions", first.title());
        assertEquals(List.of("Figueira, J.R.", "Greco, S.", "Roy, B."), names(first));
        assertEquals(OptionalInt.of(2022), first.year());
        assertEquals("European Journal of Operational Research", first.venue());
        assertEquals("297", first.volume());
        assertEquals("986-1005", first.pages());
        assertEquals("10.1016/j.ejor.2021.05.017", first.ids().get(IdScheme.DOI));
        assertEquals("2-s2.0-85107941291", first.ids().get(IdScheme.SCOPUS));
        assertEquals(48, first.references().size()); // python: len(references.split('; ')) of Figueira2022986
        assertEquals("Amgoud, L., Prade, H., Using arguments for making and explaining decisions (2009) "
                + "Artificial Intelligence, 173 (3-4), pp. 413-436", first.references().get(0).text());
        assertTrue(first.references().get(47).text().startsWith("Young, H.P., Levenglick, A., A consistent extension"));
        // author_keywords has 5, keywords has 10 of which "Healthcare system evaluation", "Multiple criteria analysis"
        // and "Scoring methods" repeat an author keyword; "Value functions, Health care" is one index keyword
        assertEquals(12, first.keywords().size());
        assertEquals("ELECTRE methods", first.keywords().get(0));
        assertTrue(first.keywords().contains("Value functions, Health care"));
        assertTrue(first.abstractText().startsWith("In this paper, we present (to the best of our knowledge)"));
    }

    @Test
    void takesThePubmedIdOfScopusExports() {
        Collected read = read("pybibx_scopus_bibtex_export_263entries.bib");

        BibRecord biluca = atLine(read, 812); // grep -n '^@ARTICLE{Biluca2020307' → 812
        assertEquals("32688063", biluca.ids().get(IdScheme.PMID));
        assertEquals(List.of("Biluca, J.", "de Aguiar, C.R.", "Trojan, F."), names(biluca));
        assertEquals("307-320", biluca.pages());
        assertEquals(65, biluca.references().size()); // python: len(references.split('; '))
    }

    @Test
    void readsThe2023ScopusExportAfterItsExportDateLines() {
        Collected read = read("pybibx_scopus_bibtex_export_2023format_24entries.bib");

        // grep -c '^@' → 24 (22 ARTICLE, 2 CONFERENCE); the BOM and "Scopus"/"EXPORT DATE" lines come first
        assertEquals(24, read.records.size());
        assertEquals(List.of(), read.rejections);
        // python: authors split on ' and ' → 66; grep -c 'doi = ' → 22; pmid = → 1; eid=2-s2.0- → 24
        assertEquals(66, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(22, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(1, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.PMID)).count());
        assertEquals(24, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.SCOPUS)).count());
        // python, as for the 263-entry file → 233, one of them a check tag; no references field in this format: grep -c 'references' → 0
        assertEquals(232, read.records.stream().mapToInt(r -> r.keywords().size()).sum());
        assertEquals(1, read.records.stream().mapToInt(r -> r.subjectCategories().size()).sum());
        assertEquals(0, read.records.stream().mapToInt(r -> r.references().size()).sum());
        // grep -o 'year = {[0-9]*}' → 1990 … 2023, 2018 and 2019 three times each
        assertEquals(3, read.records.stream().filter(r -> r.year().equals(OptionalInt.of(2018))).count());
        assertEquals(1, read.records.stream().filter(r -> r.year().equals(OptionalInt.of(2023))).count());

        BibRecord haseli = read.records.get(0);
        assertEquals(4, haseli.source().line());
        assertEquals("Base-criterion on multi-criteria decision-making method and its applications", haseli.title());
        assertEquals(List.of("Haseli, Gholamreza", "Sheikh, Reza", "Sana, Shib Sankar"), names(haseli));
        assertEquals("79-88", haseli.pages()); // written "79 – 88" with an en dash
        assertEquals("15", haseli.volume());
        assertEquals("10.1080/17509653.2019.1633964", haseli.ids().get(IdScheme.DOI));
        assertEquals(List.of("consistency ratio", "incomplete data", "multi-attribute decision making",
                "Multi-criteria decision making", "pairwise comparison"), haseli.keywords());

        BibRecord garner = read.titled("Using paired comparison matrices to estimate parameters of the partial credit "
                + "rasch measurement model for rater-mediated assessments");
        assertEquals(List.of("Garner, Mary", "Engelhard Jr., George"), names(garner));
        assertEquals("19299883", garner.ids().get(IdScheme.PMID));
        assertEquals("30-31", garner.pages());
    }

    @Test
    void readsTheWileyEntryWhoseKeyIsADoi() {
        Collected read = read("jbibtex_wiley_export.bib");

        assertEquals(1, read.records.size()); // grep -c '^@' → 1
        BibRecord mang = read.records.get(0);
        assertEquals("Umweltrelevante Kriterien zur Anwendung von Pflanzenölen und deren Derivaten im Schmierstoffbereich",
                mang.title());
        assertEquals(List.of("Mang, Theo"), names(mang));
        assertEquals(OptionalInt.of(1998), mang.year());
        assertEquals("Lipid / Fett", mang.venue());
        assertEquals("524-527", mang.pages());
        assertEquals("10.1002/(sici)1521-4133(199812)100:12<524::aid-lipi524>3.0.co;2-6", mang.ids().get(IdScheme.DOI));
        assertEquals(1, mang.ids().size()); // the eprint is a Wiley PDF link, not an arXiv id
        assertTrue(mang.abstractText().contains("4,5% der gesamten Schmierstoffmenge")); // "4,5\%"
    }

    @Test
    void readsTheMendeleyEntryAfterItsFreeTextHeaderWithItsCorporateAuthor() {
        Collected read = read("jbibtex_mendeley_export.bib");

        assertEquals(1, read.records.size()); // grep -c '^@' → 1, after four lines of free text
        assertEquals(List.of(), read.rejections);
        BibRecord entry = read.records.get(0);
        assertEquals(6, entry.source().line());
        assertEquals("Getting Started with Mendeley", entry.title());
        assertEquals(List.of("The Mendeley Support Team"), names(entry));
        assertEquals(List.of("Mendeley", "how-to", "user manual"), entry.keywords());
        assertEquals("Mendeley Desktop", entry.venue());
        assertEquals("1-16", entry.pages());
        assertEquals(OptionalInt.of(2011), entry.year());
    }

    @Test
    void readsTheTrapsEntryWithItsMultiLineAuthorAndMonthMacro() {
        Collected read = read("bibtexparser_traps.bib");

        assertEquals(1, read.records.size()); // grep -c '^@' → 1
        BibRecord entry = read.records.get(0);
        assertEquals("An amazing title", entry.title()); // {An} amazing {title}
        // "Jean Laid{\'e},\n  Ben Loaeb" has no "and": to BibTeX it is one author (last "Jean Laidé", first "Ben Loaeb")
        assertEquals(List.of("Jean Laidé, Ben Loaeb"), names(entry));
        assertEquals(OptionalInt.of(2013), entry.year());
        assertEquals("n.s. 2", entry.volume()); // n.s.~2
        assertEquals("12-23", entry.pages());
        assertEquals("Nice Journal", entry.venue());
        assertEquals(List.of("keyword1", "keyword2"), entry.keywords());
        assertTrue(entry.abstractText().endsWith("to test multilines... and with a french érudit word"));
    }

    @Test
    void readsTheZoteroEntryWithQuestionMarksInItsKeyAndACommaAfterIt() {
        Collected read = read("jbibtex_zotero_export.bib");

        assertEquals(1, read.records.size()); // grep -c '^@' → 1
        assertEquals(List.of(), read.rejections);
        BibRecord entry = read.records.get(0);
        assertEquals("Schnelleinstieg", entry.title());
        assertEquals(List.of("Center for History and New Media"), names(entry));
        assertEquals(OptionalInt.empty(), entry.year());
    }
}
