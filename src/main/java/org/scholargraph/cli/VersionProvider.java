package org.scholargraph.cli;

import org.scholargraph.api.ScholarGraph;
import picocli.CommandLine.IVersionProvider;

/** The version line of {@code --version}, the same text as {@code summary.json}'s. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"scholargraph " + ScholarGraph.version()};
    }
}
