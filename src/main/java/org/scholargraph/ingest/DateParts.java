package org.scholargraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * CSL date-parts, {@code [[2019, 3, 26]]}, as CSL-JSON items and Crossref works (whose dates are
 * CSL's) both write them. A part may come as a number or as a numeric string; month and day may
 * be missing.
 */
public final class DateParts {

    private DateParts() {
    }

    /**
     * One part (year, month or day) when it is a number from 1 to 9999, written as a number or as a
     * numeric string; also a year field of its own, such as OpenAlex's {@code publication_year}.
     */
    public static OptionalInt part(JsonNode part) {
        int value;
        if (part.isIntegralNumber() && part.canConvertToInt()) {
            value = part.intValue();
        } else if (part.isTextual() && part.asText().strip().matches("-?\\d{1,4}")) {
            value = Integer.parseInt(part.asText().strip());
        } else {
            return OptionalInt.empty();
        }
        return value >= 1 && value <= 9999 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** The full date of one date-parts array, when it has a valid year, month and day. */
    public static Optional<LocalDate> date(JsonNode parts) {
        OptionalInt year = part(parts.path(0));
        OptionalInt month = part(parts.path(1));
        OptionalInt day = part(parts.path(2));
        if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
