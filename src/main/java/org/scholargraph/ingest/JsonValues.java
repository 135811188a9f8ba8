package org.scholargraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Values read out of a record's JSON tree the way the mappings of Crossref and CSL-JSON need them:
 * an absent field, {@code null}, or a value of another type than expected reads as empty rather
 * than failing, since producers leave fields out or fill them with {@code null} freely.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** A scalar's text (a string, number or boolean); empty for an absent field, null, an object or an array. */
    public static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    /** The elements of an array; none for anything else. */
    public static Iterable<JsonNode> elements(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    /**
     * The first non-blank string of an array, stripped (Crossref writes {@code title} as an array,
     * and some CSL converters {@code container-title}), or the value itself when it is a plain string.
     */
    public static String first(JsonNode node) {
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                String value = text(element).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
            return "";
        }
        return text(node);
    }
}
