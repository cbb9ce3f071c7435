package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.FreshnessThreshold;
import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.artifacts.manifest.Quoting;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.compiler.context.RelationFactory;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ConfigMerger;
import dev.dvt.core.config.ProjectConfigResolver;
import dev.dvt.core.config.ResourceKind;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a source table from its properties entry. A source may name the profile output holding
 * it ({@code connection:}), which must be an output of the active profile; without one it is on
 * the active target, so dbt projects parse unchanged. Jinja in database, schema, identifier and
 * loaded_at_field is rendered, as dbt does.
 */
final class SourceBuilder {

    /** DVT's error code for a source naming a connection the profile does not have. */
    static final String MISSING_CONNECTION = "DVT102";

    private final ProjectConfigResolver resolver;
    private final RelationFactory relations;
    private final TargetConfig target;
    private final List<String> outputs;
    private final Jinja jinja;

    /** Renders a property value that holds Jinja ({@code schema: "{{ target.schema }}_raw"}). */
    @FunctionalInterface
    interface Jinja {
        String render(String packageName, String text);
    }

    SourceBuilder(ProjectConfigResolver resolver, RelationFactory relations, TargetConfig target,
            List<String> outputs, Jinja jinja) {
        this.resolver = resolver;
        this.relations = relations;
        this.target = target;
        this.outputs = List.copyOf(outputs);
        this.jinja = jinja;
    }

    private String rendered(PropertiesReader.SourceTable t, String value) {
        return value == null || (!value.contains("{{") && !value.contains("{%")) ? value
                : jinja.render(t.packageName(), value).strip();
    }

    SourceDefinition build(PropertiesReader.SourceTable t) {
        YamlMap src = t.source();
        YamlMap table = t.table();
        String sourceName = src.requiredString("name");
        String tableName = table.requiredString("name");
        SourceDefinition s = new SourceDefinition();
        s.setName(tableName);
        s.setSourceName(sourceName);
        s.setPackageName(t.packageName());
        s.setUniqueId("source." + t.packageName() + "." + sourceName + "." + tableName);
        s.setPath(t.originalFilePath());
        s.setOriginalFilePath(t.originalFilePath());
        String relative = t.originalFilePath().contains("/")
                ? t.originalFilePath().substring(t.originalFilePath().indexOf('/') + 1) : t.originalFilePath();
        List<String> fqn = NodeBuilder.fqn(t.packageName(), relative, sourceName);
        fqn.add(tableName);
        s.setFqn(fqn);

        NodeConfig config = NodeConfig.defaultsFor(ResourceType.SOURCE);
        config.merge(resolver.configFor(ResourceKind.SOURCE, fqn));
        Map<String, Object> yaml = YamlValues.config(src);
        ConfigMerger.mergeInto(yaml, YamlValues.config(table));
        config.merge(yaml);
        s.setUnrenderedConfig(yaml);
        String connection = connection(src, table, config);
        config.put("connection", connection);
        s.setConfig(config);

        String database = table.string("database").orElse(src.string("database").orElse(null));
        String schema = table.string("schema").orElse(src.string("schema").orElse(sourceName));
        s.setUnrenderedDatabase(database);
        s.setUnrenderedSchema(schema);
        s.setDatabase(database == null ? target.database() : rendered(t, database));
        s.setSchema(rendered(t, schema));
        s.setIdentifier(rendered(t, table.string("identifier", tableName)));
        s.setSourceDescription(src.string("description", ""));
        s.setDescription(table.string("description", ""));
        s.setLoader(src.string("loader", ""));
        Map<String, Object> quoting = YamlValues.map(src, "quoting");
        quoting.putAll(YamlValues.map(table, "quoting"));
        s.setQuoting(dev.dvt.artifacts.ArtifactJson.mapper().convertValue(quoting, Quoting.class));
        s.setLoadedAtField(rendered(t, table.string("loaded_at_field").orElse(src.string("loaded_at_field")
                .orElse(null))));
        FreshnessThreshold freshness = table.has("freshness")
                ? YamlValues.convert(table, "freshness", FreshnessThreshold.class)
                : YamlValues.convert(src, "freshness", FreshnessThreshold.class);
        s.setFreshness(freshness);
        if (table.has("external")) {
            s.setExternal(YamlValues.map(table, "external"));
        }
        s.setColumns(YamlValues.columns(table));
        s.setSourceMeta(YamlValues.map(src, "meta"));
        Map<String, Object> meta = new LinkedHashMap<>(config.getMeta());
        meta.putAll(YamlValues.map(table, "meta"));
        s.setMeta(meta);
        List<String> tags = new ArrayList<>(config.getTags());
        for (String tag : src.stringList("tags", List.of())) {
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        for (String tag : table.stringList("tags", List.of())) {
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        s.setTags(tags);
        s.setRelationName(relations.forSource(s).toString());
        return s;
    }

    private String connection(YamlMap src, YamlMap table, NodeConfig config) {
        String connection = table.string("connection").orElse(src.string("connection").orElse(
                config.getString("connection")));
        String valid = String.join(", ", outputs);
        if (connection == null) {
            // A plain dbt project names no connection: its sources live on the active target.
            return target.name();
        }
        if (!outputs.contains(connection)) {
            YamlMap where = table.has("connection") ? table : src;
            throw new DvtException(ErrorCode.PARSE, MISSING_CONNECTION + ": source '" + src.requiredString("name")
                    + "' names connection '" + connection + "', which is not an output of the active profile. "
                    + "Valid outputs: " + valid, where.document().file(), where.line(where.has("connection")
                            ? "connection" : "name"));
        }
        return connection;
    }
}
