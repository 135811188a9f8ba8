package org.scholargraph.api;

/**
 * One input format scholargraph reads.
 *
 * @param id the short id used in {@code papers.csv} {@code sources} and in messages
 * @param description what a file of this format looks like
 * @param fields what the reader takes from each record
 */
public record InputFormat(String id, String description, String fields) {
}
