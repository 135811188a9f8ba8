package org.scholargraph.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import org.scholargraph.export.CsvSheet;

/**
 * Authors or papers ranked by one measure, highest first: an unmodifiable {@link List} of
 * {@link RankedScore}s that prints as a small table.
 *
 * <pre>{@code
 * sg.pagerank().top(10)                      // the ten highest
 * sg.pagerank().asMap().get("A7")            // id → score, in rank order
 * sg.pagerank().stream().filter(s -> s.score() > 0.05).count()
 * }</pre>
 *
 * Equal scores keep corpus order and share a rank (1, 2, 2, 4).
 */
public final class Ranking extends AbstractList<RankedScore> implements RandomAccess {

    private final String subject;
    private final String measure;
    private final List<RankedScore> scores;

    Ranking(String subject, String measure, List<RankedScore> scores) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.scores = List.copyOf(scores);
    }

    /** The measure's column name: {@code sg.pagerank().measure()} is {@code pagerank}. */
    public String measure() {
        return measure;
    }

    /** The entry at {@code index}, 0 for the highest: {@code sg.pagerank().get(0)}. */
    @Override
    public RankedScore get(int index) {
        return scores.get(index);
    }

    /** How many authors or papers are ranked: {@code sg.pagerank().size()}. */
    @Override
    public int size() {
        return scores.size();
    }

    /** The {@code n} highest (all when there are fewer): {@code sg.pagerank().top(10)}. */
    public Ranking top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        return n >= scores.size() ? this : new Ranking(subject, measure, scores.subList(0, n));
    }

    /** Id → score in rank order, unmodifiable: {@code sg.pagerank().asMap().get("A7")}. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (RankedScore score : scores) {
            map.put(score.id(), score.score());
        }
        return Collections.unmodifiableMap(map);
    }

    /** The score of one id, empty when it is not ranked here: {@code sg.pagerank().scoreOf("A7")}. */
    public OptionalDouble scoreOf(String id) {
        for (RankedScore score : scores) {
            if (score.id().equals(id)) {
                return OptionalDouble.of(score.score());
            }
        }
        return OptionalDouble.empty();
    }

    /** The entries as a {@link Table}, to filter or sort: {@code sg.pagerank().asTable().where(s -> s.rank() <= 3)}. */
    public Table<RankedScore> asTable() {
        return Table.ofRecords(title(), RankedScore.class, scores);
    }

    /** Writes {@code rank,id,name,<measure>} as CSV: {@code sg.pagerank().writeCsv(Path.of("pagerank.csv"))}. */
    public void writeCsv(Path file) throws IOException {
        CsvSheet.write(file, headers(), cells(scores.size()));
    }

    /** A readable table of the highest entries: title, header, up to 10 rows, then how many more. */
    @Override
    public String toString() {
        List<List<Object>> rows = cells(Math.min(scores.size(), TextTable.SHOWN_ROWS));
        for (int i = rows.size(); i < scores.size(); i++) {
            rows.add(List.of());
        }
        return TextTable.render(title() + " (" + scores.size() + " ranked)", headers(), rows);
    }

    private String title() {
        return subject + " by " + measure;
    }

    private List<String> headers() {
        String id = subject.equals("papers") ? "paper_id" : "author_id";
        String name = subject.equals("papers") ? "title" : "name";
        return List.of("rank", id, name, measure);
    }

    private List<List<Object>> cells(int count) {
        // A count (papers, degree, h-index) reads better as 3 than as 3.0000.
        boolean whole = scores.stream().allMatch(s -> s.score() == Math.rint(s.score()) && Math.abs(s.score()) < 1e15);
        List<List<Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RankedScore s = scores.get(i);
            rows.add(List.of(s.rank(), s.id(), s.name(), whole ? (Object) (long) s.score() : (Object) s.score()));
        }
        return rows;
    }
}
