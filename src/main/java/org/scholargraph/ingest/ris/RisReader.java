package org.scholargraph.ingest.ris;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads RIS, the tagged format of reference managers and of Scopus's RIS export: one field per
 * line as {@code XX  - value} (two characters, two spaces, a dash, a space), records from
 * {@code TY  - } to {@code ER  - }, lines without a tag continuing the field above them.
 *
 * <p>Taken: authors ({@code AU}, {@code A1}; {@code A2}… are editors and series authors), title
 * ({@code TI}, else {@code T1}, else the short title {@code ST}), year and full date ({@code PY}, {@code Y1}, {@code DA}: {@code 2003},
 * {@code 2003///}, {@code 2003/05/12/}), venue ({@code JO}, {@code JF}, {@code T2}, {@code JA}, {@code J2}),
 * volume ({@code VL}), pages ({@code SP}-{@code EP}, else the article number {@code C7}), DOI ({@code DO}),
 * abstract ({@code AB}, else {@code N2}), keywords ({@code KW}, one per line, a repeat kept once), ids
 * in links ({@code UR}: arXiv, a Scopus record link's {@code eid}, doi.org), and references from a
 * {@code N1  - References: …} note (see {@link org.scholargraph.ingest.ScopusReferenceList}).
 *
 * <p>Quirks handled, each seen in real exports:
 * <ul>
 *   <li>Scopus RIS puts its reference list in a note, {@code N1  - References: ref1; }, one or more
 *       references per line, next to other notes ({@code Export Date:}, {@code Correspondence Address:},
 *       {@code Funding details:}) that are not references.</li>
 *   <li>Scopus RIS sometimes forgets the line break after the last reference, gluing the next tag onto
 *       it ({@code "…arXiv preprintUR  - https://www.scopus.com/…"}, four times in the Scopus4HistCite
 *       sample): a standard {@code XX  - } of a known RIS tag inside a line without a tag starts a new field there.</li>
 *   <li>Records without {@code TY} (scopus2histcite conversions): a record ends at {@code ER} regardless,
 *       and the next one starts at the first tag after it. A {@code TY} inside an open record also starts a
 *       new one, so a missing {@code ER} costs nothing.</li>
 *   <li>CR, LF and CRLF line endings in any mix ({@link BufferedReader#readLine} takes all three), a
 *       byte-order mark left in the text, tags written with one or three spaces or a tab before the dash
 *       (only for known RIS tags, so that prose such as {@code "US - based"} in an abstract stays prose).</li>
 *   <li>Scopus RIS writes the PubMed id in {@code C2}; it is taken only from records whose {@code DB} is Scopus.</li>
 * </ul>
 * Text outside records (a provider's preamble, lines between {@code ER} and the next tag) is skipped.
 * A record the file ends inside (no {@code ER} before the end: a cut file) is rejected, as is one with no
 * title, abstract or identifier.
 */
public final class RisReader implements RecordReader {

    /** The tags of the RIS specification and of the exporters seen in practice (Scopus, EndNote, Zotero, rispy). */
    private static final Set<String> KNOWN_TAGS = Set.of(
            "TY", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4", "C5", "C6",
            "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DI", "DO", "DP", "ED", "EP", "ER", "ET", "ID",
            "IS", "J1", "J2", "JA", "JF", "JO", "KW", "L1", "L2", "L3", "L4", "LA", "LB", "LK", "M1", "M2", "M3",
            "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP", "SE", "SN", "SP", "ST", "T1", "T2", "T3",
            "TA", "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2");

    private static final Pattern STANDARD_TAG = Pattern.compile("(?s)([A-Z][A-Z0-9])  -(?: (.*))?");
    private static final Pattern LOOSE_TAG = Pattern.compile("(?s)([A-Z][A-Z0-9])[ \\t]{1,3}-(?:[ \\t]+(.*))?[ \\t]*");
    private static final Pattern GLUED_TAG = Pattern.compile("([A-Z][A-Z0-9])  - ");
    private static final Pattern TYPE_LINE = Pattern.compile("(?m)^\\uFEFF?TY {1,3}- ");
    private static final Pattern END_LINE = Pattern.compile("(?m)^ER {1,3}-[ \\t]*$");
    private static final Pattern ANY_TAG_LINE = Pattern.compile("(?m)^\\uFEFF?([A-Z][A-Z0-9])  - ");
    /** Tags that RIS has and MEDLINE (whose lines look alike) does not. */
    private static final Set<String> RIS_ONLY_TAGS = Set.of("PY", "Y1", "T1", "T2", "JO", "JF", "SP", "EP", "KW",
            "N1", "UR", "DO", "VL", "A1", "ER", "TY");

    @Override
    public boolean recognises(String head, Path file) {
        if (TYPE_LINE.matcher(head).find()) {
            return true;
        }
        Matcher tags = ANY_TAG_LINE.matcher(head);
        int count = 0;
        int risOnly = 0;
        while (tags.find()) {
            count++;
            if (RIS_ONLY_TAGS.contains(tags.group(1))) {
                risOnly++;
            }
        }
        boolean medline = head.contains("\nPMID- ") || head.startsWith("PMID- ");
        return !medline && (END_LINE.matcher(head).find() && count >= 2 || count >= 5 && risOnly >= 2);
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        Reading reading = new Reading(file, sink);
        long line = 0;
        try {
            String content;
            while ((content = text.readLine()) != null) {
                line++;
                if (line == 1 && content.startsWith("\uFEFF")) {
                    content = content.substring(1);
                }
                reading.line(content, line);
            }
        } catch (IOException e) {
            throw new UnreadableInputException(file, line + 1, "cannot be read: " + e.getMessage(), e);
        }
        reading.end();
    }

    /** The state of reading one file: the record being collected, if any. */
    private static final class Reading {
        private final Path file;
        private final RecordSink sink;
        private RisEntry current;

        Reading(Path file, RecordSink sink) {
            this.file = file;
            this.sink = sink;
        }

        void line(String content, long line) {
            Matcher tag = tag(content);
            if (tag == null) {
                untagged(content, line);
                return;
            }
            String name = tag.group(1);
            String value = tag.group(2) == null ? "" : tag.group(2);
            if (name.equals("ER")) {
                if (current != null) {
                    current.keepRaw(content);
                    finish();
                }
                return;
            }
            if (name.equals("TY") && current != null && !current.isEmpty()) {
                finish();
            }
            if (current == null) {
                current = new RisEntry(line);
            }
            current.keepRaw(content);
            current.add(name, value);
        }

        private void untagged(String content, long line) {
            if (content.isBlank() || current == null) {
                return;
            }
            Matcher glued = GLUED_TAG.matcher(content);
            while (glued.find()) {
                if (glued.start() > 0 && KNOWN_TAGS.contains(glued.group(1))) {
                    current.keepRaw(content.substring(0, glued.start()));
                    current.continueField(content.substring(0, glued.start()));
                    line(content.substring(glued.start()), line);
                    return;
                }
            }
            current.keepRaw(content);
            current.continueField(content);
        }

        private static Matcher tag(String content) {
            Matcher standard = STANDARD_TAG.matcher(content);
            if (standard.matches()) {
                return standard;
            }
            Matcher loose = LOOSE_TAG.matcher(content);
            return loose.matches() && KNOWN_TAGS.contains(loose.group(1)) ? loose : null;
        }

        private void finish() {
            RisEntry entry = current;
            current = null;
            Provenance source = new Provenance(file, entry.firstLine());
            Optional<BibRecord> record = entry.toRecord(source, Format.RIS.id());
            if (record.isPresent()) {
                sink.accept(record.get());
            } else {
                sink.reject(new Rejection(source, "the record has no title, abstract or identifier", entry.raw()));
            }
        }

        void end() {
            if (current != null && !current.isEmpty()) {
                RisEntry entry = current;
                current = null;
                sink.reject(new Rejection(new Provenance(file, entry.firstLine()),
                        "the file ends inside this record, before its 'ER  - ' line (cut short?)", entry.raw()));
            }
        }
    }
}
