package org.scholargraph.ingest.dblp;

import java.util.ArrayList;
import java.util.List;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/** A sink that keeps what it is given, for assertions. */
final class Collected implements RecordSink {
    final List<BibRecord> records = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(BibRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }
}
