package org.scholargraph.analysis.timeline;

import java.util.List;
import org.scholargraph.graph.ArrayBackedList;

/**
 * The collaboration timeline of a corpus.
 *
 * @param years one row per year with papers, ascending
 * @param authorYears one row per author and year with papers, by author then year
 * @param pairs one row per coauthor pair, by source then target
 */
public record Timeline(List<YearActivity> years, List<AuthorYear> authorYears, List<PairHistory> pairs) {

    public Timeline {
        years = List.copyOf(years);
        authorYears = ArrayBackedList.unmodifiable(authorYears);
        pairs = ArrayBackedList.unmodifiable(pairs);
    }
}
