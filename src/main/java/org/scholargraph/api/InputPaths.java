package org.scholargraph.api;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands what a user types into input paths: a plain path stays as it is (a folder is read
 * recursively by the reader), a glob ({@code *}, {@code ?}, {@code [..]}, {@code {..}}, with
 * {@code **} across folders) becomes the sorted regular files that match it.
 */
final class InputPaths {

    private InputPaths() {
    }

    static List<Path> expand(List<String> pathsOrGlobs) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String text : pathsOrGlobs) {
            if (!isGlob(text)) {
                paths.add(Path.of(text));
                continue;
            }
            List<Path> matches = matches(text);
            if (matches.isEmpty()) {
                throw new UnreadableInput(text + ": no file matches this pattern");
            }
            paths.addAll(matches);
        }
        return paths;
    }

    static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** Walks the folder before the first glob character and keeps the files whose path matches. */
    private static List<Path> matches(String glob) throws IOException {
        String separator = FileSystems.getDefault().getSeparator();
        String normalised = glob.replace(separator, "/");
        int firstSpecial = 0;
        while (firstSpecial < normalised.length() && "*?[{".indexOf(normalised.charAt(firstSpecial)) < 0) {
            firstSpecial++;
        }
        int lastSlash = normalised.lastIndexOf('/', firstSpecial);
        Path base = lastSlash < 0 ? Path.of("") : Path.of(lastSlash == 0 ? "/" : normalised.substring(0, lastSlash));
        Path walkRoot = lastSlash < 0 ? Path.of(".") : base;
        if (!Files.isDirectory(walkRoot)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> walk = Files.walk(walkRoot)) {
            // Hidden files are skipped, as when a folder is read.
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> lastSlash < 0 ? walkRoot.relativize(p) : p)
                    .filter(matcher::matches)
                    .sorted()
                    .toList();
        }
    }
}
