package org.scholargraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of {@code scholargraph run}, checked once here.
 *
 * @param output the export folder
 * @param strict whether the first bad record is fatal
 * @param threads worker threads, 1 or more
 * @param inputs files and folders to read, at least one
 * @param years the publication years to keep, when given
 * @param minPapers the fewest papers an author needs to stay, when given
 * @param maxAuthors the largest byline that adds coauthor pairs (0: no limit), checked by the facade
 * @param maxGraphEdges the most edges of a GraphML or GEXF file (0: no limit), checked by the facade
 */
record RunOptions(Path output, boolean strict, int threads, List<Path> inputs, Optional<YearRange> years,
        OptionalInt minPapers, int maxAuthors, int maxGraphEdges) {

    RunOptions {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(minPapers, "minPapers");
        inputs = List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more, was " + threads);
        }
        if (minPapers.isPresent() && minPapers.getAsInt() < 1) {
            throw new IllegalArgumentException("--min-papers must be 1 or more, was " + minPapers.getAsInt());
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
    }

    /**
     * Publication years from {@code from} to {@code to}, both included.
     *
     * @param from the first year kept
     * @param to the last year kept, not before {@code from}
     */
    record YearRange(int from, int to) {

        private static final Pattern FORM = Pattern.compile("(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?");

        YearRange {
            if (from > to) {
                throw new IllegalArgumentException("--years " + from + "-" + to + ": the first year is after the last");
            }
        }

        /** {@code 2001-2004}, or one year {@code 2004}. */
        static YearRange parse(String text) {
            Matcher m = FORM.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("--years takes FROM-TO (e.g. 2001-2004) or one year, was \""
                        + text + "\"");
            }
            int from = Integer.parseInt(m.group(1));
            return new YearRange(from, m.group(2) == null ? from : Integer.parseInt(m.group(2)));
        }
    }
}
