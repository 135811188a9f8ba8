package org.scholargraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user's corrections of names and keywords, applied before the automatic step, exactly as written.
 *
 * <p>One thesaurus serves both: a line applies to an author where its label is a name as a byline
 * writes it, and to a keyword where its label is the keyword as a source wrote it or as
 * {@code keywords.csv} shows it ({@link org.scholargraph.resolve.keyword.KeywordVocabulary}).
 *
 * <p>The thesaurus file has VOSviewer's format: a header line {@code label<TAB>replace by}, then one
 * line per name, the name as a source writes it, a tab, and the name to use instead; an empty
 * replacement drops the name from every byline. The split list has the header {@code label} and one
 * name per line: every byline position written exactly so is kept out of the automatic step (it is
 * neither joined to another name form nor another form to it), for a name that stands for several
 * people or that the automatic step joins wrongly. Names match as written, after trimming spaces;
 * lines starting with {@code #} and blank lines are skipped.
 *
 * @param replacements name as written → replacement ("" drops the name), in file order
 * @param splits names kept out of the automatic step
 */
public record NameThesaurus(Map<String, String> replacements, Set<String> splits) {

    static final String THESAURUS_HEADER = "label\treplace by";
    static final String SPLIT_HEADER = "label";

    public NameThesaurus {
        replacements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replacements));
        splits = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(splits));
    }

    /** No corrections. */
    public static NameThesaurus none() {
        return new NameThesaurus(Map.of(), Set.of());
    }

    /**
     * Reads a thesaurus file.
     *
     * @throws IllegalArgumentException {@code file:line: what is wrong} for a line of another shape
     */
    public static NameThesaurus readThesaurus(Path file) throws IOException {
        Map<String, String> replacements = new LinkedHashMap<>();
        forEachLine(file, THESAURUS_HEADER, (number, line) -> {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(file + ":" + number
                        + ": a thesaurus line is a label, a tab and its replacement (empty to drop it)");
            }
            String label = line.substring(0, tab).strip();
            String replacement = line.substring(tab + 1).strip();
            if (label.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + number + ": the label before the tab is empty");
            }
            if (replacement.contains("\t")) {
                throw new IllegalArgumentException(file + ":" + number + ": more than one tab on the line");
            }
            if (replacements.putIfAbsent(label, replacement) != null) {
                throw new IllegalArgumentException(file + ":" + number + ": '" + label + "' is listed twice");
            }
        });
        return new NameThesaurus(replacements, Set.of());
    }

    /**
     * Reads a split list.
     *
     * @throws IllegalArgumentException {@code file:line: what is wrong} for a line with a tab
     */
    public static NameThesaurus readSplits(Path file) throws IOException {
        Set<String> splits = new LinkedHashSet<>();
        forEachLine(file, SPLIT_HEADER, (number, line) -> {
            if (line.contains("\t")) {
                throw new IllegalArgumentException(file + ":" + number + ": a split list has one name per line, no tab");
            }
            splits.add(line.strip());
        });
        return new NameThesaurus(Map.of(), splits);
    }

    /** This thesaurus with the splits of another. */
    public NameThesaurus withSplits(NameThesaurus other) {
        Set<String> all = new LinkedHashSet<>(splits);
        all.addAll(other.splits);
        return new NameThesaurus(replacements, all);
    }

    /** The name to use for a name as written: itself, its replacement, or empty when it is dropped. */
    public Optional<String> apply(String written) {
        if (replacements.isEmpty()) {
            return Optional.of(written); // no thesaurus, the common case: no lookup per author of every record
        }
        String replacement = replacements.get(written.strip());
        if (replacement == null) {
            return Optional.of(written);
        }
        return replacement.isEmpty() ? Optional.empty() : Optional.of(replacement);
    }

    /** Whether a name as written is kept out of the automatic step. */
    public boolean isSplit(String written) {
        return !splits.isEmpty() && splits.contains(written.strip());
    }

    /** Whether there is nothing to apply. */
    public boolean isEmpty() {
        return replacements.isEmpty() && splits.isEmpty();
    }

    private interface LineHandler {
        void accept(int number, String line);
    }

    private static void forEachLine(Path file, String header, LineHandler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalArgumentException(file + ":1: the file is empty; its first line is '"
                        + header.replace("\t", "<TAB>") + "'");
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.strip().equalsIgnoreCase(header) && !line.equalsIgnoreCase(header)) {
                throw new IllegalArgumentException(file + ":1: the first line must be '" + header.replace("\t", "<TAB>")
                        + "', was '" + line + "'");
            }
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                handler.accept(number, line);
            }
        }
    }

    /** For tests and the facade: a thesaurus of given replacements and splits. */
    static NameThesaurus of(Map<String, String> replacements, List<String> splits) {
        return new NameThesaurus(replacements, new LinkedHashSet<>(splits));
    }
}
