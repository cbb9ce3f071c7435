package dev.dvt.compiler.compile;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.GenericTestNode;
import dev.dvt.artifacts.manifest.InjectedCte;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.RefArgs;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.compiler.context.ConfigAccessor;
import dev.dvt.compiler.context.RelationFactory;
import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.compiler.jinja.RenderContext;
import dev.dvt.compiler.parse.NodeLookup;
import dev.dvt.compiler.parse.ParsedProject;
import dev.dvt.compiler.runtime.JinjaRelation;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ConfigMerger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders nodes with {@code execute=True} into {@code compiled_code}, the way {@code dbt compile}
 * does: {@code ref}/{@code source} print quoted relation names, ephemeral models become
 * {@code __dbt__cte__<name>} CTEs injected in front (recursively), and the result is written to
 * {@code target/compiled/<package>/<original_file_path>}. Thread-safe: nodes may be compiled in
 * parallel; each node is compiled once per compiler.
 */
public final class NodeCompiler {

    private static final ObjectMapper MAPPER = ArtifactJson.mapper();
    private static final Pattern LOOKS_LIKE_FUNCTION = Pattern.compile("^\\s*(env_var|ref|var|source|doc)\\s*\\(.+\\)\\s*$",
            Pattern.DOTALL);
    private static final Pattern SINGLE_EXPRESSION = Pattern.compile("^\\s*\\{\\{-?((?:(?!}}).)*?)-?}}\\s*$",
            Pattern.DOTALL);
    private static final String NATIVE = "__dvt_native_value";

    private final ParsedProject parsed;
    private final Manifest manifest;
    private final RelationFactory relations;
    private final dev.dvt.compiler.parse.TargetPlacement placement;
    private final Map<String, RelationFactory> targetRelations = new java.util.concurrent.ConcurrentHashMap<>();
    private final NodeLookup lookup;
    private final Path targetPath;
    private volatile Map<String, Object> graph;

    public NodeCompiler(ParsedProject parsed) {
        this.parsed = requireNonNull(parsed, "parsed is null");
        this.manifest = parsed.manifest();
        this.relations = parsed.relations();
        this.placement = new dev.dvt.compiler.parse.TargetPlacement(parsed.config(), manifest);
        this.lookup = new NodeLookup(manifest, parsed.rootPackage());
        this.targetPath = parsed.config().targetPath();
    }

    /**
     * Compiles {@code node} (and the ephemeral models it refs) and returns it with
     * {@code compiled}, {@code compiled_code}, {@code extra_ctes} and {@code extra_ctes_injected} set.
     */
    public CompiledNode compile(CompiledNode node, CompileContext ctx) {
        requireNonNull(node, "node is null");
        requireNonNull(ctx, "ctx is null");
        synchronized (node) {
            if (!node.getCompiled()) {
                List<InjectedCte> ctes = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                String sql = render(node, ctx, ctes, seen);
                node.setExtraCtes(ctes);
                node.setCompiledCode(CteInjector.inject(sql, ctes));
                node.setExtraCtesInjected(true);
                node.setCompiled(true);
                if (ctx.writeFiles()) {
                    write(node);
                }
            }
        }
        return node;
    }

    /** Compiles SQL given on the command line ({@code --inline}) as a node of the root project. */
    public String compileInline(String sql, CompileContext ctx) {
        dev.dvt.artifacts.manifest.SqlOperationNode node = new dev.dvt.artifacts.manifest.SqlOperationNode();
        node.setName("inline_query");
        node.setPackageName(parsed.rootPackage());
        node.setUniqueId("sql_operation." + parsed.rootPackage() + ".inline_query");
        node.setOriginalFilePath("from remote system.sql");
        node.setPath("sql/inline_query");
        node.setRawCode(sql);
        List<InjectedCte> ctes = new ArrayList<>();
        String rendered = render(node, ctx, ctes, new LinkedHashSet<>());
        return CteInjector.inject(rendered, ctes);
    }

    private String render(CompiledNode node, CompileContext ctx, List<InjectedCte> ctes, Set<String> seen) {
        List<CompiledNode> ephemerals = new ArrayList<>();
        RenderContext rc = context(node, ctx, ephemerals);
        String sql;
        if (node instanceof GenericTestNode test) {
            // raw_code is dbt's "{{ test_x(**_dbt_generic_test_kwargs) }}"; jinjava cannot spread a
            // dict into keyword arguments, so the test macro is called directly with them.
            String namespace = test.getTestMetadata().getNamespace();
            String macro = (namespace == null ? "" : namespace + ".") + "test_" + test.getTestMetadata().getName();
            Object result = parsed.engine().callMacro(macro, List.of(), testKwargs(test, rc), rc);
            sql = result == null ? "" : result.toString();
        } else {
            sql = parsed.engine().render(node.getRawCode(), fileOf(node).toString(), rc);
        }
        for (CompiledNode eph : ephemerals) {
            if (!seen.add(eph.getUniqueId())) {
                continue;
            }
            List<InjectedCte> inner = new ArrayList<>();
            String body = render(eph, ctx, inner, seen);
            ctes.addAll(inner);
            InjectedCte cte = new InjectedCte();
            cte.setId(eph.getUniqueId());
            cte.setSql(" __dbt__cte__" + eph.getName() + " as (\n" + body + "\n)");
            ctes.add(cte);
        }
        return sql;
    }

