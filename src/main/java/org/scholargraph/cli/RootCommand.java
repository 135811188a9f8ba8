package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scholargraph}: lists the subcommands. */
@Command(name = "scholargraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Coauthorship and citation graphs from bibliographic records: GraphML for Gephi, CSV for spreadsheets.",
        subcommands = {RunCommand.class, CountCommand.class, FormatsCommand.class, ShellCommand.class,
                HelpCommand.class})
final class RootCommand implements Callable<Integer> {

    final PrintWriter out;
    final PrintWriter err;

    @Spec
    CommandSpec spec;

    RootCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return Main.EXIT_INPUT;
    }
}
