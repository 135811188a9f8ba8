package org.scholargraph.ingest.wos;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
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
 * Reads the Web of Science plain-text export ("Plain text file", "Full Record and Cited
 * References", the {@code savedrecs.txt} WoS hands out). The file looks like this:
 *
 * <pre>
 * FN Clarivate Analytics Web of Science
 * VR 1.0
 * PT J
 * AU Newman, MEJ
 * AF Newman, M. E. J.
 * TI The structure of scientific collaboration
 *    networks
 * …
 * CR Watts DJ, 1998, NATURE, V393, P440, DOI 10.1038/30918
 *    Barabasi AL, 1999, SCIENCE, V286, P509, DOI 10.1126/science.286.5439.509
 * UT WOS:000166538100001
 * ER
 *
 * EF
 * </pre>
 *
 * A record runs from its {@code PT} line to its {@code ER} line; each line inside is a two-letter tag,
 * a space and a value, or a continuation of the previous tag indented by three spaces. The
 * fields taken are listed in {@link WosFields}. Rules and the vendor behaviour behind each:
 * <ul>
 *   <li>WoS writes UTF-8 with a byte-order mark and the {@code FN}/{@code VR} header before the first
 *       record, {@code EF} after the last ({@link org.scholargraph.ingest.InputText} removes the
 *       first BOM). WoS caps the records a single export may hold (500 in the classic interface), so
 *       users join several exports with {@code cat}: a BOM at the start of any line and {@code FN},
 *       {@code VR}, {@code EF} lines between records are skipped;
 *   <li>a continuation line is recognised by its leading blank (three spaces as WoS writes it, or a
 *       tab after an editor reformatted it); a line inside a record that is neither a tag line nor a
 *       continuation ("AUGilles, H": a tag without its space, or wrapped text that lost its
 *       indentation) makes the record's fields untrustworthy: the record is rejected with that line
 *       named, and reading goes on after its {@code ER};
 *   <li>a tag repeated inside a record (a stray second {@code CR} line) adds to the first;
 *   <li>a record cut off by the next {@code PT} without its {@code ER} is read (nothing of it is
 *       lost); a record cut off by the end of the file is rejected (the export was cut short, its
 *       cited references and ids may be missing);
 *   <li>lines outside any record that are not the header (a record that lost its {@code PT}) are
 *       rejected as one block up to the next {@code PT} or {@code ER}; a file with no {@code PT} and
 *       no {@code ER} at all is not a WoS export and raises {@link UnreadableInputException};
 *   <li>a record with neither title, abstract nor identifier is rejected; book records
 *       ({@code PT B}, {@code PT S}) are read like journal records;
 *   <li>a record whose {@code CR} tag was lost (as in metaknowledge's deliberately broken test file)
 *       has its cited-reference lines inside the previous field ({@code C1}, addresses), which is not
 *       read: it keeps only the references that still stand under {@code CR}. {@code NR} (the count
 *       of cited references) cannot flag this, since exports without cited references legitimately
 *       carry {@code NR} and no {@code CR}.
 * </ul>
 * Streaming: one record's fields and at most {@link Rejection#RAW_LIMIT} characters of its raw text
 * are held at a time; a run of more than {@value #MAX_RECORD_LINES} lines without {@code ER} is
 * rejected rather than held. Stateless and thread-safe.
 */
public final class WosPlainReader implements RecordReader {

    /** More lines than any real record has (the longest reviews cite a few thousand works). */
    static final int MAX_RECORD_LINES = 200_000;

    private static final char BOM = '\uFEFF';

    /** "PT J": WoS writes a one-letter publication type (J, B, S, P); MEDLINE's "PT  - Journal Article" is not one. */
    private static final Pattern PUBLICATION_TYPE = Pattern.compile("PT [A-Z]\\s*");

    /** "AU Newman, MEJ": tag, one space, value (MEDLINE and RIS put two spaces and a dash). */
    private static final Pattern FIELD_LINE = Pattern.compile("[A-Z][A-Z0-9] \\S.*");

    /** Creates the reader; it holds no state. */
    public WosPlainReader() {
    }

    /**
     * True when, after blank lines and an optional {@code FN}/{@code VR} header, the head goes on
     * with a {@code PT} line of a one-letter type followed by another field line ("AU Newman, MEJ");
     * or when its {@code FN} line names Web of Science (or ISI) and the head ends before any record.
     */
    @Override
    public boolean recognises(String head, Path file) {
        String[] lines = head.split("\r\n|\r|\n");
        boolean header = false;
        boolean headerNamesWos = false;
        int i = 0;
        while (i < lines.length) {
            String line = stripBom(lines[i]);
            if (line.isBlank() || (header && line.startsWith("VR "))) {
                i++;
            } else if (!header && line.startsWith("FN ")) {
                header = true;
                headerNamesWos = line.contains("Web of Science") || line.contains("ISI");
                i++;
            } else {
                break;
            }
        }
        if (i >= lines.length) {
            return headerNamesWos;
        }
        if (!PUBLICATION_TYPE.matcher(stripBom(lines[i])).matches()) {
            return false;
        }
        return i + 1 < lines.length ? FIELD_LINE.matcher(lines[i + 1]).matches() : header;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        new Pass(file, sink).readAll(text);
    }

    /** One reading of one file: the current record or stray block, and the line count. */
    private static final class Pass {
        private final Path file;
        private final RecordSink sink;
        private long lineNo;
        private boolean sawRecordMarker;

        private WosFields fields;
        private long recordStart;
        private String tag;
        private String problem;
        private int recordLines;
        private final StringBuilder raw = new StringBuilder();

        private long strayStart;

        Pass(Path file, RecordSink sink) {
            this.file = file;
            this.sink = sink;
        }

        void readAll(BufferedReader text) {
            String line;
            while ((line = next(text)) != null) {
                line = stripBom(line);
                if (fields != null || problem != null) {
                    inRecord(line);
                } else {
                    outside(line);
                }
            }
            if (fields != null || problem != null) {
                reject(recordStart, "the file ends inside the record that starts here (no ER line): the export is cut short");
            }
            if (strayStart > 0) {
                if (!sawRecordMarker) {
                    throw new UnreadableInputException(file, strayStart,
                            "not a Web of Science plain-text export: no record (PT … ER) in the file");
                }
                rejectStray();
            }
        }

        private String next(BufferedReader text) {
            try {
                String line = text.readLine();
                if (line != null) {
                    lineNo++;
                }
                return line;
            } catch (IOException e) {
                throw new UnreadableInputException(file, lineNo + 1, "cannot be read: " + e.getMessage(), e);
            }
        }

        private void outside(String line) {
            if (isTag(line, "PT")) {
                if (strayStart > 0) {
                    rejectStray();
                }
                sawRecordMarker = true;
                startRecord(line);
            } else if (isTag(line, "ER")) {
                sawRecordMarker = true;
                if (strayStart > 0) {
                    keepRaw(line);
                    rejectStray();
                }
            } else if (strayStart == 0 && (line.isBlank() || isTag(line, "FN") || isTag(line, "VR") || isTag(line, "EF"))) {
                return; // header, trailer, blank lines between records
            } else {
                if (strayStart == 0) {
                    strayStart = lineNo;
                    raw.setLength(0);
                }
                keepRaw(line);
            }
        }

        private void rejectStray() {
            sink.reject(new Rejection(new Provenance(file, strayStart),
                    "lines outside any record (a record that lost its PT line?): not read", raw.toString()));
            strayStart = 0;
            raw.setLength(0);
        }

        private void startRecord(String line) {
            fields = new WosFields();
            recordStart = lineNo;
            tag = "PT";
            problem = null;
            recordLines = 1;
            raw.setLength(0);
            keepRaw(line);
            fields.add("PT", line.substring(2));
        }

        private void inRecord(String line) {
            if (isTag(line, "PT")) {
                finishRecord(); // the previous record lacks its ER; everything of it was read
                startRecord(line);
                return;
            }
            if (isTag(line, "ER")) {
                keepRaw(line);
                finishRecord();
                return;
            }
            keepRaw(line);
            if (++recordLines > MAX_RECORD_LINES && problem == null) {
                problem = "more than " + MAX_RECORD_LINES + " lines without an ER line: not a record";
                fields = null;
            }
            if (problem != null || line.isBlank()) {
                return;
            }
            if (isTagLine(line)) {
                tag = line.substring(0, 2);
                fields.add(tag, line.length() > 3 ? line.substring(3) : "");
            } else if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                fields.add(tag, line);
            } else {
                problem = "line " + lineNo + " '" + shorten(line) + "' is neither a tag line ('XX value') nor a "
                        + "continuation (indented by three spaces)"
                        + (line.length() > 2 && isTagChar(line.charAt(0)) && isTagChar(line.charAt(1))
                                ? ": the space after the tag '" + line.substring(0, 2) + "' is missing?" : "");
                fields = null;
            }
        }

        private void finishRecord() {
            if (problem != null) {
                reject(recordStart, problem);
                return;
            }
            Optional<BibRecord> record = fields.toRecord(new Provenance(file, recordStart), Format.WOS_PLAIN.id());
            if (record.isPresent()) {
                sink.accept(record.get());
            } else {
                reject(recordStart, "record without title (TI), abstract (AB) or identifier (DI, UT, PM)");
            }
            fields = null;
            raw.setLength(0);
        }

        private void reject(long line, String reason) {
            sink.reject(new Rejection(new Provenance(file, line), reason, raw.toString()));
            fields = null;
            problem = null;
            raw.setLength(0);
        }

        private void keepRaw(String line) {
            if (raw.length() < Rejection.RAW_LIMIT) {
                raw.append(line, 0, Math.min(line.length(), Rejection.RAW_LIMIT - raw.length())).append('\n');
            }
        }
    }

    /** "XX value" or "XX" alone: a tag of an upper-case letter and a letter or digit. */
    static boolean isTagLine(String line) {
        return line.length() >= 2 && isTagChar(line.charAt(0)) && line.charAt(0) >= 'A'
                && isTagChar(line.charAt(1))
                && (line.length() == 2 || line.charAt(2) == ' ');
    }

    /** Whether the line is this tag, with or without a value ("ER", "ER ", "PT J"). */
    private static boolean isTag(String line, String tag) {
        return line.startsWith(tag) && (line.length() == 2 || line.charAt(2) == ' ');
    }

    private static boolean isTagChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
    }

    private static String shorten(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
