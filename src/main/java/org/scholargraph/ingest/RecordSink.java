package org.scholargraph.ingest;

import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/** Where a reader delivers what it reads, one record at a time, so that nothing is held per file. */
public interface RecordSink {

    /** A record read whole. */
    void accept(BibRecord record);

    /** A record that is broken; the reader goes on with the next one. */
    void reject(Rejection rejection);
}
