package org.scholargraph.ingest;

import java.util.regex.Pattern;

/**
 * Jackson's parse error in words for a user: its first line, without the parser's note on where
 * the source is ({@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`
 * disabled); line: 1, column: 9]} becomes {@code [line: 1, column: 9]}: the file and line are
 * already in front of the message), and for a document that stops early, what to do about it.
 */
public final class JsonProblem {

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*(?:; |(?=]))");

    private JsonProblem() {
    }

    /** {@code originalMessage} of a {@code JsonProcessingException}, cleaned; "unreadable" when there is none. */
    public static String describe(String originalMessage) {
        if (originalMessage == null || originalMessage.isBlank()) {
            return "unreadable";
        }
        int end = originalMessage.indexOf('\n');
        String message = SOURCE.matcher(end < 0 ? originalMessage : originalMessage.substring(0, end)).replaceAll("[");
        return message.startsWith("Unexpected end-of-input")
                ? message + "; the file ends in the middle (cut short by a download or copy? fetch it again)"
                : message;
    }
}
