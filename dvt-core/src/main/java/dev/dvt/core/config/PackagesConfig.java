package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.core.yaml.YamlMap;
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
 * The packages a project depends on, from packages.yml or dependencies.yml (one of the two may
 * list {@code packages:}), and the lock file {@code package-lock.yml}.
 *
 * @param file the file read, or null when the project has no packages
 */
public record PackagesConfig(Path file, List<PackageSpec> packages) {
    public static final String PACKAGES_FILE = "packages.yml";
    public static final String DEPENDENCIES_FILE = "dependencies.yml";
    public static final String LOCK_FILE = "package-lock.yml";

    public PackagesConfig {
        packages = List.copyOf(packages);
    }

    /** Reads the project's packages, rendering {@code env_var()} (e.g. git tokens). */
    public static PackagesConfig load(Path projectRoot, ValueRenderer renderer,
            RenderContext context) {
        PackagesConfig fromPackages = read(projectRoot.resolve(PACKAGES_FILE), renderer, context);
        PackagesConfig fromDependencies = read(projectRoot.resolve(DEPENDENCIES_FILE), renderer,
                context);
        if (fromPackages != null && fromDependencies != null) {
            throw new DvtException(ErrorCode.CONFIG, "Both " + PACKAGES_FILE + " and "
                    + DEPENDENCIES_FILE + " list 'packages:'; keep them in one file",
                    fromDependencies.file(), 0);
        }
        if (fromPackages != null) {
            return fromPackages;
        }
        return fromDependencies != null ? fromDependencies : new PackagesConfig(null, List.of());
    }

    /** Null when the file is absent or has no {@code packages:}. */
    private static PackagesConfig read(Path file, ValueRenderer renderer, RenderContext context) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        YamlDocument document = YamlFiles.read(file);
        YamlTreeRenderer.render(document, renderer, context, path -> true);
        YamlMap root = document.rootMap();
        if (!root.has("packages")) {
            return null;
        }
        return new PackagesConfig(file, specs(root, "packages"));
    }

    static List<PackageSpec> specs(YamlMap root, String key) {
        List<Object> entries = root.list(key).orElse(List.of());
        List<PackageSpec> specs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?>)) {
                throw root.document().error(entries, i, "Each entry of '" + key
                        + "' must be a mapping such as {package: dbt-labs/dbt_utils, version: 1.3.0}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) entries.get(i);
            specs.add(PackageSpec.from(root.document().view(entry, key + "." + i)));
        }
        return specs;
    }

    /** package-lock.yml: the exact packages {@code dvt deps} installed, and the hash of the spec. */
    public record Lock(List<PackageSpec> packages, String sha1Hash) {
        public Lock {
            packages = List.copyOf(packages);
        }

        /** Reads a lock file; null when it does not exist. */
        public static Lock read(Path file) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            YamlMap root = YamlFiles.read(file).rootMap();
            return new Lock(specs(root, "packages"), root.string("sha1_hash").orElse(null));
        }

        public void write(Path file) {
            requireNonNull(file, "file is null");
            Map<String, Object> yaml = new LinkedHashMap<>();
            yaml.put("packages", packages.stream().map(PackageSpec::toYaml).toList());
            if (sha1Hash != null) {
                yaml.put("sha1_hash", sha1Hash);
            }
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
    }
}
