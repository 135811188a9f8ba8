package org.scholargraph.analysis.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;

/** The year rows of the timeline on a hand-made corpus with gaps between its years. */
class CollaborationTimelineTest {

    private static Paper paper(int index, int year, List<Integer> authors) {
        return new Paper(index, "P" + (index + 1), "Paper " + index, year == 0 ? OptionalInt.empty() : OptionalInt.of(year),
                "", "", "", "", Map.of(), authors, List.of(), List.of(), List.of(),
                List.of(new Provenance(Path.of("test"), index + 1)), List.of("test"));
    }

    private static Corpus corpus(int authorCount, List<Paper> papers) {
        List<Author> authors = new ArrayList<>();
        for (int a = 0; a < authorCount; a++) {
            authors.add(new Author(a, "A" + (a + 1), "Author " + a, List.of()));
        }
        return new Corpus(papers, authors);
    }

    @Test
    void everyYearFromFirstToLastHasARowAndEmptyYearsCarryTheNetworkOver() {
        // given {0,1} in 2001, {2,3} in 2004, {1,2} and a year-less {4} in 2005
        Corpus corpus = corpus(5, List.of(paper(0, 2001, List.of(0, 1)), paper(1, 2004, List.of(2, 3)),
                paper(2, 2005, List.of(1, 2)), paper(3, 0, List.of(4))));

        // when
        List<YearActivity> years = CollaborationTimeline.of(corpus, ScholarlyNetworks.of(corpus)).years();

        // then 2002 and 2003 are rows of zeros for that year, with 2 authors so far, all in one component;
        // 2004 adds a second component of 2 (share 2/4), 2005 joins them (4/4); author 4 has no year
        assertEquals(List.of(
                new YearActivity(2001, 1, 2, 2, 1, 1, 2, 1.0),
                new YearActivity(2002, 0, 0, 0, 0, 0, 2, 1.0),
                new YearActivity(2003, 0, 0, 0, 0, 0, 2, 1.0),
                new YearActivity(2004, 1, 2, 2, 1, 1, 4, 0.5),
                new YearActivity(2005, 1, 2, 0, 1, 1, 4, 1.0)), years);
    }

    @Test
    void aCorpusWithoutYearsHasNoYearRows() {
        Corpus corpus = corpus(2, List.of(paper(0, 0, List.of(0, 1))));

        assertEquals(List.of(), CollaborationTimeline.of(corpus, ScholarlyNetworks.of(corpus)).years());
    }
}
