package dev.dvt.cli;

import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.compiler.parse.ParseOptions;
import dev.dvt.compiler.parse.ParsedProject;
import dev.dvt.compiler.parse.ProjectParser;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.events.Events;
import dev.dvt.core.graph.ManifestSelection;
import dev.dvt.core.graph.StateArtifacts;
import dev.dvt.core.select.NodeSelector;
import dev.dvt.core.select.SelectionContext;
import dev.dvt.core.select.SelectionCriteria;
import dev.dvt.core.select.SelectionResult;
import dev.dvt.core.select.YamlSelectors;
import dev.dvt.core.yaml.YamlFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed project and what commands do with it first: the "Found …" line and node selection. */
final class ProjectSession {
    private final RuntimeConfig config;
    private final ParsedProject parsed;
    private final GlobalOptions globals;

    private ProjectSession(RuntimeConfig config, ParsedProject parsed, GlobalOptions globals) {
        this.config = config;
        this.parsed = parsed;
        this.globals = globals;
    }

    static ProjectSession open(RuntimeConfig config, GlobalOptions globals, String invocationId) {
        Events.info("MainReportVersion", "Running with dvt=" + DvtVersion.version() + " (dbt " + DvtVersion.DBT_COMPATIBLE + " compatible)");
        ParseOptions options = ParseOptions.defaults().withPartialParse(!globals.noPartialParse)
                .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
        options = new ParseOptions(options.partialParse(), true, invocationId, options.env(), options.threads());
        long start = System.nanoTime();
        ParsedProject parsed = ProjectParser.parse(config, options);
        Events.debug("ParsePerfInfo", String.format(java.util.Locale.ROOT, "Parsed in %.2fs (%d files rendered, %d reused)",
                (System.nanoTime() - start) / 1e9, parsed.renderedFiles(), parsed.reusedFiles()));
        return new ProjectSession(config, parsed, globals);
    }

    RuntimeConfig config() {
        return config;
    }

    ParsedProject parsed() {
        return parsed;
    }

    Manifest manifest() {
        return parsed.manifest();
    }

    /** dbt's "Found 5 models, 3 seeds, 10 data tests, 2 sources, 450 macros". */
    void reportFound() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : List.of("model", "snapshot", "analysis", "seed", "data test", "unit test", "source", "exposure",
                "macro", "group")) {
            counts.put(kind, 0);
        }
        for (ManifestNode node : manifest().getNodes().values()) {
            String kind = switch (node.getResourceType()) {
                case "test" -> "data test";
                case "unit_test" -> "unit test";
                default -> node.getResourceType();
            };
            counts.merge(kind, 1, Integer::sum);
        }
        counts.merge("source", manifest().getSources().size(), Integer::sum);
        counts.merge("exposure", manifest().getExposures().size(), Integer::sum);
        counts.merge("macro", manifest().getMacros().size(), Integer::sum);
        counts.merge("group", manifest().getGroups().size(), Integer::sum);
        StringBuilder line = new StringBuilder();
        counts.forEach((kind, count) -> {
            if (count > 0) {
                line.append(line.length() == 0 ? "" : ", ").append(count).append(' ')
                        .append(count == 1 ? kind : plural(kind));
            }
        });
        Events.info("FoundStats", "Found " + line);
    }

    private static String plural(String kind) {
        return kind.equals("analysis") ? "analyses" : kind + "s";
    }

    /** Applies dbt node selection to the manifest. */
    SelectionResult select(SelectionCriteria criteria) {
        SelectionContext context = SelectionContext.empty().withProjectRoot(config.projectRoot());
        Path selectors = config.projectRoot().resolve("selectors.yml");
        if (Files.isRegularFile(selectors)) {
            context = context.withSelectors(YamlSelectors.fromYaml(YamlFiles.read(selectors).root(), selectors));
        }
        if (globals.state != null) {
            context = context.withPreviousState(StateArtifacts.read(Path.of(globals.state).toAbsolutePath(), manifest(),
                    config.targetPath()));
        }
        SelectionResult result = new NodeSelector(new ManifestSelection(manifest(), parsed.rootPackage()), context)
                .select(criteria);
        for (String spec : result.unmatched()) {
            Events.warn("NoNodesForSelectionCriteria", "The selection criterion '" + spec
                    + "' does not match any enabled nodes");
        }
        return result;
    }

    static Set<String> types(String... types) {
        return Set.of(types);
    }
}
