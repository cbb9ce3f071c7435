package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.AnalysisNode;
import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.Contract;
import dev.dvt.artifacts.manifest.Docs;
import dev.dvt.artifacts.manifest.FileHash;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ModelNode;
import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.artifacts.manifest.RefArgs;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.artifacts.manifest.SeedNode;
import dev.dvt.artifacts.manifest.SingularTestNode;
import dev.dvt.artifacts.manifest.SnapshotNode;
import dev.dvt.compiler.context.RelationFactory;
import dev.dvt.core.config.ProjectConfigResolver;
import dev.dvt.core.config.ResourceKind;
import dev.dvt.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a file (and its render result and properties entry) into a manifest node with dbt's
 * unique id, fqn, paths and config layering: project hierarchy, then properties YAML, then
 * {@code config()} in the file.
 */
final class NodeBuilder {

    private final ProjectConfigResolver resolver;
    private final RelationNaming naming;
    private final RelationFactory relations;
    private final Map<String, String> packageRoots;

    NodeBuilder(ProjectConfigResolver resolver, RelationNaming naming, RelationFactory relations,
            Map<String, String> packageRoots) {
        this.resolver = resolver;
        this.naming = naming;
        this.relations = relations;
        this.packageRoots = packageRoots;
    }

    /** What a SQL node is made from. */
    record SqlSource(ProjectFile file, String name, String rawCode, RenderResult calls, ResourcePatch patch,
            Object version, YamlMap versionEntry) {
    }

    ManifestNode model(SqlSource s, Object latestVersion) {
        ModelNode node = new ModelNode();
        List<String> fqn = fqn(s.file().packageName(), s.file().relativePath(), s.name());
        if (s.version() != null) {
            fqn.add("v" + s.version());
            node.setVersion(s.version());
            node.setLatestVersion(latestVersion);
        }
        String id = "model." + s.file().packageName() + "." + s.name() + (s.version() == null ? "" : ".v" + s.version());
        fill(node, ResourceKind.MODEL, s, id, fqn, s.file().relativePath());
        NodeConfig config = node.getConfig();
        node.setAccess(config.getString("access") == null ? "protected" : config.getString("access"));
        if (config.get("contract") instanceof Map<?, ?> contract) {
            Contract c = new Contract();
            c.setEnforced(Boolean.TRUE.equals(contract.get("enforced")));
            node.setContract(c);
        }
        if (s.patch() != null) {
            YamlMap entry = s.patch().entry();
            if (entry.has("constraints")) {
                node.setConstraints(List.of(YamlValues.convert(entry, "constraints",
                        dev.dvt.artifacts.manifest.Constraint[].class)));
            }
            node.setDeprecationDate(entry.string("deprecation_date").orElse(null));
        }
        return node;
    }

    ManifestNode analysis(SqlSource s) {
        AnalysisNode node = new AnalysisNode();
        String path = "analysis/" + s.file().relativePath();
        fill(node, ResourceKind.ANALYSIS, s, "analysis." + s.file().packageName() + "." + s.name(),
                fqn(s.file().packageName(), path, s.name()), path);
        return node;
    }

    ManifestNode singularTest(SqlSource s) {
        SingularTestNode node = new SingularTestNode();
        fill(node, ResourceKind.TEST, s, "test." + s.file().packageName() + "." + s.name(),
                fqn(s.file().packageName(), s.file().relativePath(), s.name()), s.file().relativePath());
        return node;
    }

    /** A {@code {% snapshot %}} block: its fqn includes the file name, as in dbt. */
    ManifestNode snapshot(SqlSource s) {
        SnapshotNode node = new SnapshotNode();
        List<String> fqn = fqn(s.file().packageName(), s.file().relativePath(), null);
        fqn.add(s.file().baseName());
        fqn.add(s.name());
        fill(node, ResourceKind.SNAPSHOT, s, "snapshot." + s.file().packageName() + "." + s.name(), fqn,
                s.file().relativePath());
        return node;
    }

    /** A snapshot from properties YAML; its file is the YAML file. */
    ManifestNode yamlSnapshot(SqlSource s) {
        SnapshotNode node = new SnapshotNode();
        fill(node, ResourceKind.SNAPSHOT, s, "snapshot." + s.file().packageName() + "." + s.name(),
                fqn(s.file().packageName(), s.file().relativePath(), s.name()), s.file().relativePath());
        return node;
    }

