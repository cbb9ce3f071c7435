package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded dbt_project.yml. Paths are as written (relative to {@link #projectRoot()}); hooks,
 * vars and the resource config trees are unrendered, since dbt renders them at run time.
 *
 * @param resourceConfigs the raw trees under {@code models:}, {@code seeds:}, ... (see
 *     {@link ResourceKind}); read them through {@link ProjectConfigResolver}
 */
public record ProjectConfig(
        Path projectRoot,
        Path file,
        String name,
        String version,
        int configVersion,
        String profile,
        List<String> modelPaths,
        List<String> seedPaths,
        List<String> snapshotPaths,
        List<String> analysisPaths,
        List<String> macroPaths,
        List<String> testPaths,
        List<String> docsPaths,
        List<String> assetPaths,
        String targetPath,
        String logPath,
        String packagesInstallPath,
        List<String> cleanTargets,
        ProjectVars vars,
        List<Object> onRunStart,
        List<Object> onRunEnd,
        List<DispatchConfig> dispatch,
        QuotingConfig quoting,
        List<String> requireDbtVersion,
        Map<String, String> requireAdapters,
        Map<String, Object> flags,
        Object queryComment,
        Map<ResourceKind, Map<String, Object>> resourceConfigs) {

    public ProjectConfig {
        requireNonNull(projectRoot, "projectRoot is null");
        requireNonNull(file, "file is null");
        requireNonNull(name, "name is null");
        modelPaths = List.copyOf(modelPaths);
        seedPaths = List.copyOf(seedPaths);
        snapshotPaths = List.copyOf(snapshotPaths);
        analysisPaths = List.copyOf(analysisPaths);
        macroPaths = List.copyOf(macroPaths);
        testPaths = List.copyOf(testPaths);
        docsPaths = List.copyOf(docsPaths);
        assetPaths = List.copyOf(assetPaths);
        requireNonNull(targetPath, "targetPath is null");
        requireNonNull(logPath, "logPath is null");
        requireNonNull(packagesInstallPath, "packagesInstallPath is null");
        cleanTargets = List.copyOf(cleanTargets);
        requireNonNull(vars, "vars is null");
        onRunStart = Collections.unmodifiableList(onRunStart);
        onRunEnd = Collections.unmodifiableList(onRunEnd);
        dispatch = List.copyOf(dispatch);
        requireNonNull(quoting, "quoting is null");
        requireDbtVersion = List.copyOf(requireDbtVersion);
        requireAdapters = Map.copyOf(requireAdapters);
        flags = Collections.unmodifiableMap(flags);
        Map<ResourceKind, Map<String, Object>> trees = new EnumMap<>(ResourceKind.class);
        trees.putAll(resourceConfigs);
        resourceConfigs = Collections.unmodifiableMap(trees);
    }

    /** The raw config tree of one resource kind; empty when the project has none. */
    public Map<String, Object> resourceConfig(ResourceKind kind) {
        return resourceConfigs.getOrDefault(kind, Map.of());
    }

    /** A project-relative path resolved against the project root. */
    public Path resolve(String relative) {
        return projectRoot.resolve(relative).normalize();
    }
}
