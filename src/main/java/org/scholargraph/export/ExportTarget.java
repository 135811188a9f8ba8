package org.scholargraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule of what an export may write over, kept in this one place: a run writes into a folder
 * that is new, empty, or an export that scholargraph wrote itself; it refuses anything else, before
 * it writes or removes a byte.
 *
 * <p>A folder is an export of scholargraph when it holds a {@code summary.json} whose
 * {@code versions} name scholargraph, and besides it only files that scholargraph writes: the
 * files of {@link ExportFolder#FILE_NAMES}, those that the {@code summary.json} lists under
 * {@code files} (so that an export of a later version, with more files, is recognised too), the
 * lock of a run ({@link RunLock}), a file half-written by an interrupted {@link ExportFolder#writeFiles},
 * and what file managers put into any folder they show ({@code .DS_Store}, {@code Thumbs.db},
 * {@code desktop.ini}). A folder with a sub-folder, a link, or any other file is the user's.
 * Writing some files of the contract ({@link ExportFolder#writeFiles}) replaces only those files:
 * it may add them to any folder, but replaces an existing one only in a folder that holds nothing
 * but files named as scholargraph's.
 *
 * <p>Whatever is at the path, the export may not be an input of the run, hold one, or lie inside an
 * input folder (the next run over that folder would read the export as input). Paths are compared
 * after resolving symbolic links, so a link cannot hide an input.
 */
final class ExportTarget {

    /** Files that file managers write into any folder they show; they do not make an export the user's. */
    static final Set<String> FILE_MANAGER_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    /** A {@code summary.json} larger than this is not one that scholargraph wrote (its own are a few kB). */
    private static final long SUMMARY_SIZE_LIMIT = 1 << 20;

    /** How many names a refusal shows before "…". */
    private static final int NAMES_SHOWN = 3;

    /** The temporary file of one file written by {@link ExportFolder#writeFiles}: {@code .authors.csv.k3x9.tmp}. */
    private static final Pattern PARTIAL_FILE = Pattern.compile("\\.(.+)\\.[0-9a-z]+\\.tmp");

    private ExportTarget() {
    }

    /**
     * Refuses a whole export into {@code target} unless the path is free, an empty folder, or an
     * export that scholargraph wrote; the folder is then replaced whole.
     *
     * @param target the export folder as the user gave it (messages show it so)
     * @param inputs the files and folders of the run
     * @throws ExportRefusedException when the rule refuses it
     * @throws AccessDeniedException when the export could not be written there
     */
    static void checkWholeFolder(Path target, Collection<Path> inputs) throws IOException {
        check(target, inputs, null);
    }

    /**
     * Refuses to write the files {@code names} into {@code folder} when that would replace a file
     * that scholargraph may not have written, or when the folder is, holds or lies inside an input.
     */
    static void checkSomeFiles(Path folder, Collection<Path> inputs, Collection<String> names) throws IOException {
        check(folder, inputs, Set.copyOf(names));
    }

    /** @param some the files to write, or {@code null} for a whole export */
    private static void check(Path target, Collection<Path> inputs, Set<String> some) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new ExportRefusedException(shownAsFolder(target),
                    "is the root of a file system; choose an empty or new folder");
        }
        checkInputs(target, absolute, inputs);
        if (Files.isSymbolicLink(absolute)) {
            throw new ExportRefusedException(target.toString(), "is a symbolic link (to "
                    + Files.readSymbolicLink(absolute) + "); choose an empty or new folder");
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            Path existing = nearestExisting(absolute);
            if (existing != null && !Files.isDirectory(existing)) {
                throw new ExportRefusedException(target.toString(), "cannot be made a folder, because "
                        + shownAncestor(target, absolute, existing) + " is a file; choose an empty or new folder");
            }
            checkWritable(target, existing);
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportRefusedException(target.toString(),
                    "is a file that scholargraph did not write; choose an empty or new folder");
        }
        Contents contents = Contents.of(absolute);
        if (some == null) {
            if (!contents.foreign().isEmpty()) {
                throw new ExportRefusedException(shownAsFolder(target), "holds " + contents.foreignCount()
                        + " that scholargraph did not write (" + names(contents.foreign())
                        + "); choose an empty or new folder");
            }
            if (!contents.exportFiles().isEmpty() && !contents.summaryOfScholargraph()) {
                throw new ExportRefusedException(shownAsFolder(target), "holds files named as scholargraph's ("
                        + names(contents.exportFiles()) + ") but no summary.json of scholargraph, so they may not"
                        + " be an export it wrote; choose an empty or new folder");
            }
            checkWritable(target, absolute.getParent());
        } else {
            List<String> replaced = new ArrayList<>(contents.exportFiles());
            replaced.retainAll(some);
            if (!replaced.isEmpty() && !contents.foreign().isEmpty()) {
                throw new ExportRefusedException(shownAsFolder(target), "holds " + names(replaced)
                        + " beside " + contents.foreignCount() + " that scholargraph did not write ("
                        + names(contents.foreign()) + "), so it may not have written those either;"
                        + " choose an empty or new folder");
            }
            checkWritable(target, absolute);
        }
    }

    private static void checkInputs(Path target, Path absolute, Collection<Path> inputs) throws IOException {
        Path real = realPath(absolute);
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                continue; // nothing there to lose; reading it says that it is missing
            }
            Path in = realPath(input.toAbsolutePath().normalize());
            if (in.equals(real)) {
                throw new ExportRefusedException(Files.isDirectory(in) ? shownAsFolder(target) : target.toString(),
                        "is an input of this run; choose an empty or new folder");
            }
            if (in.startsWith(real)) {
                throw new ExportRefusedException(shownAsFolder(target), "holds the input " + input
                        + "; choose an empty or new folder");
            }
            if (real.startsWith(in) && Files.isDirectory(in)) {
                throw new ExportRefusedException(shownAsFolder(target), "lies inside the input folder "
                        + shownAsFolder(input) + ", so the next run over it would read the export as input;"
                        + " choose a folder outside it");
            }
        }
    }

    /** The real path of {@code absolute}, or of its nearest existing ancestor with the missing names after it. */
    private static Path realPath(Path absolute) throws IOException {
        Path existing = nearestExisting(absolute);
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static Path nearestExisting(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    /** {@code ancestor} of {@code absolute} as part of the path the user gave, when it is one. */
    private static Path shownAncestor(Path target, Path absolute, Path ancestor) {
        Path shown = target.normalize();
        for (int i = ancestor.getNameCount(); i < absolute.getNameCount() && shown != null; i++) {
            shown = shown.getParent();
        }
        return shown == null ? ancestor : shown;
    }

    /** The export is written by creating entries in {@code folder}: say so in words when that cannot be. */
    private static void checkWritable(Path target, Path folder) throws AccessDeniedException {
        if (folder != null && !Files.isWritable(folder)) {
            throw deniedWriting(target);
        }
    }

    /** The error of an output folder that cannot be written, naming the folder the user gave. */
    static AccessDeniedException deniedWriting(Path target) {
        return new AccessDeniedException(target.toString(), null,
                "permission denied; choose another output folder or check its permissions");
    }

    /** {@code exports/} for {@code exports}, {@code ./} for {@code .}: a folder as a message shows it. */
    static String shownAsFolder(Path path) {
        String text = path.toString();
        String separator = path.getFileSystem().getSeparator();
        return text.isEmpty() ? "." + separator : text.endsWith(separator) ? text : text + separator;
    }

    private static String names(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        return String.join(", ", sorted.subList(0, Math.min(NAMES_SHOWN, sorted.size())))
                + (sorted.size() > NAMES_SHOWN ? ", …" : "");
    }

    /**
     * What an existing folder holds, sorted into files scholargraph writes and the user's own.
     *
     * @param exportFiles files named as the export's
     * @param foreign everything else, folders with a trailing separator
     * @param foreignFolders how many of {@code foreign} are folders
     * @param summaryOfScholargraph whether a {@code summary.json} naming scholargraph is there
     */
    private record Contents(List<String> exportFiles, List<String> foreign, int foreignFolders,
            boolean summaryOfScholargraph) {

        static Contents of(Path folder) throws IOException {
            Set<String> exportNames = new HashSet<>(ExportFolder.FILE_NAMES);
            Set<String> listed = summaryFiles(folder.resolve("summary.json"));
            boolean summary = listed != null;
            if (summary) {
                exportNames.addAll(listed);
            }
            List<String> exportFiles = new ArrayList<>();
            List<String> foreign = new ArrayList<>();
            int folders = 0;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        foreign.add(name + entry.getFileSystem().getSeparator());
                        folders++;
                    } else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        foreign.add(name);
                    } else if (exportNames.contains(name)) {
                        exportFiles.add(name);
                    } else if (!isScholargraphsOwn(name, exportNames)) {
                        foreign.add(name);
                    }
                }
            }
            return new Contents(exportFiles, foreign, folders, summary);
        }

        /** {@code 2 files}, {@code 1 folder}, {@code 3 files and 1 folder}. */
        String foreignCount() {
            int files = foreign.size() - foreignFolders;
            String fileCount = files + (files == 1 ? " file" : " files");
            String folderCount = foreignFolders + (foreignFolders == 1 ? " folder" : " folders");
            return foreignFolders == 0 ? fileCount : files == 0 ? folderCount : fileCount + " and " + folderCount;
        }
    }

    private static boolean isScholargraphsOwn(String name, Set<String> exportNames) {
        if (name.equals(RunLock.FILE_NAME) || FILE_MANAGER_FILES.contains(name)) {
            return true;
        }
        var partial = PARTIAL_FILE.matcher(name);
        return partial.matches() && exportNames.contains(partial.group(1));
    }

    /**
     * The files that a {@code summary.json} written by scholargraph lists, or {@code null} when
     * {@code summary} is not such a file.
     */
    private static Set<String> summaryFiles(Path summary) {
        try {
            if (!Files.isRegularFile(summary, LinkOption.NOFOLLOW_LINKS) || Files.size(summary) > SUMMARY_SIZE_LIMIT) {
                return null;
            }
            JsonNode root;
            try (InputStream in = Files.newInputStream(summary)) {
                root = new ObjectMapper().readTree(in);
            }
            if (root == null || !root.path("versions").path("scholargraph").isTextual()) {
                return null;
            }
            Set<String> files = new HashSet<>();
            for (JsonNode file : root.path("files")) {
                String name = file.asText("");
                if (file.isTextual() && !name.isEmpty() && !name.contains("/") && !name.contains("\\")) {
                    files.add(name);
                }
            }
            return files;
        } catch (IOException e) {
            return null; // unreadable or not JSON: not a summary that scholargraph wrote
        }
    }
}
