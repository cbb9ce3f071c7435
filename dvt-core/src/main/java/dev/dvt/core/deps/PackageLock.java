package dev.dvt.core.deps;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.PackageSpec;
import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.core.yaml.YamlMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * package-lock.yml as dbt 1.8 writes it: every installed package (direct and transitive) pinned,
 * with its project {@code name}, and {@code sha1_hash}, the hash of the packages.yml entries the
 * lock was made from, so that a changed packages.yml is noticed.
 */
public record PackageLock(List<Entry> packages, String sha1Hash) {
    public static final String FILE_NAME = "package-lock.yml";

    public PackageLock {
        packages = List.copyOf(packages);
    }

    /** One pinned package; {@code name} may be null in a lock written by an older dbt. */
    public record Entry(String name, PackageSpec spec) {
        public Entry {
            requireNonNull(spec, "spec is null");
        }
    }

    /** Null when the file does not exist. */
    public static PackageLock read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        YamlDocument document = YamlFiles.read(file);
        YamlMap root = document.rootMap();
        List<Object> items = root.list("packages").orElse(List.of());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?>)) {
                throw document.error(items, i, "Each entry of 'packages' must be a mapping; run 'dvt deps"
                        + " --upgrade' to rewrite " + FILE_NAME);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) items.get(i);
            YamlMap view = document.view(item, "packages." + i);
            entries.add(new Entry(view.string("name").orElse(null), PackageSpec.from(view)));
        }
        return new PackageLock(entries, root.string("sha1_hash").orElse(null));
    }

    public void write(Path file) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Entry entry : packages) {
            Map<String, Object> item = new LinkedHashMap<>(entry.spec().toYaml());
            if (entry.name() != null) {
                item.put("name", entry.name());
            }
            items.add(item);
        }
        yaml.put("packages", items);
        yaml.put("sha1_hash", sha1Hash);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        try {
            Files.writeString(file, new Yaml(options).dump(yaml), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * The hash dbt stores as {@code sha1_hash}: each entry as JSON with sorted keys, the lines
     * sorted and joined with newlines, hashed with SHA-1.
     */
    public static String hash(List<PackageSpec> specs) {
        List<String> lines = new ArrayList<>();
        for (PackageSpec spec : specs) {
            lines.add(pythonJson(new TreeMap<>(spec.toYaml())));
        }
        lines.sort(null);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new DvtException(ErrorCode.INTERNAL, "SHA-1 is not available in this Java runtime", e);
        }
    }

    /** JSON spelled as Python's json.dumps does by default (", " and ": " separators). */
    private static String pythonJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            new TreeMap<>(map).forEach((k, v) -> parts.add(pythonJson(String.valueOf(k)) + ": " + pythonJson(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(pythonJson(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }
        return String.valueOf(value);
    }

    /** A one-line description of a pinned entry for messages. */
    static String describe(PackageSpec spec) {
        if (spec instanceof PackageSpec.Git git) {
            return GitCli.redact(git.url()) + (git.revision() == null ? "" : "@" + git.revision())
                    + (git.subdirectory() == null ? "" : " (" + git.subdirectory() + ")");
        }
        if (spec instanceof PackageSpec.Local local) {
            return local.path();
        }
        if (spec instanceof PackageSpec.Hub hub) {
            return hub.name() + "@" + String.join(",", hub.versions());
        }
        return ((PackageSpec.Tarball) spec).url();
    }
}
