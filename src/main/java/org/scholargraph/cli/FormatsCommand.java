package org.scholargraph.cli;

import java.util.concurrent.Callable;
import org.scholargraph.api.InputFormat;
import org.scholargraph.api.ScholarGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code scholargraph formats}: the formats scholargraph reads. */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the input formats scholargraph reads and what it takes from each.")
final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        for (InputFormat format : ScholarGraph.formats()) {
            root.out.printf("%-17s %s%n%-17s takes: %s%n", format.id(), format.description(), "", format.fields());
        }
        return Main.EXIT_OK;
    }
}