    ManifestNode seed(ProjectFile file, ResourcePatch patch) {
        SeedNode node = new SeedNode();
        SqlSource s = new SqlSource(file, file.baseName(), "", RenderResult.EMPTY, patch, null, null);
        fill(node, ResourceKind.SEED, s, "seed." + file.packageName() + "." + file.baseName(),
                fqn(file.packageName(), file.relativePath(), file.baseName()), file.relativePath());
        node.setRootPath(packageRoots.get(file.packageName()));
        return node;
    }

    /** [package, directories of {@code path}..., name]; name left off when null. */
    static List<String> fqn(String packageName, String path, String name) {
        List<String> fqn = new ArrayList<>();
        fqn.add(packageName);
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                fqn.add(parts[i]);
            }
        }
        if (name != null) {
            fqn.add(name);
        }
        return fqn;
    }

    private void fill(ManifestNode node, ResourceKind kind, SqlSource s, String uniqueId, List<String> fqn,
            String path) {
        ProjectFile file = s.file();
        node.setName(s.name());
        node.setPackageName(file.packageName());
        node.setUniqueId(uniqueId);
        node.setFqn(fqn);
        node.setPath(path);
        node.setOriginalFilePath(file.originalFilePath());
        node.setChecksum(kind == ResourceKind.SEED || s.rawCode().equals(file.text()) ? file.checksum()
                : FileHash.sha256(s.rawCode()));
        node.setRawCode(s.rawCode());

        NodeConfig config = NodeConfig.defaultsFor(node.resourceType());
        config.merge(resolver.configFor(kind, fqn));
        Map<String, Object> unrendered = new LinkedHashMap<>();
        if (s.patch() != null) {
            Map<String, Object> yaml = yamlConfig(s.patch().entry());
            if (s.versionEntry() != null) {
                dev.dvt.core.config.ConfigMerger.mergeInto(yaml, yamlConfig(s.versionEntry()));
            }
            config.merge(yaml);
            unrendered.putAll(yaml);
            node.setPatchPath(file.packageName() + "://" + s.patch().originalFilePath());
            YamlMap entry = s.patch().entry();
            node.setDescription(entry.string("description", ""));
            Map<String, dev.dvt.artifacts.manifest.ColumnInfo> columns = YamlValues.columns(entry);
            if (s.versionEntry() != null) {
                columns.putAll(YamlValues.columns(s.versionEntry()));
                s.versionEntry().string("description").ifPresent(node::setDescription);
            }
            node.setColumns(columns);
        }
        config.merge(s.calls().config());
        unrendered.putAll(s.calls().config());
        node.setConfig(config);
        node.setConfigCallDict(new LinkedHashMap<>(s.calls().config()));
        node.setUnrenderedConfig(unrendered);
        node.setTags(new ArrayList<>(config.getTags()));
        node.setMeta(new LinkedHashMap<>(config.getMeta()));
        node.setGroup(config.getGroup());
        if (config.get("docs") instanceof Map<?, ?> docs) {
            Docs d = new Docs();
            d.setShow(!Boolean.FALSE.equals(docs.get("show")));
            d.setNodeColor(docs.get("node_color") == null ? null : docs.get("node_color").toString());
            node.setDocs(d);
        }
        if (node instanceof CompiledNode compiled) {
            compiled.setLanguage("sql");
            List<RefArgs> refs = new ArrayList<>();
            for (RefCall r : s.calls().refs()) {
                refs.add(new RefArgs(r.name(), r.packageName(), r.version()));
            }
            compiled.setRefs(refs);
            compiled.setSources(new ArrayList<>(s.calls().sources()));
        }
        s.calls().macroCalls().forEach(node.getDependsOn()::addMacro);
        naming.apply(node, s.version());
        node.setRelationName(relations.relationName(node));
    }

    /** The YAML layer: {@code config:} plus the top-level keys dbt also treats as config. */
    static Map<String, Object> yamlConfig(YamlMap entry) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        for (String key : List.of("meta", "docs", "access", "group")) {
            if (entry.has(key)) {
                yaml.put(key, entry.get(key));
            }
        }
        dev.dvt.core.config.ConfigMerger.mergeInto(yaml, YamlValues.config(entry));
        return yaml;
    }

    static ResourceType typeOf(FileKind kind) {
        return switch (kind) {
            case MODEL -> ResourceType.MODEL;
            case ANALYSIS -> ResourceType.ANALYSIS;
            case SNAPSHOT -> ResourceType.SNAPSHOT;
            case SINGULAR_TEST -> ResourceType.TEST;
            case SEED -> ResourceType.SEED;
            default -> throw new IllegalArgumentException("not a node file: " + kind);
        };
    }
}
