package org.scholargraph.ingest.scopus;

import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.ScopusReferenceList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.SubjectTerms;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

/**
 * Reads a Scopus CSV export: one header row naming the columns the user chose, then one row per
 * document. Both header generations are read: the old one ({@code Authors,Title,Year,Source title,…})
 * and the current one with {@code Author(s) ID} (and, in exports since about 2023, {@code Author full
 * names}); columns are found by name, so their order and selection do not matter.
 *
 * <p>Rows are parsed by Commons CSV one at a time; quoted abstracts and reference lists span many
 * physical lines, and each record keeps the line its row starts on. Taken: authors (see
 * {@link ScopusAuthorColumns}: Scopus author ids as {@code scopus:<id>}), {@code Title}, {@code Year},
 * {@code Source title}, {@code Volume}, pages ({@code Page start}-{@code Page end}, else {@code Art. No.}),
 * {@code DOI}, {@code EID} (else the {@code eid=} of {@code Link}), {@code PubMed ID}, {@code Abstract},
 * {@code Author Keywords} then {@code Index Keywords} ({@code ";"}-separated; a keyword repeated in
 * both is kept once), and {@code References} (see {@link org.scholargraph.ingest.ScopusReferenceList}).
 *
 * <p>Vendor quirks handled:
 * <ul>
 *   <li>Scopus writes {@code [No abstract available]}, {@code [No author name available]} and the like
 *       for empty cells: they count as empty.</li>
 *   <li>Rows with more cells than the header, the extra ones right after {@code Funding Text 1}: in the
 *       litstudy sample 56 of 58 rows have 46 cells under a 45-column header whose funding block ends at
 *       {@code Funding Text 1}; the 26th cell is a second funding text (one row repeats its first there), and
 *       every later column, {@code EID} included, lines up once it is skipped. Scopus numbers these columns
 *       {@code Funding Text 1…n} up to the export's largest count, so rows from an export with more funding
 *       texts do not fit the header of one with fewer. Extra cells are therefore read as further funding texts
 *       when the header has a {@code Funding Text} column; the realigned {@code EID} must still look like one
 *       ({@code 2-s2.0-…}), else the row is rejected.</li>
 *   <li>Any other row whose cell count differs from the header's is rejected with its first line and text:
 *       its columns cannot be trusted.</li>
 *   <li>Malformed quoting (a stray quote after a closing one, a file cut inside a quoted cell) is read
 *       leniently, the way Excel does; the damaged row then usually has the wrong cell count and is rejected.</li>
 * </ul>
 * A file whose first row is not a Scopus header cannot be read at all.
 */
public final class ScopusCsvReader implements RecordReader {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .setLenientEof(true)
            .build();

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern EID = Pattern.compile("2-s2\\.0-\\d+");
    private static final Pattern EID_IN_LINK = Pattern.compile("[?&]eid=(2-s2\\.0-\\d+)");
    private static final Pattern NOT_AVAILABLE = Pattern.compile("\\[No .* available\\]");
    private static final Pattern FUNDING_TEXT = Pattern.compile("funding text \\d+");

