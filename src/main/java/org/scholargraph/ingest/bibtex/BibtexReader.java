package org.scholargraph.ingest.bibtex;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads BibTeX: {@code @type{key, field = value, …}} (or with parentheses) entries, from
 * reference managers and from database exports, one entry at a time.
 *
 * <p>The pieces: {@link EntryScanner} cuts the text into entries and skips free text between
 * them (Mendeley's generated-by header, the "Scopus / EXPORT DATE" lines of Scopus exports since
 * 2023, Zotero's trailing commas); {@link EntryParser} reads an entry's fields, with
 * {@code @string} macros, month macros and {@code #} concatenation; {@link TexText} decodes TeX
 * accents and removes braces; {@link AuthorField} splits authors on {@code and}; and
 * {@link RecordMapping} says which field feeds which part of the record, including the
 * {@code references} of Scopus BibTeX exports and the {@code Cited-References} of Web of Science
 * BibTeX exports. {@code @comment}, {@code @preamble} and {@code @string} are not records;
 * neither are biblatex {@code @set} and {@code @xdata} entries, which group or feed other entries.
 *
 * <p>A broken entry (braces that do not balance, no citation key, a field without a value, no
 * title, abstract or identifier) is rejected with its first line and its text, and reading goes
 * on at the next entry that starts a line. Entries with a {@code crossref} inherit missing fields
 * from their target, which may come later in the file: see {@link CrossrefTargets} for the
 * bounded memory this takes and the order in which such entries are delivered (when their target
 * arrives, or at the end of the file).
 */
public final class BibtexReader implements RecordReader {

    /** An entry start at a line start: {@code @article{} or {@code @book(}. */
    private static final Pattern ENTRY_AT_LINE_START =
            Pattern.compile("(?m)^[ \\t]*@[ \\t]*[A-Za-z][\\w:.+-]*[ \\t]*[{(]");

    private static final Set<String> NOT_RECORDS = Set.of("set", "xdata");

    @Override
    public boolean recognises(String head, Path file) {
        String start = head.stripLeading();
        if (start.isEmpty() || start.charAt(0) == '{' || start.charAt(0) == '[' || start.charAt(0) == '<') {
            return false; // JSON or XML, whose text may contain anything
        }
        return ENTRY_AT_LINE_START.matcher(head).find();
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        EntryScanner scanner = new EntryScanner(text);
        Map<String, String> macros = new HashMap<>();
        EntryParser parser = new EntryParser(macros);
        CrossrefTargets crossrefs = new CrossrefTargets();
        try {
            Optional<EntryScanner.Chunk> next;
            while ((next = scanner.next()).isPresent()) {
                EntryScanner.Chunk chunk = next.get();
                if (chunk.problem().isPresent()) {
                    sink.reject(new Rejection(new Provenance(file, chunk.line()), chunk.problem().get(), chunk.text()));
                    continue;
                }
                Optional<BibtexEntry> parsed;
                try {
                    parsed = parser.parse(chunk.text(), chunk.line());
                } catch (MalformedEntryException e) {
                    sink.reject(new Rejection(new Provenance(file, chunk.line()), e.getMessage(), chunk.text()));
                    continue;
                }
                if (parsed.isPresent() && !NOT_RECORDS.contains(parsed.get().type())) {
                    entry(parsed.get(), crossrefs, file, sink);
                }
            }
        } catch (IOException e) {
            throw new UnreadableInputException(file, scanner.lineNumber(), "cannot be read: " + e.getMessage(), e);
        }
        for (BibtexEntry orphan : crossrefs.orphans()) {
            deliver(orphan, file, sink);
        }
    }

    private static void entry(BibtexEntry entry, CrossrefTargets crossrefs, Path file, RecordSink sink) {
        var children = crossrefs.arrived(entry);
        Optional<String> target = entry.field("crossref").map(TexText::toUnicode).filter(t -> !t.isEmpty());
        if (target.isEmpty()) {
            deliver(entry, file, sink);
        } else {
            Optional<Map<String, String>> inherited = crossrefs.inheritedFrom(target.get());
            if (inherited.isPresent()) {
                deliver(entry.inheriting(inherited.get()), file, sink);
            } else {
                crossrefs.await(target.get(), entry).ifPresent(pushedOut -> deliver(pushedOut, file, sink));
            }
        }
        for (BibtexEntry child : children) {
            deliver(child, file, sink);
        }
    }

    private static void deliver(BibtexEntry entry, Path file, RecordSink sink) {
        try {
            sink.accept(RecordMapping.record(entry, file, Format.BIBTEX.id()));
        } catch (MalformedEntryException e) {
            sink.reject(new Rejection(new Provenance(file, entry.line()), e.getMessage(), entry.raw()));
        }
    }
}
