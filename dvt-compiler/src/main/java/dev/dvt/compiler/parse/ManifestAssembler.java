package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.Documentation;
import dev.dvt.artifacts.manifest.GenericTestNode;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.RefArgs;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlMap;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Puts the parsed files together into a manifest (before refs are resolved). */
final class ManifestAssembler {

    private final List<ProjectFile> files;
    private final Map<String, Map<String, RenderResult>> results;
    private final NodeBuilder nodes;
    private final SourceBuilder sources;
    private final GenericTestBuilder tests;
    private final MacroLibrary library;
    private final Map<String, Path> packageRoots;
    private final int threads;
    private final Manifest manifest = new Manifest();
    private final PropertiesReader properties = new PropertiesReader();

    ManifestAssembler(List<ProjectFile> files, Map<String, Map<String, RenderResult>> results, NodeBuilder nodes,
            SourceBuilder sources, GenericTestBuilder tests, MacroLibrary library, Map<String, Path> packageRoots,
            int threads) {
        this.files = files;
        this.results = results;
        this.nodes = nodes;
        this.sources = sources;
        this.tests = tests;
        this.library = library;
        this.packageRoots = packageRoots;
        this.threads = threads;
    }

    Manifest assemble() {
        SeedNames.checkUnique(files);
        List<ProjectFile> yamlFiles = files.stream().filter(f -> f.kind() == FileKind.PROPERTIES).toList();
        List<YamlDocument> docs = Parallel.map(yamlFiles, threads, PropertiesReader::parse);
        for (int i = 0; i < yamlFiles.size(); i++) {
            properties.read(yamlFiles.get(i), docs.get(i));
        }
        List<Supplier<List<ManifestNode>>> work = modelWork();
        for (ProjectFile f : files) {
            switch (f.kind()) {
                case ANALYSIS -> work.add(() -> List.of(nodes.analysis(sql(f, f.baseName(), f.text(), body(f, ""),
                        "analyses"))));
                case SINGULAR_TEST -> work.add(() -> List.of(nodes.singularTest(sql(f, f.baseName(), f.text(),
                        body(f, ""), null))));
                case SEED -> work.add(() -> List.of(nodes.seed(f, patch(f.packageName(), "seeds", f.baseName()))));
                case SNAPSHOT -> work.add(() -> {
                    List<ManifestNode> snapshots = new java.util.ArrayList<>();
                    for (NamedBlocks.NamedBlock b : NamedBlocks.extract(f.text(), "snapshot", f.absolutePath())) {
                        snapshots.add(nodes.snapshot(sql(f, b.name(), b.body(), body(f, b.name()), "snapshots")));
                    }
                    return snapshots;
                });
                case DOCS -> addDocs(f);
                default -> { }
            }
        }
        for (PropertiesReader.Entry e : properties.yamlSnapshots) {
            work.add(() -> List.of(yamlSnapshot(e)));
        }
        // Nodes are independent of each other until refs are linked, so they are built in parallel.
        Parallel.map(work, threads, Supplier::get).forEach(built -> built.forEach(this::add));
        for (PropertiesReader.SourceTable t : properties.sourceTables) {
            SourceDefinition s = sources.build(t);
            if (s.getConfig().getEnabled()) {
                manifest.addSource(s);
            } else {
                manifest.addDisabled(s);
            }
        }
        OtherResources.addMacros(manifest, library, properties, packageRoots);
        OtherResources.addExposures(manifest, properties);
        OtherResources.addGroups(manifest, properties);
        addTests();
        return manifest;
    }

