package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A JVM that starts a real export and stalls in the middle of writing its first file, so that a test
 * can kill it there with SIGKILL, as the out-of-memory killer or {@code kill -9} would, without
 * guessing how long an export takes: {@code java … StalledExport TARGET MARKER}.
 */
public final class StalledExport {

    /** How long a busy machine may take to start a JVM and reach the export. */
    private static final long START_BOUND_SECONDS = 300;

    private StalledExport() {
    }

    /** Exports to {@code args[0]}, creates the file {@code args[1]} half-way through, then waits to be killed. */
    public static void main(String[] args) throws IOException {
        Path marker = Path.of(args[1]);
        ExportFolder.write(Path.of(args[0]), List.of(), List.of(new ExportFolder.ExportFile("authors.csv", out -> {
            out.write("\uFEFFauthor_id,name\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Files.createFile(marker);
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("stopped");
            }
        })), notice -> { });
    }

    /**
     * Starts an export to {@code target} in another JVM and kills it with SIGKILL while it writes;
     * returns the hidden folder it leaves beside the target.
     */
    public static Path killedWhileExporting(Path target) throws IOException, InterruptedException {
        Path parent = target.toAbsolutePath().getParent();
        Path marker = Files.createTempFile("stalled-export-", ".marker");
        Files.delete(marker);
        Path log = Files.createTempFile("stalled-export-", ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                StalledExport.class.getName(), target.toString(), marker.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_BOUND_SECONDS);
            while (!Files.exists(marker) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(marker), "the export did not get to its first file: " + Files.readString(log));
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(START_BOUND_SECONDS, TimeUnit.SECONDS), "SIGKILL ends the JVM");
            Files.deleteIfExists(marker);
            Files.deleteIfExists(log);
        }
        String prefix = "." + target.toAbsolutePath().getFileName() + ".tmp-";
        try (Stream<Path> siblings = Files.list(parent)) {
            List<Path> left = siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, left.size(), "the killed export left its hidden folder: " + left);
            assertTrue(Files.exists(left.get(0).resolve(RunLock.FILE_NAME)), "with its lock");
            return left.get(0);
        }
    }
}