    private RenderContext context(ManifestNode node, CompileContext ctx, List<CompiledNode> ephemerals) {
        // A node's SQL is written for the database of the target it runs on.
        String nodeTarget = node.getUniqueId().startsWith("sql_operation.") ? parsed.config().target().name()
                : placement.targetOf(node);
        RelationFactory relations = relationsFor(nodeTarget);
        RenderContext rc = RenderContext.forPackage(node.getPackageName())
                .execute(true)
                .set("this", node.getResourceType().equals("sql_operation") ? null : relations.forNode(node))
                .set("model", MAPPER.convertValue(node, new TypeReference<Map<String, Object>>() { }))
                .set("config", new ConfigAccessor(node.getConfig(), node.getUniqueId()))
                .set("graph", graph())
                .set("api", relations.api())
                .incremental(ctx.incremental())
                .adapterTypes(ctx.adapterTypes() != null ? ctx.adapterTypes()
                        : List.of(parsed.config().profiles().target(nodeTarget).type()))
                .function(JavaMacro.of("ref(package_or_name, name=None, version=None, v=None)", a -> {
                    String first = a.requiredString("package_or_name");
                    String second = a.string("name");
                    Object version = a.get("version") != null ? a.get("version") : a.get("v");
                    RefArgs ref = second == null ? new RefArgs(first, null, version) : new RefArgs(second, first,
                            version);
                    ManifestNode target = lookup.ref(node.getPackageName(), ref).orElseThrow(() ->
                            new DvtException(ErrorCode.COMPILATION, node.getUniqueId() + " refers to '"
                                    + ref.getName() + "', which is not in the manifest; run dvt parse"));
                    if (target instanceof CompiledNode c && "ephemeral".equals(c.getConfig().getMaterialized())) {
                        ephemerals.add(c);
                    }
                    return limited(relations.forNode(target), ctx, relations);
                }))
                .function(JavaMacro.of("source(source_name, table_name)", a -> limited(relations.forSource(
                        source(node, a.requiredString("source_name"), a.requiredString("table_name"))), ctx, relations)))
                .function(JavaMacro.of("config(*args, **kwargs)", a -> {
                    if (node instanceof GenericTestNode test) {
                        applyTestMacroConfig(test, a.kwargs());
                    }
                    return "";
                }))
                .function(parsed.vars().function(node.getPackageName()))
                .function(parsed.env().function((k, v) -> { }))
                .adapterFunction(JavaMacro.of("quote(identifier)",
                        a -> relations.dialect().quoteIdentifier(a.requiredString("identifier"))));
        ctx.variables().forEach(rc::set);
        ctx.adapterFunctions().forEach(rc::adapterFunction);
        // dbt also offers adapter.load_relation as a plain context function
        ctx.adapterFunctions().stream().filter(f -> f.name().equals("load_relation")).forEach(rc::function);
        if (ctx.statementExecutor() != null) {
            rc.statementExecutor(ctx.statementExecutor());
        } else {
            rc.function(JavaMacro.of("run_query(sql)", a -> {
                throw new DvtException(ErrorCode.COMPILATION, node.getUniqueId() + " calls run_query(), which "
                        + "needs a database connection; compile it with a connection (not offline)");
            }));
        }
        return rc;
    }

    private static Object limited(JinjaRelation relation, CompileContext ctx, RelationFactory relations) {
        return ctx.emptyRelations() ? new EmptyRelation(relation, relations.dialect().requiresSubqueryAlias()) : relation;
    }

    private SourceDefinition source(ManifestNode node, String sourceName, String tableName) {
        for (SourceDefinition s : manifest.getSources().values()) {
            if (s.getSourceName().equals(sourceName) && s.getName().equals(tableName)
                    && (s.getPackageName().equals(node.getPackageName())
                            || s.getPackageName().equals(parsed.rootPackage()))) {
                return s;
            }
        }
        return manifest.getSources().values().stream()
                .filter(s -> s.getSourceName().equals(sourceName) && s.getName().equals(tableName)).findFirst()
                .orElseThrow(() -> new DvtException(ErrorCode.COMPILATION, node.getUniqueId()
                        + " refers to source '" + sourceName + "." + tableName + "', which is not in the manifest"));
    }

