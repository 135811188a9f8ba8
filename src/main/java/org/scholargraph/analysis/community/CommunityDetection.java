package org.scholargraph.analysis.community;

/**
 * A method that partitions a graph's nodes into communities, so that callers can swap one method
 * for another. Implementations compute on first use and cache the result.
 */
public interface CommunityDetection {

    /** The partition found, with its modularity at resolution 1. */
    Communities communities();

    /** The short lower-case name of the method ({@code "leiden"}). */
    String name();
}
