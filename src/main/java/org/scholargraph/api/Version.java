package org.scholargraph.api;

/** The version of scholargraph, as the jar's manifest gives it. */
final class Version {

    private Version() {
    }

    /** The implementation version, or {@code dev} when run from classes rather than the jar. */
    static String current() {
        String version = ScholarGraph.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
