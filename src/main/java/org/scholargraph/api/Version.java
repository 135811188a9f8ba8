package org.scholargraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of scholargraph: the pom's version, and the commit when the build ran in a clone
 * ({@code 0.1.0-SNAPSHOT (commit 319a5d5)}). The build writes both into {@code version.properties}
 * beside this class; a value the build could not fill keeps its {@code ${…}} placeholder and counts
 * as absent.
 */
final class Version {

    private static final String TEXT = read();

    private Version() {
    }

    /** The version line's text, e.g. {@code 0.1.0-SNAPSHOT (commit 319a5d5)}. */
    static String current() {
        return TEXT;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version of scholargraph", e);
        }
        String version = filled(properties.getProperty("version"));
        String commit = filled(properties.getProperty("commit"));
        if (version == null) {
            return "unknown (built without Maven)";
        }
        return commit == null ? version : version + " (commit " + commit + ")";
    }

    private static String filled(String value) {
        return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
    }
}
