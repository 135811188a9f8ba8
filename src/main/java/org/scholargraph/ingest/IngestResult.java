package org.scholargraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/**
 * Everything read from a run's inputs, in a fixed order: files sorted by path, records in file order.
 *
 * @param records the records read whole
 * @param rejections the records that could not be read
 * @param formats the format each read file was detected as
 * @param skipped files inside input folders that no reader recognised, with the reason
 */
public record IngestResult(List<BibRecord> records, List<Rejection> rejections, Map<Path, Format> formats,
        Map<Path, String> skipped) {

    public IngestResult {
        records = List.copyOf(records);
        rejections = List.copyOf(rejections);
        formats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formats));
        skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
    }
}
