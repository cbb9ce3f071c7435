package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.yaml.YamlMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One entry of packages.yml / dependencies.yml / package-lock.yml. */
public sealed interface PackageSpec permits PackageSpec.Hub, PackageSpec.Git, PackageSpec.Local,
        PackageSpec.Tarball {

    /** The entry as it is written to YAML (package-lock.yml). */
    Map<String, Object> toYaml();

    /** A dbt Hub package, e.g. {@code dbt-labs/dbt_utils} with version ranges. */
    record Hub(String name, List<String> versions, boolean installPrerelease) implements PackageSpec {
        public Hub {
            requireNonNull(name, "name is null");
            versions = List.copyOf(versions);
        }

        @Override
        public Map<String, Object> toYaml() {
            Map<String, Object> yaml = new LinkedHashMap<>();
            yaml.put("package", name);
            yaml.put("version", versions.size() == 1 ? versions.get(0) : versions);
            if (installPrerelease) {
                yaml.put("install-prerelease", true);
            }
            return yaml;
        }
    }

    /** A git repository, optionally pinned to a revision and a subdirectory. */
    record Git(String url, String revision, String subdirectory, boolean warnUnpinned)
            implements PackageSpec {
        public Git {
            requireNonNull(url, "url is null");
        }

        @Override
        public Map<String, Object> toYaml() {
            Map<String, Object> yaml = new LinkedHashMap<>();
            yaml.put("git", url);
            if (revision != null) {
                yaml.put("revision", revision);
            }
            if (subdirectory != null) {
                yaml.put("subdirectory", subdirectory);
            }
            if (!warnUnpinned) {
                yaml.put("warn-unpinned", false);
            }
            return yaml;
        }
    }

    /** A package on the local filesystem, relative to the project. */
    record Local(String path) implements PackageSpec {
        public Local {
            requireNonNull(path, "path is null");
        }

        @Override
        public Map<String, Object> toYaml() {
            return new LinkedHashMap<>(Map.of("local", path));
        }
    }

    /** A package downloaded as a tarball. */
    record Tarball(String url, String name) implements PackageSpec {
        public Tarball {
            requireNonNull(url, "url is null");
            requireNonNull(name, "name is null");
        }

        @Override
        public Map<String, Object> toYaml() {
            Map<String, Object> yaml = new LinkedHashMap<>();
            yaml.put("tarball", url);
            yaml.put("name", name);
            return yaml;
        }
    }

    /** Reads one entry; the extra {@code name} key that lock files carry is accepted. */
    static PackageSpec from(YamlMap entry) {
        if (entry.has("package")) {
            entry.rejectUnknownKeys(Set.of("package", "version", "install-prerelease", "name"));
            List<String> versions = entry.stringList("version").orElseThrow(() -> entry.error(
                    "version", "Package '" + entry.get("package") + "' needs a 'version'"));
            return new Hub(entry.requiredString("package"), versions,
                    entry.bool("install-prerelease", false));
        }
        if (entry.has("git")) {
            entry.rejectUnknownKeys(Set.of("git", "revision", "subdirectory", "warn-unpinned",
                    "name"));
            return new Git(entry.requiredString("git"), entry.string("revision").orElse(null),
                    entry.string("subdirectory").orElse(null), entry.bool("warn-unpinned", true));
        }
        if (entry.has("local")) {
            entry.rejectUnknownKeys(Set.of("local", "name"));
            return new Local(entry.requiredString("local"));
        }
        if (entry.has("tarball")) {
            entry.rejectUnknownKeys(Set.of("tarball", "name"));
            return new Tarball(entry.requiredString("tarball"), entry.requiredString("name"));
        }
        throw entry.error(entry.keys().isEmpty() ? "package" : entry.keys().iterator().next(),
                "A package entry needs one of 'package' (with 'version'), 'git', 'local' or"
                        + " 'tarball'");
    }
}
