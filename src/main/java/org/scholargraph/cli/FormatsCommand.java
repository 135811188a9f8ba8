package org.scholargraph.cli;

import java.util.concurrent.Callable;
import org.scholargraph.api.ScholarGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code scholargraph formats}: the formats scholargraph reads. */
@Command(name = "formats", description = "List the input formats scholargraph reads.")
final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        ScholarGraph.formats().forEach((id, description) -> root.out.printf("%-14s %s%n", id, description));
        return Main.EXIT_OK;
    }
}
