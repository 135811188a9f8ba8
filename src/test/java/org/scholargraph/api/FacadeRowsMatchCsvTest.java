package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.export.NumberText;

/**
 * Every table of the facade holds, row by row and value by value, what its CSV file of the export
 * holds: each column of the file is a component of the row, with the same value (numbers equal as
 * doubles, an empty cell an unknown year or a missing number, text the same but for the formula
 * guard's leading {@code '}). The facade's columns are the file's, in its order (a facade-only
 * column only after them), every table of the facade is compared, and the author and paper tables
 * write the same bytes as their files. Run on the shipped sample and on real exports of four formats.
 */
class FacadeRowsMatchCsvTest {

    /** Columns of a facade table that its file does not have: a community's every member. */
    private static final Map<String, List<String>> FACADE_ONLY = Map.of("communities.csv", List.of("members"));

    @TempDir
    Path temp;

    @Test
    void sampleRowsMatchTheirCsvFiles() throws IOException {
        ScholarGraph sample = ScholarGraph.loader().threads(1).load("input");
        assertRowsMatchExport(sample);
    }

    @Test
    void realExportsRowsMatchTheirCsvFiles() throws IOException {
        // Scopus gives volumes and pages, MEDLINE PubMed ids, OpenAlex its ids, Web of Science citations
        ScholarGraph real = ScholarGraph.loader().threads(1).load(List.of(
                SharedFiles.file("data/scopus", "litstudy_scopus_58rec.csv"),
                SharedFiles.file("data/medline", "*.txt"),
                SharedFiles.file("data/openalex", "*.json"),
                SharedFiles.file("data/wos", "metaknowledge_savedrecs_32rec.txt")));
        PaperRow withEverything = real.papers().where(p -> !p.volume().isEmpty() && !p.pages().isEmpty()).get(0);
        assertFalse(withEverything.volume().isBlank());
        assertTrue(real.papers().stream().anyMatch(p -> !p.pmid().isEmpty()), "a MEDLINE paper has a PMID");
        assertTrue(real.papers().stream().anyMatch(p -> !p.openalexId().isEmpty()), "an OpenAlex work has its id");
        assertRowsMatchExport(real);
    }

    private void assertRowsMatchExport(ScholarGraph sg) throws IOException {
        Path exports = temp.resolve("exports");
        sg.exportTo(exports);

        Map<String, Table<?>> tables = new LinkedHashMap<>();
        tables.put("authors.csv", sg.authors());
        tables.put("papers.csv", sg.papers());
        tables.put("keywords.csv", sg.keywords());
        tables.put("coauthorships.csv", sg.coauthorships());
        tables.put("citations.csv", sg.citations());
        tables.put("timeline_years.csv", sg.timelineYears());
        tables.put("timeline_authors.csv", sg.timelineAuthors());
        tables.put("timeline_pairs.csv", sg.timelinePairs());
        assertEquals(tableMethods(), tables.size() + 1, "every table of the facade is compared (and communities, below)");
        for (var file : tables.entrySet()) {
            Csv csv = Csv.read(exports.resolve(file.getKey()));
            assertTableMatches(file.getKey(), file.getValue(), csv.header, csv.rows);
        }
        // the author and paper tables write the same bytes as their files, through the one CSV writer
        for (String file : List.of("authors.csv", "papers.csv")) {
            Path written = temp.resolve("facade-" + file);
            tables.get(file).writeCsv(written);
            assertArrayEquals(Files.readAllBytes(exports.resolve(file)), Files.readAllBytes(written), file);
        }

        // communities.csv holds the communities of every graph, one facade table per graph
        Csv communities = Csv.read(exports.resolve("communities.csv"));
        int compared = 0;
        for (GraphKind graph : GraphKind.values()) {
            List<CSVRecord> rows = communities.rows.stream().filter(r -> r.get("graph").equals(graph.label())).toList();
            assertTableMatches("communities.csv/" + graph.label(), sg.communities(graph), communities.header, rows);
            compared += rows.size();
        }
        assertEquals(communities.rows.size(), compared, "every row of communities.csv is some graph's");
    }

    /** The public methods of the facade that return a whole table: no parameter, or a graph. */
    private static long tableMethods() {
        return Arrays.stream(ScholarGraph.class.getMethods())
                .filter(m -> m.getReturnType() == Table.class && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0 && !m.getName().equals("communities")
                        || m.getParameterCount() == 1 && m.getParameterTypes()[0] == GraphKind.class)
                .count();
    }

    private static void assertTableMatches(String file, Table<?> table, List<String> header, List<CSVRecord> rows) {
        // the facade has the file's columns in the file's order, and after them only its own extras
        List<String> columns = table.columns();
        assertTrue(columns.size() >= header.size() && columns.subList(0, header.size()).equals(header),
                file + ": the facade's columns " + columns + " begin with the file's " + header);
        assertEquals(FACADE_ONLY.getOrDefault(file.replaceAll("/.*", ""), List.of()),
                columns.subList(header.size(), columns.size()), file + ": columns only the facade has");
        assertEquals(rows.size(), table.size(), file + ": rows");
        assertFalse(rows.isEmpty() && !file.startsWith("communities.csv/"), file + " has rows to compare");
        for (int r = 0; r < rows.size(); r++) {
            Object row = table.get(r);
            for (String column : header) {
                Object value = value(row, column, columns);
                String cell = rows.get(r).get(column);
                String where = file + " row " + (r + 1) + " column " + column + ": csv \"" + cell + "\", facade " + value;
                assertTrue(sameValue(column, value, cell), where);
            }
        }
    }

    /** The value of {@code column} in a row: by name in an author or paper row, else the record component at its place. */
    private static Object value(Object row, String column, List<String> columns) {
        if (row instanceof NodeRow) {
            return ((NodeRow) row).value(column);
        }
        RecordComponent component = row.getClass().getRecordComponents()[columns.indexOf(column)];
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean sameValue(String column, Object value, String cell) {
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (cell.isEmpty()) {
                // an unknown year is 0 on the row; a keyword outside the keyword partition is -1
                return number == 0 && (column.equals("year") || column.endsWith("_year"))
                        || number == -1 && column.equals("community");
            }
            return Long.parseLong(cell) == number;
        }
        if (value instanceof Double) {
            double number = (Double) value;
            return cell.isEmpty() ? !Double.isFinite(number) : Double.parseDouble(cell) == number;
        }
        String text;
        if (value instanceof List<?>) {
            List<String> items = new ArrayList<>();
            ((List<?>) value).forEach(item -> items.add(item instanceof Double ? NumberText.of((Double) item)
                    : String.valueOf(item)));
            text = String.join(";", items);
        } else if (value instanceof String) {
            text = (String) value;
        } else {
            fail(column + " has a value of an unexpected type: " + value);
            return false;
        }
        return cell.equals(text) || cell.equals("'" + text) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private record Csv(List<String> header, List<CSVRecord> rows) {
        static Csv read(Path file) throws IOException {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                assertEquals('\uFEFF', reader.read(), file + " starts with a byte-order mark");
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(reader);
                return new Csv(parser.getHeaderNames(), parser.getRecords());
            }
        }
    }
}
