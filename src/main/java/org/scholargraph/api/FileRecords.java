package org.scholargraph.api;

/**
 * How many records one input file holds: a row of {@code scholargraph count}.
 *
 * @param file the file as found from the inputs given
 * @param format the short id of the format it was read as
 * @param records records read whole
 * @param rejected records that could not be read
 */
public record FileRecords(String file, String format, long records, long rejected) {
}