    private List<Supplier<List<ManifestNode>>> modelWork() {
        List<Supplier<List<ManifestNode>>> work = new java.util.ArrayList<>();
        Map<String, ProjectFile> modelFiles = new LinkedHashMap<>();
        for (ProjectFile f : files) {
            if (f.kind() == FileKind.MODEL) {
                ProjectFile previous = modelFiles.putIfAbsent(f.packageName() + ":" + f.baseName(), f);
                if (previous != null) {
                    throw new DvtException(ErrorCode.PARSE, "Package '" + f.packageName() + "' has two models named '"
                            + f.baseName() + "': " + previous.originalFilePath() + " and " + f.originalFilePath()
                            + ". Model names must be unique within a package; rename one of them",
                            f.absolutePath(), 0);
                }
            }
        }
        Set<String> consumed = new HashSet<>();
        for (ResourcePatch patch : properties.patches.values()) {
            if (!patch.yamlKey().equals("models") || !patch.entry().has("versions")) {
                continue;
            }
            List<YamlMap> versions = PropertiesReader.listOfMaps(patch.entry(), "versions");
            Object latest = patch.entry().get("latest_version");
            if (latest == null) {
                latest = versions.stream().map(v -> v.get("v")).max((a, b) -> compareVersions(a, b)).orElse(null);
            }
            for (YamlMap version : versions) {
                Object v = version.get("v");
                if (v == null) {
                    throw version.error(ErrorCode.PARSE, "v", "Each entry of versions: of model '" + patch.name()
                            + "' needs a 'v:'");
                }
                String definedIn = version.string("defined_in", patch.name() + "_v" + v);
                String key = patch.packageName() + ":" + definedIn;
                ProjectFile f = modelFiles.get(key);
                if (f == null && String.valueOf(v).equals(String.valueOf(latest))) {
                    key = patch.packageName() + ":" + patch.name();
                    f = modelFiles.get(key);
                }
                if (f == null) {
                    throw version.error(ErrorCode.PARSE, "v", "Version " + v + " of model '" + patch.name()
                            + "' has no SQL file: expected " + definedIn + ".sql (or set defined_in:)");
                }
                consumed.add(key);
                ProjectFile file = f;
                Object latestVersion = latest;
                work.add(() -> List.of(nodes.model(new NodeBuilder.SqlSource(file, patch.name(), file.text(),
                        body(file, ""), patch, v, version), latestVersion)));
            }
        }
        modelFiles.forEach((key, f) -> {
            if (!consumed.contains(key)) {
                work.add(() -> List.of(nodes.model(sql(f, f.baseName(), f.text(), body(f, ""), "models"), null)));
            }
        });
        return work;
    }

    private static int compareVersions(Object a, Object b) {
        try {
            return Double.compare(Double.parseDouble(String.valueOf(a)), Double.parseDouble(String.valueOf(b)));
        } catch (NumberFormatException e) {
            return String.valueOf(a).compareTo(String.valueOf(b));
        }
    }

    private NodeBuilder.SqlSource sql(ProjectFile f, String name, String raw, RenderResult calls, String yamlKey) {
        ResourcePatch patch = yamlKey == null ? null : patch(f.packageName(), yamlKey, name);
        return new NodeBuilder.SqlSource(f, name, raw, calls, patch, null, null);
    }

    private ResourcePatch patch(String pkg, String yamlKey, String name) {
        return properties.patches.get(ResourcePatch.key(pkg, yamlKey, name));
    }

    private RenderResult body(ProjectFile f, String name) {
        Map<String, RenderResult> bodies = results.get(f.key());
        RenderResult r = bodies == null ? null : bodies.get(name);
        return r == null ? RenderResult.EMPTY : r;
    }

    private void add(ManifestNode node) {
        if (node.getConfig().getEnabled()) {
            manifest.addNode(node);
        } else {
            manifest.addDisabled(node);
        }
    }

