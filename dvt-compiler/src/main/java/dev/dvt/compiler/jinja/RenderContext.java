package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one render (usually: one node) sees besides the engine-wide globals: the package the
 * template belongs to, variables ({@code this}, {@code model}, {@code target}, …), Java functions
 * ({@code ref}, {@code source}, {@code config}, …), functions added to {@code adapter}, the
 * statement executor, and what {@code is_incremental()} needs. Not thread-safe: build one per
 * render, or reuse one for the renders and macro calls of the same node (statement results stored
 * by {@code {% call statement(name) %}} stay readable with {@code load_result(name)}).
 *
 * <pre>{@code
 * RenderContext ctx = RenderContext.forPackage("jaffle_shop")
 *         .execute(false)
 *         .set("this", relation)
 *         .function(JavaMacro.of("ref(name, version=None)", a -> refs.add(a.string("name"))));
 * }</pre>
 */
public final class RenderContext {

    private final String packageName;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final List<JavaMacro> functions = new ArrayList<>();
    private final List<JavaMacro> adapterFunctions = new ArrayList<>();
    private final Map<String, Map<String, Object>> storedResults = new HashMap<>();
    private List<String> adapterTypes;
    private StatementExecutor statementExecutor;
    private IncrementalState incremental = IncrementalState.NOT_INCREMENTAL;

    /**
     * What {@code is_incremental()} and {@code should_full_refresh()} decide from.
     *
     * @param materialized the node's {@code materialized} config
     * @param relationExists whether the node's relation exists in the database
     * @param fullRefreshFlag the {@code --full-refresh} command-line flag
     * @param fullRefreshConfig the node's {@code full_refresh} config, null when unset
     */
    public record IncrementalState(String materialized, boolean relationExists, boolean fullRefreshFlag,
            Boolean fullRefreshConfig) {
        public static final IncrementalState NOT_INCREMENTAL = new IncrementalState("view", false, false, null);

        public IncrementalState {
            requireNonNull(materialized, "materialized is null");
        }

        /** dbt: the node's {@code full_refresh} config wins over the flag. */
        public boolean shouldFullRefresh() {
            return fullRefreshConfig != null ? fullRefreshConfig : fullRefreshFlag;
        }

        public boolean isIncremental() {
            return materialized.equals("incremental") && relationExists && !shouldFullRefresh();
        }
    }

    private RenderContext(String packageName) {
        this.packageName = requireNonNull(packageName, "packageName is null");
        variables.put("execute", Boolean.FALSE);
    }

    /** A context for a template of package {@code packageName} (root project or installed package). */
    public static RenderContext forPackage(String packageName) {
        return new RenderContext(packageName);
    }

    /** Sets a variable; JavaBean getters of an object are its attributes in Jinja. */
    public RenderContext set(String name, Object value) {
        variables.put(requireNonNull(name, "name is null"), value);
        return this;
    }

    /** Sets {@code execute}: false while parsing, true when compiling and running. */
    public RenderContext execute(boolean execute) {
        return set("execute", execute);
    }

    /** Adds a top-level function, e.g. {@code ref}; it wins over a macro of the same name. */
    public RenderContext function(JavaMacro function) {
        functions.add(requireNonNull(function, "function is null"));
        return this;
    }

    /** Adds a function under {@code adapter.}, e.g. {@code adapter.get_relation}. */
    public RenderContext adapterFunction(JavaMacro function) {
        adapterFunctions.add(requireNonNull(function, "function is null"));
        return this;
    }

    /**
     * The adapter type and its parents, most specific first, e.g. {@code [redshift, postgres]}:
     * the prefixes {@code adapter.dispatch} tries before {@code default__}. Overrides the engine's.
     */
    public RenderContext adapterTypes(List<String> types) {
        this.adapterTypes = List.copyOf(types);
        return this;
    }

    public RenderContext statementExecutor(StatementExecutor executor) {
        this.statementExecutor = requireNonNull(executor, "executor is null");
        return this;
    }

    public RenderContext incremental(IncrementalState state) {
        this.incremental = requireNonNull(state, "state is null");
        return this;
    }

    public String packageName() {
        return packageName;
    }

    Map<String, Object> variables() {
        return variables;
    }

    List<JavaMacro> functions() {
        return functions;
    }

    List<JavaMacro> adapterFunctions() {
        return adapterFunctions;
    }

    List<String> adapterTypesOr(List<String> fallback) {
        return adapterTypes == null ? fallback : adapterTypes;
    }

    StatementExecutor statementExecutor() {
        return statementExecutor;
    }

    IncrementalState incremental() {
        return incremental;
    }

    /** What {@code store_result(name, …)} kept: {@code response}, {@code data}, {@code table}; null when nothing. */
    public Map<String, Object> storedResult(String name) {
        return storedResults.get(name);
    }

    /** Results kept by {@code store_result}, by statement name. */
    Map<String, Map<String, Object>> storedResults() {
        return storedResults;
    }
}
