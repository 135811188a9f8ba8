package org.scholargraph.resolve.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;

/** Keywords written all in capitals, on hand-made papers, shown in the case their words take elsewhere. */
class KeywordVocabularyTest {

    private static final WordAnalysis ANALYSIS = new WordAnalysis();

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    private static Paper paper(int index, String title, String abstractText, List<String> keywords) {
        return new Paper(index, "P" + (index + 1), title, OptionalInt.of(2020), "", "", "", abstractText, Map.of(),
                List.of(), keywords, List.of(), List.of(), List.of(new Provenance(Path.of("test"), index + 1)),
                List.of("test"));
    }

    /** The keywords of each paper after folding. */
    private static List<List<String>> folded(Paper... papers) {
        List<List<String>> keywords = new ArrayList<>();
        KeywordVocabulary.of(List.of(papers), ANALYSIS).papers().forEach(p -> keywords.add(p.keywords()));
        return keywords;
    }

    @Test
    void aClosedCompoundAndItsHyphenatedFormAreOneConcept() {
        // the Latin plural at the end of a closed compound is read as its singular too
        assertEquals(ANALYSIS.conceptKey("multi-criteria decision analysis"), ANALYSIS.conceptKey("multicriteria decision analysis"));
        assertEquals(ANALYSIS.conceptKey("meta-analyses"), ANALYSIS.conceptKey("metaanalysis"));
        assertEquals(ANALYSIS.conceptKey("hyper spectra"), ANALYSIS.conceptKey("hyperspectrum"));
        // short irregular plurals are no compound's end: "specimen" is not "speciman"
        assertEquals("specimen", ANALYSIS.conceptKey("specimen"));
    }

    @Test
    void aConceptWrittenInCapitalsAndInLowerCaseIsShownAsTheLowerCaseSourceWritesIt() {
        // given "MACHINE LEARNING" on two Web of Science records and "machine learning" on one Scopus record
        Paper wos1 = paper(0, "One", "", List.of("MACHINE LEARNING", "ALGORITHMS"));
        Paper wos2 = paper(1, "Two", "", List.of("MACHINE LEARNING"));
        Paper scopus = paper(2, "Three", "", List.of("machine learning", "Algorithms"));
        // then the lower-case form is shown, though the capitals are more frequent; "ALGORITHMS", a word
        // of English with no other evidence, is lower case like the title-case "Algorithms"
        assertEquals(List.of(List.of("machine learning", "algorithms"), List.of("machine learning"),
                List.of("machine learning", "algorithms")), folded(wos1, wos2, scopus));
    }

    @Test
    void aKeywordSeenOnlyInCapitalsTakesTheCaseItsWordsHaveInTheText() {
        // given keywords only in capitals, and abstracts that write some of their words in mixed-case text:
        // "Gaussian" capitalised in mid-sentence, "DNA" and "ELECTRE" in capitals, "beam" in lower case
        Paper optics = paper(0, "Beams at interfaces",
                "We model a Gaussian beam and the DNA of a sample. The ELECTRE method ranks them.",
                List.of("GAUSSIAN BEAMS", "DNA REPAIR", "ELECTRE TRI", "ELECTRE III"));
        // and keywords whose words the text never has: "LAW" and "PLASMON" (a word of English, and a
        // long word WordNet lacks) are lower case; "MCDA" and "SVM" (short, no English word) are acronyms;
        // "IL-10" has a digit
        Paper other = paper(1, "Other things", "Nothing here.",
                List.of("LAW", "SURFACE-PLASMON RESONANCE", "MCDA", "SVM", "IL-10"));
        assertEquals(List.of(List.of("Gaussian beams", "DNA repair", "ELECTRE TRI", "ELECTRE III"),
                List.of("law", "surface-plasmon resonance", "MCDA", "SVM", "IL-10")), folded(optics, other));
    }

    @Test
    void capitalWordsWrittenInLowerCaseElsewhereAreLowerCase() {
        // given "IRIS" in capitals as a keyword, and the abstracts writing "iris" twice and "IRIS" once
        Paper a = paper(0, "Eyes", "The iris and the iris again, and IRIS once.", List.of("IRIS"));
        // and "APEX" written in capitals in another paper's mixed-case keyword
        Paper b = paper(1, "Machines", "", List.of("APEX", "APEX workflow tools"));
        assertEquals(List.of(List.of("iris"), List.of("APEX", "APEX workflow tools")), folded(a, b));
    }
}
