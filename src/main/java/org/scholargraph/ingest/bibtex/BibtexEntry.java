package org.scholargraph.ingest.bibtex;

import java.util.Map;
import java.util.Optional;

/**
 * One parsed BibTeX entry: its type and citation key, and its fields with macros expanded and
 * {@code #} concatenations joined, but TeX markup and inner braces still as written (author
 * splitting needs the braces).
 *
 * @param type the entry type, lower case ({@code article}, {@code inproceedings})
 * @param key the citation key as written
 * @param fields field values by lower-case name, in file order; a repeated field keeps its first value
 * @param line the line the entry starts on
 * @param raw the entry's text as it stood in the file
 */
record BibtexEntry(String type, String key, Map<String, String> fields, long line, String raw) {

    BibtexEntry {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** A field's value as written, when the entry has it and it is not blank. */
    Optional<String> field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** This entry with the fields it lacks taken from {@code inherited} (what a crossref target passes on). */
    BibtexEntry inheriting(Map<String, String> inherited) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(fields);
        inherited.forEach(merged::putIfAbsent);
        return new BibtexEntry(type, key, merged, line, raw);
    }
}
