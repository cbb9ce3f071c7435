package dev.dvt.core.adapter.duckdb;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.TargetConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DuckDB output of profiles.yml, with defaults applied.
 *
 * @param path absolute file path, or {@code :memory:}
 * @param schema default {@code main}
 * @param database the catalog name the profile expects, null when not given
 * @param extensions extensions to load on every connection
 * @param settings {@code SET} statements to run on every connection
 */
record DuckDbProfile(String path, String schema, String database, List<String> extensions,
        Map<String, Object> settings) {
    DuckDbProfile {
        requireNonNull(path, "path is null");
        requireNonNull(schema, "schema is null");
        extensions = List.copyOf(extensions);
        settings = new LinkedHashMap<>(settings);
    }

    static DuckDbProfile from(TargetConfig target, Path projectDir) {
        Object rawPath = target.get("path");
        String path = rawPath == null || rawPath.toString().isBlank() ? DuckDbDatabases.MEMORY : rawPath.toString();
        if (!path.equals(DuckDbDatabases.MEMORY)) {
            Path file = projectDir.resolve(path).toAbsolutePath().normalize();
            createParent(target, file);
            path = file.toString();
        }
        String schema = target.schema() == null ? "main" : target.schema();
        List<String> extensions = new ArrayList<>();
        Object ext = target.get("extensions");
        if (ext instanceof Collection<?> items) {
            items.forEach(i -> extensions.add(String.valueOf(i)));
        } else if (ext != null) {
            throw bad(target, "extensions", "a list of extension names");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        Object set = target.get("settings");
        if (set instanceof Map<?, ?> map) {
            map.forEach((k, v) -> settings.put(String.valueOf(k), v));
        } else if (set != null) {
            throw bad(target, "settings", "a mapping of setting names to values");
        }
        return new DuckDbProfile(path, schema, target.database(), extensions, settings);
    }

    /** DuckDB creates the file but not its directory; a fresh clone often lacks e.g. {@code target/}. */
    private static void createParent(TargetConfig target, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new DvtException(ErrorCode.CONNECTION, "Target '" + target.name() + "': cannot create the directory"
                    + " of DuckDB file " + file + ": " + e.getMessage(), e);
        }
    }

    private static DvtException bad(TargetConfig target, String key, String expected) {
        return new DvtException(ErrorCode.PROFILE, "Target '" + target.name() + "': '" + key + "' must be "
                + expected);
    }
}
