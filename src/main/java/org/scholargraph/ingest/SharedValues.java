package org.scholargraph.ingest;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

/**
 * One instance of each distinct value that the records of one reading repeat, across all its files
 * and threads: a corpus cites the same works again and again, names the same authors on many
 * papers, and repeats a few thousand keywords and venues over all of them. Records whose parts are
 * shared hold the same values in a fraction of the memory, which the records then keep until the
 * corpus is resolved.
 */
final class SharedValues {

    private final ConcurrentHashMap<Reference, Reference> references = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<RecordAuthor, RecordAuthor> authors = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();

    /** {@code record} with its authors, venue, keywords, subject categories and references shared. */
    BibRecord share(BibRecord record) {
        return new BibRecord(record.source(), record.format(), record.title(), shared(record.authors(), authors),
                record.year(), record.date(), shared(record.venue(), texts), record.volume(), record.pages(),
                record.abstractText(), record.ids(), shared(record.keywords(), texts),
                shared(record.references(), references), shared(record.subjectCategories(), texts));
    }

    private static <T> T shared(T value, ConcurrentHashMap<T, T> pool) {
        T first = pool.putIfAbsent(value, value);
        return first == null ? value : first;
    }

    private static <T> List<T> shared(List<T> values, ConcurrentHashMap<T, T> pool) {
        return values.isEmpty() ? values : values.stream().map(value -> shared(value, pool)).toList();
    }
}
