package dev.dvt.compiler.runtime;

import dev.dvt.artifacts.manifest.ModelNode;
import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.compiler.jinja.MacroSource;
import dev.dvt.compiler.jinja.RenderContext;
import dev.dvt.core.adapter.AdapterRegistry;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An embedded DuckDB file database plus an engine with DVT's macros (and any project macros). */
final class TestingRuntime implements AutoCloseable {
    static final String PROJECT = "my_project";

    final Adapter adapter;
    final DvtTemplateEngine engine;
    final MaterializationExecutor executor;

    TestingRuntime(Path dir, String... projectMacros) {
        adapter = AdapterRegistry.create(new TargetConfig("dev", "duckdb", 1, "main", null,
                Map.of("path", "dev.duckdb")), AdapterEnvironment.of(dir, 1));
        List<MacroSource> sources = new ArrayList<>();
        for (int i = 0; i < projectMacros.length; i++) {
            sources.add(new MacroSource(PROJECT, Path.of("macros/m" + i + ".sql"), projectMacros[i]));
        }
        engine = DvtTemplateEngine.builder(MacroLibrary.load(PROJECT, sources)).adapterTypes(List.of("duckdb"))
                .build();
        executor = new MaterializationExecutor(engine, adapter);
    }

    static ModelNode model(String name, String materialized, String sql, Map<String, Object> config) {
        ModelNode node = new ModelNode();
        node.setName(name);
        node.setUniqueId("model." + PROJECT + "." + name);
        node.setPackageName(PROJECT);
        node.setOriginalFilePath("models/" + name + ".sql");
        node.setDatabase("dev");
        node.setSchema("main");
        node.setAlias(name);
        NodeConfig cfg = NodeConfig.defaultsFor(ResourceType.MODEL);
        cfg.merge(config);
        cfg.put("materialized", materialized);
        node.setConfig(cfg);
        node.setCompiledCode(sql);
        node.setCompiled(true);
        return node;
    }

    MaterializationResult run(ModelNode node) {
        return run(node, ExecutionFlags.NONE);
    }

    MaterializationResult run(ModelNode node, ExecutionFlags flags) {
        return executor.execute(node, RenderContext.forPackage(PROJECT), flags);
    }

    List<List<Object>> rows(String sql) {
        return adapter.execute(sql, true).rows();
    }

    Object scalar(String sql) {
        return rows(sql).get(0).get(0);
    }

    @Override
    public void close() {
        adapter.close();
    }
}
