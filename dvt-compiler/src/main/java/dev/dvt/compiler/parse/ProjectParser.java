package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.ArtifactMetadata;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestMetadata;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.compiler.context.EnvironmentVariables;
import dev.dvt.compiler.context.ProjectVariables;
import dev.dvt.compiler.context.RelationFactory;
import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.jinja.MacroDefinition;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.compiler.jinja.MacroSource;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.DispatchConfig;
import dev.dvt.core.config.ProjectConfig;
import dev.dvt.core.config.ProjectConfigResolver;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.core.graph.ManifestGraph;
import dev.dvt.core.yaml.SecretKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses a project and its installed packages into a dbt manifest (v12):
 *
 * <pre>{@code
 * RuntimeConfig config = RuntimeConfig.load(cliOverrides);
 * ParsedProject parsed = ProjectParser.parse(config, ParseOptions.defaults().withPartialParse(!noPartialParse));
 * Manifest manifest = parsed.manifest();           // target/manifest.json is written too
 * }</pre>
 *
 * Every problem is a {@link DvtException} (PARSE or COMPILATION) naming the file and, when known,
 * the line.
 */
public final class ProjectParser {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectParser.class);
    /** Bumped when parsing changes in a way that makes older partial-parse results wrong. */
    private static final String PARSER_VERSION = "dvt-parser-1";

    private ProjectParser() {
    }

    public static ParsedProject parse(RuntimeConfig config, ParseOptions options) {
        requireNonNull(config, "config is null");
        requireNonNull(options, "options is null");
        long start = System.nanoTime();
        long t = start;
        ProjectConfig root = config.project();
        TargetConfig target = config.target();
        List<PackageProject> packages = PackageLoader.load(config, options.env());
        Map<String, Path> packageRoots = new LinkedHashMap<>();
        packages.forEach(p -> packageRoots.put(p.name(), p.root()));

        List<ProjectFile> files = FileScan.all(packages, options.threads());
        t = phase("read files", t);
        List<MacroSource> macroSources = new ArrayList<>();
        for (ProjectFile f : files) {
            if (f.kind() == FileKind.MACRO) {
                macroSources.add(new MacroSource(f.packageName(), Path.of(f.originalFilePath()), f.text()));
            } else if (f.kind() == FileKind.MODEL && f.originalFilePath().endsWith(".py")) {
                throw new DvtException(ErrorCode.PARSE, "Python models are not supported by DVT: "
                        + f.originalFilePath() + ". Rewrite the model in SQL or remove it", f.absolutePath(), 1);
            }
        }
        MacroLibrary library = MacroLibrary.load(root.name(), macroSources);
        DvtTemplateEngine engine = engine(library, config);
        t = phase("macros and engine", t);
        ProjectVariables vars = new ProjectVariables(PackageLoader.vars(packages, config));
        EnvironmentVariables env = new EnvironmentVariables(options.env());
        RelationFactory relations = new RelationFactory(DialectRegistry.forType(target.type()), root.quoting());

        Map<String, ProjectConfig> deps = new LinkedHashMap<>();
        packages.stream().filter(p -> !p.isRoot()).forEach(p -> deps.put(p.name(), p.config()));
        ProjectConfigResolver resolver = new ProjectConfigResolver(root, deps);
        ParseRenderer renderer = new ParseRenderer(engine, vars, env, relations, target);

        String fingerprint = fingerprint(config, packages, library);
        Path cacheFile = config.targetPath().resolve(PartialParseCache.FILE_NAME);
        Map<String, PartialParseCache.Entry> cache = options.partialParse()
                ? PartialParseCache.load(cacheFile, fingerprint) : Map.of();
        FileRenderer.Outcome rendered = FileRenderer.renderAll(files, renderer, cache, options);
        t = phase("render", t);

        RelationNaming naming = new RelationNaming(engine, target);
        Map<String, String> rootPaths = new LinkedHashMap<>();
        packageRoots.forEach((k, v) -> rootPaths.put(k, v.toString()));
        NodeBuilder nodes = new NodeBuilder(resolver, naming, relations, rootPaths);
        SourceBuilder sources = new SourceBuilder(resolver, relations, target, config.profiles().targetNames(),
                renderer::renderValue);
        GenericTestBuilder tests = new GenericTestBuilder(library, resolver, naming);
        Manifest manifest = new ManifestAssembler(files, rendered.results(), nodes, sources, tests, library,
                packageRoots, options.threads()).assemble();
        t = phase("build nodes", t);

        new TargetPlacement(config, manifest).apply(engine, root.quoting(), packageRoots);
        ManifestLinker linker = new ManifestLinker(manifest, root.name(), packageRoots);
        ManifestLinker.checkUniqueNames(manifest, packageRoots);
        ManifestAssembler.disableTestsOfDisabledNodes(manifest, linker);
        linker.link();
        ManifestAssembler.attachTests(manifest, linker);
        manifest.buildDependencyMaps();
        ManifestGraph.of(manifest);
        t = phase("link and check", t);
        manifest.setMetadata(metadata(root.name(), target.type(), options));

        if (options.writeArtifacts()) {
            // The two files are independent; writing them at once halves this phase on two cores.
            Parallel.map(List.<Runnable>of(
                    () -> ManifestWriter.write(manifest, config.targetPath().resolve("manifest.json")),
                    () -> PartialParseCache.save(cacheFile, fingerprint, rendered.cacheEntries())),
                    options.threads(), r -> {
                        r.run();
                        return r;
                    });
        t = phase("write artifacts", t);
        }
        LOG.debug("Parsed {} nodes, {} sources, {} macros in {} ms ({} files rendered, {} reused)",
                manifest.getNodes().size(), manifest.getSources().size(), manifest.getMacros().size(),
                (System.nanoTime() - start) / 1_000_000, rendered.renderedFiles(), rendered.reusedFiles());
        return new ParsedProject(config, manifest, library, engine, packages, vars, env, relations,
                rendered.renderedFiles(), rendered.reusedFiles());
    }

    private static long phase(String name, long since) {
        long now = System.nanoTime();
        LOG.debug("Parse phase '{}' took {} ms", name, (now - since) / 1_000_000);
        return now;
    }

    private static DvtTemplateEngine engine(MacroLibrary library, RuntimeConfig config) {
        DvtTemplateEngine.Builder builder = DvtTemplateEngine.builder(library)
                .global("target", targetMap(config.target(), config.profileName()))
                .global("project_name", config.project().name())
                .global("dbt_version", ArtifactMetadata.DBT_VERSION)
                .adapterTypes(List.of(config.target().type()));
        for (DispatchConfig d : config.project().dispatch()) {
            builder.dispatchSearchOrder(d.macroNamespace(), d.searchOrder());
        }
        return builder.build();
    }

    /** {@code target} as templates see it: the output's keys without secrets, plus profile_name. */
    static Map<String, Object> targetMap(TargetConfig target, String profileName) {
        Map<String, Object> map = new LinkedHashMap<>();
        target.asMap().forEach((k, v) -> {
            if (!SecretKeys.isSecret(k)) {
                map.put(k, v);
            }
        });
        map.put("profile_name", profileName);
        map.put("target_name", target.name());
        return map;
    }

    private static ManifestMetadata metadata(String project, String adapterType, ParseOptions options) {
        ManifestMetadata metadata = new ManifestMetadata();
        metadata.setProjectName(project);
        metadata.setAdapterType(adapterType);
        metadata.setInvocationId(options.invocationId());
        Map<String, Object> env = new TreeMap<>();
        options.env().forEach((k, v) -> {
            if (k.startsWith("DBT_ENV_CUSTOM_ENV_")) {
                env.put(k.substring("DBT_ENV_CUSTOM_ENV_".length()), v);
            }
        });
        metadata.setEnv(new LinkedHashMap<>(env));
        return metadata;
    }

    /** Everything outside single files that can change a render result. */
    private static String fingerprint(RuntimeConfig config, List<PackageProject> packages, MacroLibrary library) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> parts = new ArrayList<>();
            parts.add(PARSER_VERSION);
            parts.add(ArtifactMetadata.DBT_VERSION);
            parts.add(config.profileName());
            TargetConfig t = config.target();
            parts.add(t.name() + "|" + t.type() + "|" + t.database() + "|" + t.schema());
            parts.add(new TreeMap<>(config.cliVars()).toString());
            for (PackageProject p : packages) {
                parts.add(p.name() + "|" + p.config().file() + "|" + p.config().toString());
            }
            for (MacroDefinition m : library.macros()) {
                parts.add(m.uniqueId() + "|" + m.source());
            }
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
