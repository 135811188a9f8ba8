package org.scholargraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** The Jackson setup every JSON reader shares, configured once and only read (thread-safe). */
public final class JsonInput {

    /**
     * A mapper whose parsers leave the text they read open: the caller of a reader owns the
     * {@code BufferedReader} it hands over, and closing a parser must not close it.
     */
    public static final JsonMapper MAPPER =
            JsonMapper.builder(JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build()).build();

    /** What a reader looks for in a file's head, the parser at its start. */
    @FunctionalInterface
    public interface HeadProbe {

        /** Whether the head is this format's, read as far as needed. */
        boolean test(JsonParser parser) throws IOException;
    }

    private JsonInput() {
    }

    /**
     * Whether a file's head (its first characters, cut anywhere) starts like a JSON document, an
     * object or an array, and passes {@code probe}; when the head stops being JSON, or ends, before
     * the probe decided, {@code whenCut} decides on what the probe saw so far.
     */
    public static boolean recognises(String head, HeadProbe probe, BooleanSupplier whenCut) {
        String text = head.stripLeading();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return false;
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            return probe.test(parser);
        } catch (IOException e) {
            return whenCut.getAsBoolean();
        }
    }
}
