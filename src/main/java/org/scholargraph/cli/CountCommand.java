package org.scholargraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholargraph.api.FileRecords;
import org.scholargraph.api.ScholarGraph;
import org.scholargraph.api.UnreadableInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholargraph count}: the records of each file, read as a stream and kept nowhere. */
@Command(name = "count", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Count the records of each input file (format detected), keeping none in memory.")
final class CountCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--strict", description = "stop at the first bad record instead of skipping it")
    boolean strict;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "files or folders to read (default: input/)")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            List<FileRecords> rows = ScholarGraph.loader().strict(strict).warnings(root.err::println)
                    .count(inputs.isEmpty() ? List.of(Path.of("input")) : inputs);
            long records = 0;
            long rejected = 0;
            root.out.println("file\tformat\trecords\trejected");
            for (FileRecords row : rows) {
                root.out.println(row.file() + "\t" + row.format() + "\t" + row.records() + "\t" + row.rejected());
                records += row.records();
                rejected += row.rejected();
            }
            root.out.println("total\t\t" + records + "\t" + rejected);
            return Main.EXIT_OK;
        } catch (UnreadableInput e) {
            root.err.println(e.getMessage());
            return Main.EXIT_INPUT;
        } catch (IOException e) {
            root.err.println("scholargraph: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
    }
}
