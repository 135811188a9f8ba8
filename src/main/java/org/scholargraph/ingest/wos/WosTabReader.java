package org.scholargraph.ingest.wos;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads the Web of Science tab-delimited export. The first line is a header of the same two-letter
 * tags as the plain-text export ({@code PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\t…\tUT\tPM…}), then one
 * record a line, one field a cell; multi-valued cells ({@code AU}, {@code AF}, {@code DE},
 * {@code ID}, {@code CR}, …) separate their items with {@code "; "}. The cells become the same
 * fields as the plain text's lines ({@link WosFields}), so a paper reads the same from either export.
 * Rules and the vendor behaviour behind each:
 * <ul>
 *   <li>WoS has offered the file as UTF-16LE with a byte-order mark ("Tab-delimited (Win)") and as
 *       UTF-8 ("… UTF-8"), with CRLF or LF line ends; {@link org.scholargraph.ingest.InputText} picks
 *       the charset from the BOM and {@link BufferedReader#readLine()} takes either line end (a
 *       UTF-16 file stripped of its BOM is not recognised);
 *   <li>WoS ends every line with a tab, so a line has one empty cell more than the header: cells
 *       beyond the header are allowed when blank;
 *   <li>cells are never quoted; a line with fewer cells than the header, or extra cells with text,
 *       is a record split by a line break inside a field (an abstract pasted through a spreadsheet):
 *       it is rejected with both counts named, and reading goes on with the next line;
 *   <li>{@code CR} items are split on {@code "; "} only, never on a bare {@code ;}, which DOIs of the
 *       SICI form hold ({@code 10.1002/(SICI)…3.0.CO;2-I});
 *   <li>columns are found by their tag, not their position: the column set changed over the years
 *       ({@code EA}, {@code OA}, {@code HC}, {@code HP}, {@code DA} were added) and differs between
 *       the "Author, Title, Source" and "Full Record" choices;
 *   <li>the header starts with {@code PT}, or {@code FN} in some saved files; a file whose first line
 *       is not such a header cannot be read at all and raises {@link UnreadableInputException}.
 * </ul>
 * Streaming: one line at a time. Stateless and thread-safe.
 */
public final class WosTabReader implements RecordReader {

    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9]");
    private static final char BOM = '\uFEFF';

    /** Creates the reader; it holds no state. */
    public WosTabReader() {
    }

    /** True when the first non-blank line is a header starting with {@code PT\t} or {@code FN\t} with {@code AU} and {@code TI} columns. */
    @Override
    public boolean recognises(String head, Path file) {
        for (String line : head.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return header(line).isPresent();
            }
        }
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        long lineNo = 0;
        String line;
        List<String> columns = null;
        while ((line = next(file, text, lineNo)) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (columns == null) {
                Optional<List<String>> header = header(line);
                if (header.isEmpty()) {
                    throw new UnreadableInputException(file, lineNo,
                            "not a Web of Science tab-delimited export: the first line is not a header of tags (PT, AU, TI, …)");
                }
                columns = header.get();
                continue;
            }
            readRecord(file, lineNo, line, columns, sink);
        }
    }

    private static void readRecord(Path file, long lineNo, String line, List<String> columns, RecordSink sink) {
        Provenance source = new Provenance(file, lineNo);
        String[] cells = TAB.split(line, -1);
        int extra = 0;
        for (int i = columns.size(); i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                extra++;
            }
        }
        if (cells.length < columns.size() || extra > 0) {
            sink.reject(new Rejection(source, "the line has " + (cells.length < columns.size() ? cells.length : columns.size() + extra)
                    + " cells where the header has " + columns.size()
                    + ": a line break or tab inside a field has split or merged records", line));
            return;
        }
        WosFields fields = new WosFields();
        for (int i = 0; i < columns.size(); i++) {
            String tag = columns.get(i);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.equals("CR")) {
                for (String cited : cells[i].split("; ")) {
                    fields.add(tag, cited);
                }
            } else {
                fields.add(tag, cells[i]);
            }
        }
        Optional<BibRecord> record = fields.toRecord(source, Format.WOS_TAB.id());
        if (record.isPresent()) {
            sink.accept(record.get());
        } else {
            sink.reject(new Rejection(source, "record without title (TI), abstract (AB) or identifier (DI, UT, PM)", line));
        }
    }

    /** The header's tags, when the line is a WoS header: first tag PT (or FN), with AU and TI. */
    private static Optional<List<String>> header(String line) {
        String text = !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
        if (!text.startsWith("PT\t") && !text.startsWith("FN\t")) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        for (String cell : TAB.split(text, -1)) {
            tags.add(cell.strip());
        }
        while (!tags.isEmpty() && tags.get(tags.size() - 1).isEmpty()) {
            tags.remove(tags.size() - 1); // the trailing tab
        }
        boolean allTags = tags.stream().allMatch(t -> TAG.matcher(t).matches());
        if (!allTags || !tags.contains("AU") || !tags.contains("TI")) {
            return Optional.empty();
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.indexOf(tags.get(i)) < i) {
                tags.set(i, ""); // a repeated column is not read twice
            }
        }
        return Optional.of(tags);
    }

    private static String next(Path file, BufferedReader text, long lineNo) {
        try {
            return text.readLine();
        } catch (IOException e) {
            throw new UnreadableInputException(file, lineNo + 1, "cannot be read: " + e.getMessage(), e);
        }
    }
}
