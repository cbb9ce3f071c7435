package dev.dvt.core.deps;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.PackagesConfig;
import dev.dvt.core.events.Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code --add-package}: adds one entry to packages.yml (creating it if needed), replacing an
 * entry for the same package, as dbt does. The file is rewritten, so comments in it are lost.
 */
final class PackagesFileEditor {
    private PackagesFileEditor() {
    }

    static Path add(Path projectRoot, String nameAtVersion, PackageSource source) {
        int at = nameAtVersion.lastIndexOf('@');
        String name = at > 0 ? nameAtVersion.substring(0, at) : nameAtVersion;
        String version = at > 0 ? nameAtVersion.substring(at + 1) : null;
        if (source == PackageSource.HUB && version == null) {
            throw new DvtException(ErrorCode.USAGE, "--add-package " + nameAtVersion + ": a hub package needs"
                    + " a version, e.g. dbt-labs/dbt_utils@1.3.0");
        }
        Path file = projectRoot.resolve(PackagesConfig.DEPENDENCIES_FILE);
        if (!Files.isRegularFile(file) || !read(file).containsKey("packages")) {
            file = projectRoot.resolve(PackagesConfig.PACKAGES_FILE);
        }
        Map<String, Object> yaml = Files.isRegularFile(file) ? read(file) : new LinkedHashMap<>();
        List<Object> packages = new ArrayList<>();
        if (yaml.get("packages") instanceof List<?> existing) {
            for (Object entry : existing) {
                if (!(entry instanceof Map<?, ?> map && sameIdentifier(identifier(map), name))) {
                    packages.add(entry);
                } else {
                    Events.info("DepsFoundDuplicatePackage", "Found duplicate package in packages.yml,"
                            + " removing: " + identifier(map));
                }
            }
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        switch (source) {
            case GIT -> {
                entry.put("git", name);
                if (version != null) {
                    entry.put("revision", version);
                }
            }
            case LOCAL -> entry.put("local", name);
            default -> {
                entry.put("package", name);
                entry.put("version", version.contains(",") ? List.of(version.split(",")) : version);
            }
        }
        packages.add(entry);
        yaml.put("packages", packages);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        try {
            Files.writeString(file, new Yaml(options).dump(yaml), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        Events.info("DepsAddPackage", "Added new package " + nameAtVersion + " to " + file);
        return file;
    }

    private static Object identifier(Map<?, ?> entry) {
        for (String key : List.of("package", "git", "local", "tarball")) {
            if (entry.get(key) != null) {
                return entry.get(key);
            }
        }
        return null;
    }

    /** The same package by name or URL, with '-' and '_' treated alike and a trailing .git ignored. */
    private static boolean sameIdentifier(Object existing, String added) {
        if (existing == null) {
            return false;
        }
        return normalise(existing.toString()).equals(normalise(added));
    }

    private static String normalise(String identifier) {
        String s = identifier.strip().replace('-', '_');
        return s.endsWith(".git") ? s.substring(0, s.length() - 4) : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        try {
            Object loaded = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
            return loaded instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
