package dev.dvt.core.yaml;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed YAML file: its plain-Java tree (maps, lists, scalars) and the line of every mapping
 * key and list element. Lines are looked up by container identity, so the tree can be changed in
 * place (e.g. rendered) without losing positions, as long as containers are not replaced.
 */
public final class YamlDocument {
    private final Path file;
    private final Object root;
    private final IdentityHashMap<Object, Integer> containerLines;
    private final IdentityHashMap<Object, Map<Object, Integer>> entryLines;

    YamlDocument(Path file, Object root, IdentityHashMap<Object, Integer> containerLines,
            IdentityHashMap<Object, Map<Object, Integer>> entryLines) {
        this.file = requireNonNull(file, "file is null");
        this.root = root;
        this.containerLines = containerLines;
        this.entryLines = entryLines;
    }

    public Path file() {
        return file;
    }

    /** The root value: a map, a list, a scalar, or null for an empty file. */
    public Object root() {
        return root;
    }

    /**
     * The root as a map view. An empty file counts as an empty map; any other non-map root is a
     * CONFIG error.
     */
    @SuppressWarnings("unchecked")
    public YamlMap rootMap() {
        if (root == null) {
            return new YamlMap(this, new LinkedHashMap<>(), "");
        }
        if (!(root instanceof Map)) {
            throw new DvtException(ErrorCode.CONFIG,
                    "The file must hold a mapping of keys to values at the top level, not "
                            + YamlMap.describeType(root),
                    file, 1);
        }
        return new YamlMap(this, (Map<String, Object>) root, "");
    }

    /** Line (1-based) on which the given map or list starts, or 0 if the container is unknown. */
    public int lineOf(Object container) {
        Integer line = containerLines.get(container);
        return line == null ? 0 : line;
    }

    /**
     * Line of a key of a map, or of an index of a list, inside this document. Falls back to the
     * container's own line, then 0.
     */
    public int lineOf(Object container, Object keyOrIndex) {
        Map<Object, Integer> lines = entryLines.get(container);
        if (lines != null) {
            Integer line = lines.get(keyOrIndex);
            if (line != null) {
                return line;
            }
        }
        return lineOf(container);
    }

    /** Wraps a nested map of this document as a view; {@code path} is its dotted key path. */
    public YamlMap view(Map<String, Object> map, String path) {
        return new YamlMap(this, map, path);
    }

    /** A CONFIG error located at the given key (or list index) of a container of this document. */
    public DvtException error(Object container, Object keyOrIndex, String message) {
        return new DvtException(ErrorCode.CONFIG, message, file, lineOf(container, keyOrIndex));
    }

    static boolean isContainer(Object value) {
        return value instanceof Map || value instanceof List;
    }
}
