package org.scholargraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code scholargraph shell}: listed here so that the usage shows it; the {@code ./scholargraph}
 * launcher starts JShell itself, with the jar on the class path, before Java runs this command.
 */
@Command(name = "shell", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open JShell with the library loaded and org.scholargraph.api.* imported;"
                + " with a FILE, or lines piped in, run them as a script that stops at the first error.",
                "Started by the ./scholargraph launcher."})
final class ShellCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a JShell script to run")
    List<String> script = new ArrayList<>();

    @Override
    public Integer call() {
        root.err.println("scholargraph shell: start it with the ./scholargraph launcher of a checkout,"
                + " which opens JShell with this jar on the class path");
        return Main.EXIT_INPUT;
    }
}
