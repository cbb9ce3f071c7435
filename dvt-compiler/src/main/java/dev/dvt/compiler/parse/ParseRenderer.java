package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import dev.dvt.compiler.context.ConfigAccessor;
import dev.dvt.compiler.context.EnvironmentVariables;
import dev.dvt.compiler.context.ProjectVariables;
import dev.dvt.compiler.context.RelationFactory;
import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.compiler.jinja.RenderContext;
import dev.dvt.compiler.runtime.ParseTimeAdapter;
import dev.dvt.core.config.ConfigMerger;
import dev.dvt.core.config.TargetConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a SQL body the way dbt does at parse time ({@code execute=False}): {@code ref},
 * {@code source} and {@code config} record their calls, {@code config.get} returns defaults,
 * {@code var} and {@code env_var} resolve. Thread-safe.
 */
final class ParseRenderer {

    /** Functions and variables of dbt's context that are not macros. */
    private static final Set<String> CONTEXT_NAMES = Set.of("ref", "source", "config", "var", "env_var", "return",
            "log", "print", "zip", "dict", "set", "is_incremental", "should_full_refresh", "run_query",
            "load_result", "store_result", "statement", "exceptions", "adapter", "modules", "tojson", "fromjson",
            "toyaml", "fromyaml", "range", "namespace", "local_md5", "doc", "metric", "caller", "zip_strict",
            "set_strict", "api", "this", "model", "graph", "target");

    private final DvtTemplateEngine engine;
    private final MacroLibrary library;
    private final ProjectVariables vars;
    private final EnvironmentVariables env;
    private final RelationFactory relations;
    private final TargetConfig target;

    ParseRenderer(DvtTemplateEngine engine, ProjectVariables vars, EnvironmentVariables env,
            RelationFactory relations, TargetConfig target) {
        this.engine = requireNonNull(engine, "engine is null");
        this.library = engine.library();
        this.vars = vars;
        this.env = env;
        this.relations = relations;
        this.target = target;
    }

    /**
     * The calls {@code text} makes. Uses the lexical fast path when the file has only literal
     * ref/source/config expressions; {@code rendered} is told whether a render happened.
     */
    RenderResult parse(String packageName, String fileName, String nodeName, String text, Runnable rendered) {
        List<JinjaScan.Block> blocks = JinjaScan.blocks(text);
        List<String> macros = macroCalls(packageName, blocks);
        var fast = JinjaScan.staticParse(blocks);
        if (fast.isPresent()) {
            RenderResult r = fast.get();
            return new RenderResult(r.refs(), r.sources(), r.config(), macros, r.envVars());
        }
        rendered.run();
        RenderResult.Recorder rec = new RenderResult.Recorder();
        engine.render(text, fileName, context(packageName, nodeName, rec));
        return rec.toResult(macros);
    }

    /** A properties value with Jinja, rendered in the parse context of {@code packageName}. */
    String renderValue(String packageName, String text) {
        return engine.render(text, "<properties of " + packageName + ">",
                context(packageName, "", new RenderResult.Recorder()));
    }

    /** Unique ids of library macros the text calls by name, as dbt's depends_on.macros. */
    List<String> macroCalls(String packageName, List<JinjaScan.Block> blocks) {
        List<String> ids = new ArrayList<>();
        for (String name : JinjaScan.calledNames(blocks)) {
            if (CONTEXT_NAMES.contains(name)) {
                continue;
            }
            library.resolveCall(packageName, name).ifPresent(d -> {
                if (!ids.contains(d.uniqueId())) {
                    ids.add(d.uniqueId());
                }
            });
        }
        return ids;
    }

    private RenderContext context(String packageName, String nodeName, RenderResult.Recorder rec) {
        String schema = target.schema();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", nodeName);
        model.put("package_name", packageName);
        model.put("config", Map.of());
        RenderContext ctx = RenderContext.forPackage(packageName)
                .execute(false)
                .set("this", relations.relation(target.database(), schema, nodeName))
                .set("model", model)
                .set("graph", Map.of("nodes", Map.of(), "sources", Map.of(), "exposures", Map.of()))
                .set("config", new ConfigAccessor(null, nodeName))
                .set("api", relations.api())
                .function(JavaMacro.of("ref(package_or_name, name=None, version=None, v=None)", a -> {
                    String first = a.requiredString("package_or_name");
                    String second = a.string("name");
                    Object version = a.get("version") != null ? a.get("version") : a.get("v");
                    RefCall call = second == null ? new RefCall(null, first, version) : new RefCall(first, second,
                            version);
                    rec.refs.add(call);
                    return relations.relation(target.database(), schema, call.name());
                }))
                .function(JavaMacro.of("source(source_name, table_name)", a -> {
                    rec.sources.add(List.of(a.requiredString("source_name"), a.requiredString("table_name")));
                    return relations.relation(target.database(), a.string("source_name"), a.string("table_name"));
                }))
                .function(JavaMacro.of("config(*args, **kwargs)", a -> {
                    Map<String, Object> call = new LinkedHashMap<>();
                    for (Object arg : a.varargs()) {
                        if (arg instanceof Map<?, ?> m) {
                            m.forEach((k, v) -> call.put(ConfigMerger.normalizeKey(String.valueOf(k)), v));
                        }
                    }
                    a.kwargs().forEach((k, v) -> call.put(ConfigMerger.normalizeKey(k), v));
                    ConfigMerger.mergeInto(rec.config, call);
                    return "";
                }))
                .function(vars.function(packageName))
                .function(env.function(rec.envVars::put))
                .function(JavaMacro.of("run_query(sql)", a -> null));
        for (JavaMacro f : ParseTimeAdapter.functions(relations.dialect())) {
            ctx.adapterFunction(f);
            if (f.name().equals("load_relation")) {
                ctx.function(f);
            }
        }
        return ctx;
    }
}