    /** A dbt 1.9 snapshot declared in YAML: {@code relation:} names what it selects from. */
    private ManifestNode yamlSnapshot(PropertiesReader.Entry e) {
        YamlMap entry = e.map();
        String name = entry.requiredString("name");
        String relation = entry.requiredString("relation");
        String raw = "select * from {{ " + relation + " }}";
        RenderResult calls = JinjaScan.staticParse(JinjaScan.blocks(raw)).orElseThrow(() -> entry.error(
                ErrorCode.PARSE, "relation", "Snapshot '" + name + "': relation must be ref('model') or "
                        + "source('source', 'table'), got " + relation));
        String original = e.originalFilePath();
        String relative = original.substring(original.indexOf('/') + 1);
        ProjectFile yml = new ProjectFile(e.packageName(), FileKind.PROPERTIES, entry.document().file(), original,
                relative, raw, dev.dvt.artifacts.manifest.FileHash.sha256(raw));
        ResourcePatch patch = patch(e.packageName(), "snapshots", name);
        return nodes.yamlSnapshot(new NodeBuilder.SqlSource(yml, name, raw, calls, patch, null, null));
    }

    private void addDocs(ProjectFile f) {
        for (NamedBlocks.NamedBlock b : NamedBlocks.extract(f.text(), "docs", f.absolutePath())) {
            Documentation doc = new Documentation();
            doc.setName(b.name());
            doc.setPackageName(f.packageName());
            doc.setUniqueId("doc." + f.packageName() + "." + b.name());
            doc.setPath(f.relativePath());
            doc.setOriginalFilePath(f.originalFilePath());
            doc.setBlockContents(b.body().strip());
            if (manifest.getDocs().containsKey(doc.getUniqueId())) {
                throw new DvtException(ErrorCode.PARSE, "Package '" + f.packageName() + "' defines the docs block '"
                        + b.name() + "' twice (again in " + f.originalFilePath() + "); rename one of them",
                        f.absolutePath(), b.line());
            }
            manifest.addDoc(doc);
        }
    }

    private void addTests() {
        List<GenericTestNode> built = Parallel.map(properties.tests, threads, tests::build);
        for (int i = 0; i < built.size(); i++) {
            TestDeclaration d = properties.tests.get(i);
            GenericTestNode node = built.get(i);
            if (manifest.getNodes().containsKey(node.getUniqueId())) {
                throw new DvtException(ErrorCode.PARSE, "Two tests in " + d.originalFilePath() + " have the same name '"
                        + node.getName() + "' and arguments; remove the duplicate or give one a name:",
                        d.file(), d.line());
            }
            add(node);
        }
    }

    /** dbt quietly disables a generic test whose model, seed or snapshot is disabled. */
    static void disableTestsOfDisabledNodes(Manifest manifest, ManifestLinker linker) {
        Set<String> disabledNames = new HashSet<>();
        manifest.getDisabled().values().forEach(list -> list.forEach(r -> {
            if (r instanceof ManifestNode n && ManifestLinker.isRefable(n)) {
                disabledNames.add(n.getName());
            }
        }));
        List<GenericTestNode> orphans = new java.util.ArrayList<>();
        for (ManifestNode node : manifest.getNodes().values()) {
            if (node instanceof GenericTestNode test && !test.getFileKeyName().startsWith("sources.")) {
                RefArgs target = test.getRefs().get(test.getRefs().size() - 1);
                if (disabledNames.contains(target.getName()) && linker.find(test.getPackageName(), target) == null) {
                    orphans.add(test);
                }
            }
        }
        for (GenericTestNode test : orphans) {
            manifest.getNodes().remove(test.getUniqueId());
            manifest.addDisabled(test);
        }
    }

    /** Sets attached_node (and group) of generic tests once every node is known. */
    static void attachTests(Manifest manifest, ManifestLinker linker) {
        for (ManifestNode node : manifest.getNodes().values()) {
            if (node instanceof GenericTestNode test && !test.getFileKeyName().startsWith("sources.")) {
                RefArgs target = test.getRefs().get(test.getRefs().size() - 1);
                ManifestNode attached = linker.find(test.getPackageName(), target);
                if (attached != null) {
                    test.setAttachedNode(attached.getUniqueId());
                    test.setGroup(attached.getGroup());
                }
            }
        }
    }
}
