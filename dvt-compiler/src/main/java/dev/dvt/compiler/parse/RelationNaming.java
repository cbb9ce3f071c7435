package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.compiler.jinja.RenderContext;
import dev.dvt.core.config.TargetConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node's database, schema and alias through {@code generate_database_name},
 * {@code generate_schema_name} and {@code generate_alias_name}. A project or package override is
 * called through the engine; dbt's built-in behaviour is computed here, which gives the same
 * result without a render per node.
 */
final class RelationNaming {

    private final DvtTemplateEngine engine;
    private final MacroLibrary library;
    private final TargetConfig target;

    RelationNaming(DvtTemplateEngine engine, TargetConfig target) {
        this.engine = engine;
        this.library = engine.library();
        this.target = target;
    }

    void apply(ManifestNode node, Object version) {
        String database = node.getConfig().getString("database");
        String schema = node.getConfig().getString("schema");
        String alias = node.getConfig().getString("alias");
        node.setDatabase(call("generate_database_name", database, node,
                () -> database == null ? target.database() : database.strip()));
        node.setSchema(call("generate_schema_name", schema, node,
                () -> schema == null ? target.schema() : target.schema() + "_" + schema.strip()));
        node.setAlias(call("generate_alias_name", alias, node, () -> {
            if (alias != null) {
                return alias.strip();
            }
            return version == null ? node.getName() : node.getName() + "_v" + version;
        }));
        // Legacy snapshot configs name the schema and database verbatim, bypassing the macros.
        if (node.resourceType() == dev.dvt.artifacts.manifest.ResourceType.SNAPSHOT) {
            String targetSchema = node.getConfig().getString("target_schema");
            String targetDatabase = node.getConfig().getString("target_database");
            if (targetSchema != null) {
                node.setSchema(targetSchema.strip());
            }
            if (targetDatabase != null) {
                node.setDatabase(targetDatabase.strip());
            }
        }
    }

    private interface Builtin {
        String value();
    }

    private String call(String macro, String custom, ManifestNode node, Builtin builtin) {
        Optional<String> owner = library.resolveCall(node.getPackageName(), macro).map(d -> d.packageName());
        if (owner.isEmpty() || owner.get().equals(MacroLibrary.BUILTIN_PACKAGE)) {
            return builtin.value();
        }
        Object result = engine.callMacro(macro, java.util.Arrays.asList(custom, nodeMap(node)), Map.of(),
                RenderContext.forPackage(node.getPackageName()).execute(false));
        String text = result == null ? null : result.toString().strip();
        return text == null || text.isEmpty() || text.equals("None") ? null : text;
    }

    private static Map<String, Object> nodeMap(ManifestNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", node.getName());
        map.put("unique_id", node.getUniqueId());
        map.put("package_name", node.getPackageName());
        map.put("resource_type", node.getResourceType());
        map.put("fqn", new ArrayList<>(node.getFqn()));
        map.put("original_file_path", node.getOriginalFilePath());
        map.put("path", node.getPath());
        map.put("config", node.getConfig());
        map.put("tags", node.getTags());
        return map;
    }
}
