package dev.dvt.cli;

import dev.dvt.artifacts.ArtifactMetadata;
import dev.dvt.artifacts.catalog.Catalog;
import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.cli.run.RunResultsFile;
import dev.dvt.cli.run.Targets;
import dev.dvt.compiler.compile.CompileContext;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.runtime.AdapterFunctions;
import dev.dvt.compiler.runtime.AdapterStatements;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.catalog.CatalogGatherer;
import dev.dvt.core.catalog.CatalogQueries;
import dev.dvt.core.catalog.CatalogRelation;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.events.Events;
import dev.dvt.core.task.NodeOutcome;
import dev.dvt.spi.Adapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dvt docs generate}: compiles the project, describes every model, seed, snapshot and
 * source relation from each target's metadata into target/catalog.json, and writes
 * target/manifest.json and a static target/index.html.
 */
@Command(name = "generate", description = "Write target/catalog.json, manifest.json and a static index.html.")
final class DocsGenerateCommand extends BaseCommand {
    private static final Set<String> COMPILED = Set.of("model", "test", "snapshot", "analysis");
    private static final Set<String> CATALOGUED = Set.of("model", "seed", "snapshot", "source");

    @Mixin
    SelectionOptions selection;

    @Option(names = "--compile", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compile the project first (default); --no-compile uses the parsed manifest as it is.")
    boolean compile;

    @Option(names = "--empty-catalog", description = "Write catalog.json without querying the database.")
    boolean emptyCatalog;

    @Override
    protected int run() {
        long started = System.nanoTime();
        RuntimeConfig config = loadConfig();
        ProjectSession session = ProjectSession.open(config, globals(), invocationId());
        session.reportFound();
        List<String> selected = session.select(selection.criteria(CATALOGUED)).selected().stream().toList();
        Catalog catalog = new Catalog();
        ArtifactMetadata metadata = new ArtifactMetadata(Catalog.SCHEMA_VERSION, invocationId());
        metadata.setGeneratedAt(Instant.now());
        catalog.setMetadata(metadata);
        List<NodeOutcome> outcomes = new ArrayList<>();
        try (Targets targets = new Targets(config, session.parsed().engine())) {
            if (compile) {
                outcomes = compileAll(session, targets);
            }
            if (!emptyCatalog) {
                info("BuildingCatalog", "Building catalog");
                gather(session, targets, selected, catalog);
            }
        }
        Path target = config.targetPath();
        catalog.write(target.resolve("catalog.json"));
        ManifestWriter.write(session.manifest(), target.resolve("manifest.json"));
        writeIndex(target.resolve("index.html"), DocsSite.render(session.parsed().rootPackage(), session.manifest(), catalog));
        if (compile) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("which", "generate");
            args.put("select", selection.select);
            args.put("exclude", selection.exclude);
            args.put("compile", compile);
            args.put("empty_catalog", emptyCatalog);
            RunResultsFile.write(target, RunResultsFile.build(outcomes, (System.nanoTime() - started) / 1e9, args,
                    invocationId()));
        }
        if (catalog.getErrors() != null) {
            catalog.getErrors().forEach(error -> Events.warn("CatalogGenerationError", error));
        }
        info("CatalogWritten", "Catalog written to " + target.resolve("catalog.json").toAbsolutePath().normalize());
        return 0;
    }

    private static List<NodeOutcome> compileAll(ProjectSession session, Targets targets) {
        Adapter adapter = targets.adapter(targets.defaultTarget());
        CompileContext context = CompileContext.builder()
                .statementExecutor(new AdapterStatements(adapter))
                .adapterFunctions(new AdapterFunctions(adapter).functions())
                .build();
        NodeCompiler compiler = new NodeCompiler(session.parsed());
        List<NodeOutcome> outcomes = new ArrayList<>();
        for (ManifestNode node : session.manifest().getNodes().values()) {
            if (node instanceof CompiledNode compilable && COMPILED.contains(node.getResourceType())
                    && !"ephemeral".equals(node.getConfig().getMaterialized())) {
                Instant start = Instant.now();
                compiler.compile(compilable, context);
                Instant end = Instant.now();
                outcomes.add(new NodeOutcome(node.getUniqueId(), NodeStatus.SUCCESS, "OK", null, Map.of(), start, end, null,
                        null, compilable.getCompiledCode(), node.getRelationName(), null));
            }
        }
        return outcomes;
    }

    /** Describes the selected relations, one metadata query per schema, on the target each lives on. */
    private static void gather(ProjectSession session, Targets targets, List<String> selected, Catalog catalog) {
        Map<String, List<CatalogRelation>> byTarget = new LinkedHashMap<>();
        for (String id : selected) {
            ManifestNode node = session.manifest().getNodes().get(id);
            if (node != null && CATALOGUED.contains(node.getResourceType())
                    && !"ephemeral".equals(node.getConfig().getMaterialized()) && node.getSchema() != null) {
                String identifier = node.getAlias() != null ? node.getAlias() : node.getName();
                byTarget.computeIfAbsent(targets.defaultTarget(), k -> new ArrayList<>())
                        .add(new CatalogRelation(id, false, new RelationName(node.getDatabase(), node.getSchema(), identifier)));
            }
            SourceDefinition source = session.manifest().getSources().get(id);
            if (source != null && source.getSchema() != null) {
                byTarget.computeIfAbsent(connectionOf(source, targets), k -> new ArrayList<>())
                        .add(new CatalogRelation(id, true, new RelationName(source.getDatabase(), source.getSchema(),
                                source.getIdentifier())));
            }
        }
        byTarget.forEach((target, relations) -> {
            Adapter adapter = targets.adapter(target);
            java.sql.Connection connection = adapter.jdbcConnection().orElseThrow(() -> new DvtException(ErrorCode.CONFIG,
                    "Target '" + target + "' (" + adapter.type() + ") has no JDBC connection to read its catalog from."));
            new CatalogGatherer(CatalogQueries.forDialect(adapter.dialect())).addTo(catalog, connection, relations);
        });
    }

    /** The target a source lives on: its {@code connection:}, else the default target. */
    static String connectionOf(SourceDefinition source, Targets targets) {
        Object connection = source.getConfig().get("connection");
        return connection == null ? targets.defaultTarget() : connection.toString();
    }

    private static void writeIndex(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
