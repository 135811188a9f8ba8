package org.scholargraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The Jackson setup every JSON reader shares, configured once and only read (thread-safe). */
public final class JsonInput {

    /**
     * A mapper whose parsers leave the text they read open: the caller of a reader owns the
     * {@code BufferedReader} it hands over, and closing a parser must not close it.
     */
    public static final JsonMapper MAPPER =
            JsonMapper.builder(JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build()).build();

    private JsonInput() {
    }
}