    /** dbt renders each test argument natively: {@code ref('x')} becomes a relation, not text. */
    private Map<String, Object> testKwargs(GenericTestNode test, RenderContext rc) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        String file = fileOf(test).toString();
        test.getTestMetadata().getKwargs().forEach((key, value) ->
                kwargs.put(key, key.equals("column_name") ? value : renderKwarg(value, file, rc)));
        return kwargs;
    }

    /** One test argument rendered as dbt does, strings inside lists and dicts included. */
    private Object renderKwarg(Object value, String file, RenderContext rc) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(renderKwarg(item, file, rc)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, renderKwarg(v, file, rc)));
            return out;
        }
        if (!(value instanceof String s)) {
            return value;
        }
        if (LOOKS_LIKE_FUNCTION.matcher(s).matches()) {
            return nativeValue(s, file, rc);
        }
        Matcher single = SINGLE_EXPRESSION.matcher(s);
        if (single.matches()) {
            // dbt renders kwargs natively: "{{ get_where_subquery(ref('a')) }}" stays a relation
            return nativeValue(single.group(1), file, rc);
        }
        return s.contains("{{") || s.contains("{%") ? parsed.engine().render(s, file, rc) : s;
    }

    /**
     * {@code config()} called in a generic test's macro body ({@code fail_calc} in dbt_utils' tests):
     * it beats the project's config, but the test's own yaml config beats it, as in dbt.
     */
    private static void applyTestMacroConfig(GenericTestNode test, Map<String, Object> kwargs) {
        Map<String, Object> fromYaml = test.getConfigCallDict();
        kwargs.forEach((key, value) -> {
            String normalized = ConfigMerger.normalizeKey(key);
            if (fromYaml == null || !fromYaml.containsKey(normalized)) {
                test.getConfig().put(normalized, value);
            }
        });
    }

    private Object nativeValue(String expression, String file, RenderContext rc) {
        List<Object> out = new ArrayList<>();
        rc.set(NATIVE, out);
        parsed.engine().render("{% do " + NATIVE + ".append(" + expression + ") %}", file, rc);
        return out.isEmpty() ? null : out.get(0);
    }

    private Map<String, Object> graph() {
        Map<String, Object> g = graph;
        if (g == null) {
            synchronized (this) {
                if (graph == null) {
                    Map<String, Object> built = new LinkedHashMap<>();
                    built.put("nodes", MAPPER.convertValue(manifest.getNodes(),
                            new TypeReference<Map<String, Object>>() { }));
                    built.put("sources", MAPPER.convertValue(manifest.getSources(),
                            new TypeReference<Map<String, Object>>() { }));
                    built.put("exposures", MAPPER.convertValue(manifest.getExposures(),
                            new TypeReference<Map<String, Object>>() { }));
                    graph = built;
                }
                g = graph;
            }
        }
        return g;
    }

    private Path fileOf(ManifestNode node) {
        return parsed.packages().stream().filter(p -> p.name().equals(node.getPackageName())).findFirst()
                .map(p -> p.root().resolve(node.getOriginalFilePath()))
                .orElse(Path.of(node.getOriginalFilePath()));
    }

    /** dbt's layout: one file per node, or {@code <yml path>/<test>.sql} when many nodes share a file. */
    private void write(CompiledNode node) {
        String original = node.getOriginalFilePath();
        String base = original.substring(original.lastIndexOf('/') + 1);
        String pathBase = node.getPath().substring(node.getPath().lastIndexOf('/') + 1);
        String relative = base.equals(pathBase) ? original : original + "/" + node.getPath();
        Path file = targetPath.resolve("compiled").resolve(node.getPackageName()).resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, node.getCompiledCode());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        node.setCompiledPath(parsed.config().projectRoot().relativize(file).toString().replace('\\', '/'));
    }

    /**
     * The context {@code node} was compiled with (ref, source, var, env_var, config, graph…), for
     * rendering its materialization or hooks against the database.
     */
    public RenderContext renderContext(ManifestNode node, CompileContext ctx) {
        return context(node, ctx, new ArrayList<>());
    }

    /** The relation a node's {@code this} points at, for callers outside templates. */
    public JinjaRelation relationOf(ManifestNode node) {
        return relationsFor(placement.targetOf(node)).forNode(node);
    }

    /**
     * An input of {@code compiling} (a source, model, seed or snapshot) as {@code compiling}'s SQL
     * names it: in the dialect and quoting of the target {@code compiling} runs on.
     */
    public JinjaRelation inputRelation(ManifestNode compiling, String inputUniqueId) {
        RelationFactory factory = relationsFor(placement.targetOf(compiling));
        SourceDefinition source = manifest.getSources().get(inputUniqueId);
        return source != null ? factory.forSource(source) : factory.forNode(manifest.getNodes().get(inputUniqueId));
    }

    private RelationFactory relationsFor(String target) {
        if (target.equals(parsed.config().target().name())) {
            return relations;
        }
        return targetRelations.computeIfAbsent(target, t -> new RelationFactory(
                dev.dvt.core.dialect.DialectRegistry.forType(parsed.config().profiles().target(t).type()),
                parsed.config().project().quoting()));
    }
}
