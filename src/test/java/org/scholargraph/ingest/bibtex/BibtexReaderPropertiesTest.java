package org.scholargraph.ingest.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scholargraph.ingest.UnreadableInputException;

/** Laws that hold for any input, not only for the samples. */
class BibtexReaderPropertiesTest {

    private static final String SAMPLE = """
            Scopus
            EXPORT DATE: 08 July 2023

            @string{ejor = "European Journal of " # {Operational} # " Research"}
            @ARTICLE{Figueira2022986,
            \tauthor = {Figueira, J.R. and Greco, S. and {{World Health Organization}} and others},
            \ttitle = {{ELECTRE}-SCORE: A first {\\"o}utranking {\\'e}t \\c{c}a method},
            \tyear = 2022, month = jan,
            \tjournal = ejor,
            \tpages = {986--1005},
            \tdoi = {10.1016/j.ejor.2021.05.017},
            \turl = {https://www.scopus.com/inward/record.uri?eid=2-s2.0-85107941291},
            \tfunding_text 1 = {Fundação},
            \tauthor_keywords = {ELECTRE; scoring; {a; b}},
            \treferences = {Amgoud, L., Using arguments (2009) AI, 173, pp. 413-436; Roy, B., Classement (1968) RIRO, 8}
            }
            @inproceedings(paper, title = "In (parens)", crossref = {proc}, eprint = {1812.11118}, archivePrefix = {arXiv})
            @proceedings{proc, title = {Proceedings}, year = {2019}}
            @article{ ISI:000220064200027,
            Title = {{Finding community structure}},
            Cited-References = {{Barabasi AL, 1999, SCIENCE, V286, P509.
               Girvan M, 2002, P NATL ACAD SCI USA, V99, P7821, DOI {[}10.1073/pnas.122653799].}},
            Unique-ID = {{ISI:000220064200027}},
            }
            @comment{jabref-meta: x}
            @set{s, entryset = {a,b}}
            """;

    private final BibtexReader reader = new BibtexReader();

    @Property
    void damagedTextEndsInRecordsAndRejectionsOnly(@ForAll("damaged") String text) {
        readWithinTime(text);
    }

    @Property
    void randomTextEndsInRecordsAndRejectionsOnly(@ForAll("bibtexNoise") String text) {
        readWithinTime(text);
        reader.recognises(text, Path.of("noise.bib"));
    }

    @Property
    void everyEntryIsARecordOrARejection(@ForAll @IntRange(min = 1, max = 15) int entries,
            @ForAll("brokenPositions") Set<Integer> cuts) {
        StringBuilder text = new StringBuilder("Free text before the first entry.\n");
        Set<Integer> broken = new TreeSet<>();
        for (int i = 0; i < entries; i++) {
            String entry = "@article{key" + i + ",\n  author = {A. Author and B. Author},\n  title = {Title {" + i
                    + "}},\n  year = {20" + (10 + i) + "}\n}";
            if (cuts.contains(i)) {
                entry = entry.substring(0, entry.length() - 1); // drop the closing brace
                broken.add(i);
            }
            text.append(entry).append('\n');
        }
        Collected read = Collected.read(text.toString());

        assertEquals(entries - broken.size(), read.records.size());
        assertEquals(broken.size(), read.rejections.size());
        List<Long> rejectedLines = new ArrayList<>();
        broken.forEach(i -> rejectedLines.add(2L + 5L * i)); // each entry takes 5 lines after the free text
        assertEquals(rejectedLines, read.rejections.stream().map(r -> r.source().line()).toList());
        read.records.forEach(r -> assertEquals(2, r.authors().size()));
    }

    private void readWithinTime(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Collected sink = new Collected();
            try {
                reader.read(Path.of("damaged.bib"), new BufferedReader(new StringReader(text)), sink);
            } catch (UnreadableInputException expected) {
                assertTrue(expected.line() >= 0);
            }
            sink.rejections.forEach(r -> assertTrue(r.source().line() >= 1));
        });
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> truncated = Arbitraries.integers().between(0, SAMPLE.length()).map(n -> SAMPLE.substring(0, n));
        Arbitrary<String> flipped = Combinators.combine(
                Arbitraries.integers().between(0, SAMPLE.length() - 1).list().ofMinSize(1).ofMaxSize(20),
                Arbitraries.integers().between(0, 255))
                .as((positions, bits) -> {
                    byte[] bytes = SAMPLE.getBytes(StandardCharsets.UTF_8);
                    for (int at : positions) {
                        bytes[at % bytes.length] ^= (byte) (bits == 0 ? 1 : bits);
                    }
                    return new String(bytes, StandardCharsets.UTF_8);
                });
        Arbitrary<String> spliced = Combinators.combine(
                Arbitraries.integers().between(0, SAMPLE.length()),
                Arbitraries.of("{", "}", "\"", "@", "\n@article{", "(", ")", "\\", "#", "=", ",", "\n", "{\\\"", "@string{x="))
                .as((at, piece) -> SAMPLE.substring(0, at) + piece + SAMPLE.substring(at));
        return Arbitraries.oneOf(truncated, flipped, spliced);
    }

    @Provide
    Arbitrary<String> bibtexNoise() {
        return Arbitraries.strings().withChars("@{}()\",=#\\ \n\tandotherz0123~-$'`^:;").ofMaxLength(400)
                .injectDuplicates(0.1);
    }

    @Provide
    Arbitrary<Set<Integer>> brokenPositions() {
        return Arbitraries.integers().between(0, 14).set().ofMaxSize(6);
    }
}
