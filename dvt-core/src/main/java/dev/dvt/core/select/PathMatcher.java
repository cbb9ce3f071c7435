package dev.dvt.core.select;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code path:}: a file or directory relative to the project root, possibly with wildcards. A
 * node matches when the pattern names its file, the YAML file that documents it, or any directory
 * that contains its file.
 */
final class PathMatcher {
    private final Optional<Path> projectRoot;

    PathMatcher(Optional<Path> projectRoot) {
        this.projectRoot = projectRoot;
    }

    BitSet search(IndexedGraph graph, String value) {
        List<String> pattern = patternSegments(value);
        BitSet result = new BitSet(graph.size());
        for (int i = 0; i < graph.size(); i++) {
            SelectableNode node = graph.node(i);
            if (fileOrDirectoryMatches(node.originalFilePath(), pattern)
                    || node.patchPath().filter(yml -> fileMatches(yml, pattern)).isPresent()) {
                result.set(i);
            }
        }
        return result;
    }

    private List<String> patternSegments(String value) {
        String text = value.replace('\\', '/');
        if (projectRoot.isPresent() && text.startsWith("/")) {
            Path root = projectRoot.get().toAbsolutePath().normalize();
            Path absolute = Path.of(value).normalize();
            if (absolute.startsWith(root)) {
                text = root.relativize(absolute).toString().replace('\\', '/');
            }
        }
        while (text.startsWith("./")) {
            text = text.substring(2);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || text.equals(".")) {
            return List.of();
        }
        return Arrays.stream(text.split("/+")).filter(s -> !s.equals(".")).toList();
    }

    private static boolean fileMatches(String file, List<String> pattern) {
        return !pattern.isEmpty() && Glob.matchesPath(segments(file), pattern);
    }

    /** The file itself or one of its directories: every proper prefix of the path. */
    private static boolean fileOrDirectoryMatches(String file, List<String> pattern) {
        if (file.isEmpty()) {
            return false;
        }
        List<String> path = segments(file);
        if (pattern.isEmpty()) {
            return true;
        }
        for (int length = path.size(); length >= 1; length--) {
            if (Glob.matchesPath(path.subList(0, length), pattern)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> segments(String file) {
        return Arrays.asList(file.split("/+"));
    }
}
