package dev.dvt.compiler.runtime;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.compiler.jinja.MacroDefinition;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.compiler.jinja.RenderContext;
import dev.dvt.compiler.jinja.ResultTable;
import dev.dvt.compiler.jinja.StatementResult;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one compiled node's materialization on an adapter: finds
 * {@code materialization_<name>_<adapter type>} (else {@code _default}) — a project's or package's
 * own wins over DVT's, as in dbt — renders it with {@code this}, {@code model}, {@code config},
 * {@code sql}, the hooks and the {@code adapter} object, and reports what it built.
 *
 * <pre>{@code
 * MaterializationExecutor executor = new MaterializationExecutor(engine, adapter);
 * RenderContext ctx = compileContextFor(node);        // ref, source, var, target… as compiled
 * MaterializationResult r = executor.execute(node, ctx, ExecutionFlags.NONE);
 * }</pre>
 *
 * A failure rolls back the thread's open transaction and throws a {@link DvtException} with the
 * database's message. Thread-safe: one executor serves every thread; each call needs its own
 * {@link RenderContext}.
 */
public final class MaterializationExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(MaterializationExecutor.class);

    private final DvtTemplateEngine engine;
    private final Adapter adapter;
    private final AdapterFunctions adapterFunctions;
    private final List<JavaMacro> adapterMacros;
    private final Map<String, Object> api;
    private final Set<String> knownSchemas = ConcurrentHashMap.newKeySet();

    public MaterializationExecutor(DvtTemplateEngine engine, Adapter adapter) {
        this.engine = requireNonNull(engine, "engine is null");
        this.adapter = requireNonNull(adapter, "adapter is null");
        this.adapterFunctions = new AdapterFunctions(adapter);
        this.adapterMacros = adapterFunctions.functions();
        this.api = ApiObject.of(adapter);
    }

    /** The {@code api} object ({@code api.Relation.create}, {@code api.Column.create}) for templates run outside a node (run-operation). */
    public Map<String, Object> api() {
        return api;
    }

    /** The materialization name a node runs with: its {@code materialized} config. */
    public static String materializationOf(ManifestNode node) {
        String materialized = node.getConfig().getMaterialized();
        if (materialized == null || materialized.isBlank()) {
            throw new DvtException(ErrorCode.COMPILATION, node.getUniqueId() + " has no 'materialized' config");
        }
        return materialized;
    }

    /** The relation a node builds: database, schema and alias (or name). */
    public Relation relationOf(ManifestNode node) {
        String identifier = node.getAlias() != null ? node.getAlias() : node.getName();
        return JinjaRelation.of(adapter.relation(node.getDatabase(), node.getSchema(), identifier, null));
    }

    /**
     * What {@code is_incremental()} decides from for {@code node}; the compiler needs the same state
     * when it renders the model's SQL.
     */
    public RenderContext.IncrementalState incrementalState(ManifestNode node, ExecutionFlags flags) {
        Relation target = relationOf(node);
        boolean exists = adapter.getRelation(target.getDatabase(), target.getSchema(), target.getIdentifier())
                .filter(r -> !r.getIsView()).isPresent();
        return new RenderContext.IncrementalState(materializationOf(node), exists, flags.fullRefresh(),
                node.getConfig().getFullRefresh());
    }

    /**
     * Adds the execution context to {@code ctx} — {@code this}, {@code model}, {@code config},
     * {@code sql}, hooks, {@code adapter.*}, {@code api}, the statement executor — for rendering
     * anything of {@code node} against the database (its materialization, or hooks).
     */
    public RenderContext prepare(ManifestNode node, RenderContext ctx, ExecutionFlags flags) {
        String code = node instanceof CompiledNode compiled ? compiled.getCompiledCode() : null;
        @SuppressWarnings("unchecked")
        Map<String, Object> model = ArtifactJson.mapper().convertValue(node, Map.class);
        ctx.execute(true)
                .set("this", relationOf(node))
                .set("model", model)
                .set("config", NodeConfigObject.of(node.getConfig(), node.getUniqueId()))
                .set("sql", code)
                .set("compiled_code", code)
                .set("pre_hooks", node.getConfig().get("pre-hook"))
                .set("post_hooks", node.getConfig().get("post-hook"))
                .set("api", api)
                .adapterTypes(adapter.dispatchTypes())
                .statementExecutor(new AdapterStatements(adapter))
                .incremental(incrementalState(node, flags))
                .function(JavaMacro.of("load_relation(relation)",
                        a -> adapterFunctions.loadRelation((Relation) a.get("relation"))))
                .function(JavaMacro.of("should_store_failures()", a -> storesFailures(node, flags)))
                .function(JavaMacro.of("render(string)", a -> a.string("string") == null ? ""
                        : engine.render(a.string("string"), hookFile(node), ctx)));
        adapterMacros.forEach(ctx::adapterFunction);
        return ctx;
    }

    private static String hookFile(ManifestNode node) {
        return node.getOriginalFilePath() != null ? node.getOriginalFilePath() : node.getUniqueId();
    }

    /** Runs {@code node}'s materialization. */
    public MaterializationResult execute(ManifestNode node, RenderContext ctx, ExecutionFlags flags) {
        String materialized = materializationOf(node);
        MacroDefinition macro = findMaterialization(materialized, ctx.packageName());
        prepare(node, ctx, flags);
        if (!materialized.equals("test") || storesFailures(node, flags)) {
            ensureSchema(relationOf(node));
        }
        LOG.debug("Running {} with {}.{}", node.getUniqueId(), macro.packageName(), macro.name());
        Object returned;
        try {
            returned = engine.callMacro(macro.packageName() + "." + macro.name(), List.of(), Map.of(), ctx);
            if (adapter.inTransaction()) {
                adapter.commit();
            }
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
        List<Relation> relations = relationsOf(returned, node, macro);
        relations.forEach(adapter::cacheAdded);
        AdapterResponse response = mainResponse(ctx);
        if (materialized.equals("test")) {
            return TestOutcome.from(ctx.storedResult("main"), node, response, relations);
        }
        return new MaterializationResult("success", response, relations, response.message(), null);
    }

    /** Where a federated model's target-side work runs: before the extraction, or after the load. */
    public enum FederatedStep {
        BEFORE("dvt_federated_before"),
        AFTER("dvt_federated_after");

        private final String macro;

        FederatedStep(String macro) {
            this.macro = macro;
        }
    }

    /**
     * Runs on {@code node}'s target what its materialization would do around the SQL of a
     * federated model: pre-hooks ({@link FederatedStep#BEFORE}), or persist_docs, grants and
     * post-hooks ({@link FederatedStep#AFTER}).
     */
    public void runFederatedStep(ManifestNode node, RenderContext ctx, ExecutionFlags flags, FederatedStep step) {
        prepare(node, ctx, flags);
        try {
            engine.callMacro(MacroLibrary.BUILTIN_PACKAGE + "." + step.macro, List.of(), Map.of(), ctx);
            if (adapter.inTransaction()) {
                adapter.commit();
            }
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private static boolean storesFailures(ManifestNode node, ExecutionFlags flags) {
        return flags.storeFailures() != null ? flags.storeFailures()
                : Boolean.TRUE.equals(node.getConfig().get("store_failures"));
    }

    /** Creates the node's schema once per run, outside any transaction, so parallel nodes do not race on it. */
    private void ensureSchema(Relation target) {
        String key = (target.getDatabase() + "." + target.getSchema()).toLowerCase(java.util.Locale.ROOT);
        if (knownSchemas.contains(key)) {
            return;
        }
        synchronized (knownSchemas) {
            if (!knownSchemas.contains(key)) {
                adapter.createSchema(target.getDatabase(), target.getSchema());
                knownSchemas.add(key);
            }
        }
    }

    private void rollbackQuietly() {
        try {
            adapter.rollback();
        } catch (RuntimeException rollbackFailure) {
            LOG.debug("Rollback after a failed materialization failed too: {}", rollbackFailure.getMessage());
        }
    }

    /** dbt's choice: the most adapter-specific macro first, then the root project, packages, built-ins. */
    MacroDefinition findMaterialization(String name, String callingPackage) {
        MacroLibrary library = engine.library();
        List<String> types = new ArrayList<>(adapter.dispatchTypes());
        types.add("default");
        for (String type : types) {
            String macroName = "materialization_" + name + "_" + type;
            Optional<MacroDefinition> best = library.macros().stream()
                    .filter(m -> m.name().equals(macroName))
                    .max(Comparator.comparingInt(m -> locality(m.packageName(), library, callingPackage)));
            if (best.isPresent()) {
                return best.get();
            }
        }
        throw new DvtException(ErrorCode.COMPILATION, "No materialization '" + name + "' for adapter '"
                + adapter.type() + "'; define {% materialization " + name + ", adapter='" + adapter.type()
                + "' %} or use one of DVT's: view, table, incremental, ephemeral, seed, snapshot, test");
    }

    private static int locality(String pkg, MacroLibrary library, String callingPackage) {
        if (pkg.equals(library.rootPackage())) {
            return 3;
        }
        if (pkg.equals(callingPackage)) {
            return 2;
        }
        return pkg.equals(MacroLibrary.BUILTIN_PACKAGE) ? 0 : 1;
    }

    private static List<Relation> relationsOf(Object returned, ManifestNode node, MacroDefinition macro) {
        if (!(returned instanceof Map<?, ?> map) || !(map.get("relations") instanceof List<?> list)) {
            throw new DvtException(ErrorCode.COMPILATION, "Materialization " + macro.name() + " of "
                    + node.getUniqueId() + " must end with {{ return({'relations': [...]}) }}", macro.file(),
                    macro.line());
        }
        List<Relation> relations = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Relation r) {
                relations.add(r);
            }
        }
        return relations;
    }

    private static AdapterResponse mainResponse(RenderContext ctx) {
        Map<String, Object> main = ctx.storedResult("main");
        if (main != null && main.get("response") instanceof StatementResult.Response r) {
            return new AdapterResponse(r.getMessage(), r.getCode(), r.getRowsAffected());
        }
        return new AdapterResponse("OK", null, -1);
    }

    /** A test's verdict from the {@code main} statement's single row. */
    private static final class TestOutcome {
        static MaterializationResult from(Map<String, Object> main, ManifestNode node, AdapterResponse response,
                List<Relation> relations) {
            if (main == null || !(main.get("table") instanceof ResultTable table) || table.getRows().isEmpty()) {
                throw new DvtException(ErrorCode.RUNTIME, node.getUniqueId()
                        + ": the test query returned no row; a test must select failures, should_warn, should_error");
            }
            var row = table.getRows().get(0);
            int failures = ((Number) row.get("failures")).intValue();
            boolean error = truthy(row.get("should_error"));
            boolean warn = truthy(row.get("should_warn"));
            String status = error ? "fail" : warn ? "warn" : "pass";
            String message = status.equals("pass") ? "PASS" : "Got " + failures + " result"
                    + (failures == 1 ? "" : "s") + ", configured to " + status + " if "
                    + node.getConfig().getString(status.equals("fail") ? "error_if" : "warn_if");
            return new MaterializationResult(status, response, relations, message, failures);
        }

        private static boolean truthy(Object value) {
            return value instanceof Boolean b ? b : value != null && !"false".equalsIgnoreCase(value.toString())
                    && !"0".equals(value.toString());
        }
    }
}