    @Override
    public boolean recognises(String head, Path file) {
        Set<String> names = new HashSet<>();
        for (String cell : firstLine(head).split(",")) {
            names.add(headerName(cell.replace("\"", "")));
        }
        return names.contains("authors")
                && (names.contains("title") || names.contains("source title") || names.contains("eid")
                        || names.contains("author(s) id"))
                || names.contains("eid") && names.contains("title");
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        CapturingReader source = new CapturingReader(text);
        Iterator<CSVRecord> rows;
        try {
            rows = CSV.parse(source).iterator();
        } catch (IOException e) {
            throw new UnreadableInputException(file, 1, "cannot be read: " + e.getMessage(), e);
        }
        Header header = null;
        while (true) {
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new UnreadableInputException(file, source.lineReached(),
                        "cannot be read as CSV: " + e.getMessage(), e);
            }
            long line = source.startRowAt(row.getCharacterPosition());
            if (header == null) {
                header = Header.of(row.toList()).orElseThrow(() -> new UnreadableInputException(file, line,
                        "not a Scopus CSV header (it needs 'Authors' or 'EID' with 'Title' or 'Source title')"));
                continue;
            }
            Provenance provenance = new Provenance(file, line);
            Row cells = header.align(row.toList());
            if (cells.problem().isPresent()) {
                sink.reject(new Rejection(provenance, cells.problem().get(), source.rowText()));
                continue;
            }
            Optional<BibRecord> record = record(provenance, cells);
            if (record.isPresent()) {
                sink.accept(record.get());
            } else {
                sink.reject(new Rejection(provenance, "the row has no title, abstract or identifier", source.rowText()));
            }
        }
    }

    private static Optional<BibRecord> record(Provenance provenance, Row row) {
        BibRecord.Builder record = BibRecord.builder(provenance, Format.SCOPUS_CSV.id());
        for (RecordAuthor author : ScopusAuthorColumns.authors(row.get("authors"), row.get("author(s) id"),
                row.get("author full names"))) {
            record.author(author);
        }
        record.title(row.get("title"));
        Matcher year = YEAR.matcher(row.get("year"));
        if (year.find()) {
            record.year(Integer.parseInt(year.group(1)));
        }
        record.venue(row.get("source title"));
        record.volume(row.get("volume"));
        record.pages(pages(row.get("page start"), row.get("page end"), row.get("art. no.")));
        record.abstractText(row.get("abstract"));
        record.id(IdScheme.DOI, row.get("doi"));
        String eid = row.get("eid");
        Matcher inLink = EID_IN_LINK.matcher(row.get("link"));
        record.id(IdScheme.SCOPUS, eid.isEmpty() && inLink.find() ? inLink.group(1) : eid);
        record.id(IdScheme.PMID, row.get("pubmed id"));
        Set<String> seen = new HashSet<>();
        for (String column : List.of("author keywords", "index keywords")) {
            for (String keyword : row.get(column).split(";")) {
                if (SubjectTerms.isBoilerplate(keyword)) {
                    record.subjectCategory(keyword);
                } else if (!keyword.isBlank() && seen.add(keyword.strip().toLowerCase(Locale.ROOT))) {
                    record.keyword(keyword);
                }
            }
        }
        record.subjectCategory(row.get("document type"));
        for (Reference reference : ScopusReferenceList.parse(row.get("references"))) {
            record.reference(reference);
        }
        BibRecord built;
        try {
            built = record.build();
        } catch (IllegalArgumentException noTitleAbstractOrId) {
            return Optional.empty();
        }
        return Optional.of(built);
    }

    private static String pages(String start, String end, String articleNumber) {
        if (start.isEmpty()) {
            return articleNumber;
        }
        return end.isEmpty() || end.equals(start) ? start : start + "-" + end;
    }

    private static String firstLine(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
            if (!line.isEmpty()) {
                return line;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return "";
    }

    private static String headerName(String cell) {
        return cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The header row: where each named column is, and where the funding-text block ends. */
    private static final class Header {
        private final Map<String, Integer> columns;
        private final int width;
        private final int fundingTextEnd;

        private Header(Map<String, Integer> columns, int width, int fundingTextEnd) {
            this.columns = columns;
            this.width = width;
            this.fundingTextEnd = fundingTextEnd;
        }

        static Optional<Header> of(List<String> cells) {
            Map<String, Integer> columns = new HashMap<>();
            int fundingTextEnd = -1;
            for (int i = 0; i < cells.size(); i++) {
                String name = headerName(cells.get(i));
                columns.putIfAbsent(name, i);
                if (FUNDING_TEXT.matcher(name).matches()) {
                    fundingTextEnd = i;
                }
            }
            boolean scopus = columns.containsKey("authors") || columns.containsKey("eid");
            boolean work = columns.containsKey("title") || columns.containsKey("source title")
                    || columns.containsKey("author(s) id");
            return scopus && work ? Optional.of(new Header(columns, cells.size(), fundingTextEnd)) : Optional.empty();
        }

        /** The row's cells under the header's names, or why they cannot be. */
        Row align(List<String> cells) {
            if (cells.size() == width) {
                return new Row(columns, cells, Optional.empty());
            }
            String miscount = "the row has " + cells.size() + " cells where the header has " + width;
            if (cells.size() < width || fundingTextEnd < 0) {
                return new Row(columns, cells, Optional.of(miscount));
            }
            int extra = cells.size() - width;
            List<String> aligned = new ArrayList<>(width);
            aligned.addAll(cells.subList(0, fundingTextEnd + 1));
            aligned.addAll(cells.subList(fundingTextEnd + 1 + extra, cells.size()));
            Row row = new Row(columns, aligned, Optional.empty());
            String eid = row.get("eid");
            if (!eid.isEmpty() && !EID.matcher(eid).matches()) {
                return new Row(columns, cells, Optional.of(miscount
                        + " (read as extra funding texts, the columns still do not line up: EID '" + eid + "')"));
            }
            return row;
        }
    }

    /** One row's cells, looked up by lower-cased column name; a missing column or Scopus placeholder is empty. */
    private record Row(Map<String, Integer> columns, List<String> cells, Optional<String> problem) {

        String get(String name) {
            Integer index = columns.get(name);
            if (index == null || index >= cells.size()) {
                return "";
            }
            String value = cells.get(index).strip();
            return NOT_AVAILABLE.matcher(value).matches() ? "" : value;
        }
    }
}
