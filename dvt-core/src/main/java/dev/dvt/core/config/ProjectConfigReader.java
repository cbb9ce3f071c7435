package dev.dvt.core.config;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.core.yaml.YamlMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and validates dbt_project.yml into a {@link ProjectConfig}. */
public final class ProjectConfigReader {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectConfigReader.class);

    public static final String FILE_NAME = "dbt_project.yml";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> HOOK_KEYS = Set.of("pre-hook", "post-hook", "pre_hook",
            "post_hook");
    private static final Set<String> HOOK_TREES = Set.of("models", "seeds", "snapshots", "tests",
            "data_tests", "sources");
    private static final Set<String> UNRENDERED_TOP_LEVEL = Set.of("on-run-start", "on-run-end",
            "query-comment", "vars");
    private static final Set<String> KNOWN_KEYS = Set.of("name", "version", "config-version",
            "profile", "model-paths", "seed-paths", "snapshot-paths", "analysis-paths",
            "macro-paths", "test-paths", "docs-paths", "asset-paths", "function-paths",
            "target-path", "log-path", "packages-install-path", "clean-targets", "vars",
            "on-run-start", "on-run-end", "dispatch", "quoting", "require-dbt-version",
            "require-adapters", "flags", "query-comment", "restrict-access", "dbt-cloud",
            "models", "seeds", "snapshots", "tests", "data_tests", "sources", "analyses",
            "exposures", "semantic-models", "metrics", "saved-queries", "unit_tests");

    private ProjectConfigReader() {
    }

    /**
     * Loads {@code <projectRoot>/dbt_project.yml}, rendering its values (except hooks and vars)
     * with {@code renderer}. With {@code versionCheck}, an unsatisfiable
     * {@code require-dbt-version} is an error.
     */
    public static ProjectConfig read(Path projectRoot, ValueRenderer renderer,
            RenderContext context, boolean versionCheck) {
        Path file = projectRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new DvtException(ErrorCode.CONFIG, "No " + FILE_NAME + " found in " + projectRoot
                    + ". Run `dvt init` to create a project, or pass --project-dir");
        }
        YamlDocument document = YamlFiles.read(file);
        YamlTreeRenderer.render(document, renderer, context, ProjectConfigReader::shouldRender);
        return fromDocument(projectRoot, document, versionCheck);
    }

    /** dbt renders everything except run hooks, query-comment, vars and per-resource hooks. */
    static boolean shouldRender(List<String> keyPath) {
        if (keyPath.isEmpty()) {
            return true;
        }
        String first = keyPath.get(0);
        if (UNRENDERED_TOP_LEVEL.contains(first)) {
            return false;
        }
        if (HOOK_TREES.contains(first)) {
            for (String key : keyPath) {
                if (HOOK_KEYS.contains(key.startsWith("+") ? key.substring(1).strip() : key)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ProjectConfig fromDocument(Path projectRoot, YamlDocument document,
            boolean versionCheck) {
        YamlMap yml = document.rootMap();
        for (String key : yml.keys()) {
            if (key.equals("source-paths") || key.equals("data-paths")) {
                throw yml.error(key, "'" + key + "' is no longer supported; rename it to '"
                        + (key.equals("source-paths") ? "model-paths" : "seed-paths") + "'");
            }
            if (!KNOWN_KEYS.contains(key)) {
                LOG.warn("{}, line {}: ignoring unknown key '{}'", document.file(), yml.line(key),
                        key);
            }
        }
        String name = yml.requiredString("name");
        if (!IDENTIFIER.matcher(name).matches()) {
            throw yml.error("name", "Project name '" + name + "' must be a valid identifier:"
                    + " letters, digits and underscores, not starting with a digit");
        }
        int configVersion = yml.integer("config-version", 2);
        if (configVersion != 2) {
            throw yml.error("config-version", "'config-version' must be 2, got " + configVersion);
        }
        if (yml.has("tests") && yml.has("data_tests")) {
            throw yml.error("tests", "Use either 'tests' or 'data_tests', not both");
        }
        List<String> modelPaths = yml.stringList("model-paths", List.of("models"));
        List<String> seedPaths = yml.stringList("seed-paths", List.of("seeds"));
        List<String> snapshotPaths = yml.stringList("snapshot-paths", List.of("snapshots"));
        List<String> analysisPaths = yml.stringList("analysis-paths", List.of("analyses"));
        List<String> macroPaths = yml.stringList("macro-paths", List.of("macros"));
        List<String> testPaths = yml.stringList("test-paths", List.of("tests"));
        List<String> allSourcePaths = new ArrayList<>();
        for (List<String> paths : List.of(modelPaths, seedPaths, snapshotPaths, analysisPaths,
                macroPaths, testPaths)) {
            allSourcePaths.addAll(paths);
        }
        String targetPath = yml.string("target-path", "target");
        List<String> requireDbtVersion = yml.stringList("require-dbt-version", List.of());
        if (versionCheck && !requireDbtVersion.isEmpty()) {
            DbtVersionRequirement.check(requireDbtVersion,
                    DbtVersionRequirement.DBT_COMPATIBILITY_VERSION, name, yml,
                    "require-dbt-version");
        }
        return new ProjectConfig(
                projectRoot,
                document.file(),
                name,
                yml.string("version").orElse(null),
                configVersion,
                yml.string("profile").orElse(null),
                modelPaths,
                seedPaths,
                snapshotPaths,
                analysisPaths,
                macroPaths,
                testPaths,
                yml.stringList("docs-paths", allSourcePaths),
                yml.stringList("asset-paths", List.of()),
                targetPath,
                yml.string("log-path", "logs"),
                yml.string("packages-install-path", "dbt_packages"),
                yml.stringList("clean-targets", List.of(targetPath)),
                new ProjectVars(yml.mapOrEmpty("vars").raw()),
                hooks(yml, "on-run-start"),
                hooks(yml, "on-run-end"),
                dispatch(yml),
                quoting(yml),
                requireDbtVersion,
                requireAdapters(yml),
                new LinkedHashMap<>(yml.mapOrEmpty("flags").raw()),
                queryComment(yml),
                resourceTrees(yml));
    }

    /** A hook is one SQL string or a list of them; list entries may also be {sql, transaction}. */
    private static List<Object> hooks(YamlMap yml, String key) {
        Object value = yml.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map) {
            throw yml.error(key, "'" + key + "' must be a SQL string or a list of them");
        }
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }

    private static List<DispatchConfig> dispatch(YamlMap yml) {
        List<DispatchConfig> result = new ArrayList<>();
        List<Object> entries = yml.list("dispatch").orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?>)) {
                throw yml.document().error(entries, i, "Each 'dispatch' entry must be a mapping"
                        + " with 'macro_namespace' and 'search_order'");
            }
            @SuppressWarnings("unchecked")
            YamlMap entry = yml.document().view((Map<String, Object>) entries.get(i),
                    "dispatch." + i);
            entry.rejectUnknownKeys(Set.of("macro_namespace", "search_order"));
            List<String> order = entry.stringList("search_order").orElseThrow(() ->
                    entry.error("search_order", "'" + entry.pathOf("search_order")
                            + "' is required"));
            result.add(new DispatchConfig(entry.requiredString("macro_namespace"), order));
        }
        return result;
    }

    private static QuotingConfig quoting(YamlMap yml) {
        return yml.map("quoting").map(q -> {
            q.rejectUnknownKeys(Set.of("database", "schema", "identifier", "snowflake_ignore_case"));
            return new QuotingConfig(q.bool("database").orElse(null),
                    q.bool("schema").orElse(null), q.bool("identifier").orElse(null));
        }).orElse(QuotingConfig.UNSET);
    }

    private static Map<String, String> requireAdapters(YamlMap yml) {
        Map<String, String> result = new LinkedHashMap<>();
        YamlMap adapters = yml.mapOrEmpty("require-adapters");
        for (String type : adapters.keys()) {
            result.put(type, adapters.requiredString(type));
        }
        return result;
    }

    /** A string, or a map {comment, append, job-label}; kept as written. */
    private static Object queryComment(YamlMap yml) {
        Object value = yml.get("query-comment");
        if (value instanceof List) {
            throw yml.error("query-comment", "'query-comment' must be a string or a mapping");
        }
        return value;
    }

    private static Map<ResourceKind, Map<String, Object>> resourceTrees(YamlMap yml) {
        Map<ResourceKind, Map<String, Object>> trees = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            for (String key : kind.projectKeys()) {
                yml.map(key).ifPresent(tree -> trees.put(kind, tree.raw()));
            }
        }
        return trees;
    }
}
