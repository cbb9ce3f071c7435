package dev.dvt.compiler.compile;

import static java.util.Objects.requireNonNull;

import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.compiler.jinja.RenderContext.IncrementalState;
import dev.dvt.compiler.jinja.StatementExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the caller of {@link NodeCompiler} supplies for one compile: the statement executor for
 * {@code run_query}/{@code statement} (none: introspection fails with a clear error), functions
 * added under {@code adapter.} (the execution adapter plugs in here), extra variables, and the
 * node's incremental state for {@code is_incremental()}.
 */
public final class CompileContext {

    private final StatementExecutor statementExecutor;
    private final List<JavaMacro> adapterFunctions;
    private final Map<String, Object> variables;
    private final IncrementalState incremental;
    private final boolean writeFiles;
    private final List<String> adapterTypes;
    private final boolean emptyRelations;

    private CompileContext(Builder b) {
        this.statementExecutor = b.statementExecutor;
        this.adapterFunctions = List.copyOf(b.adapterFunctions);
        this.variables = new LinkedHashMap<>(b.variables);
        this.incremental = b.incremental;
        this.writeFiles = b.writeFiles;
        this.adapterTypes = b.adapterTypes == null ? null : List.copyOf(b.adapterTypes);
        this.emptyRelations = b.emptyRelations;
    }

    /** No database, no adapter functions, not incremental, compiled files written. */
    public static CompileContext offline() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public StatementExecutor statementExecutor() {
        return statementExecutor;
    }

    public List<JavaMacro> adapterFunctions() {
        return adapterFunctions;
    }

    public Map<String, Object> variables() {
        return variables;
    }

    public IncrementalState incremental() {
        return incremental;
    }

    /** Whether to write {@code target/compiled/<package>/<path>}. */
    public boolean writeFiles() {
        return writeFiles;
    }

    /** The adapter types {@code adapter.dispatch} tries; null means the node's target type alone. */
    public List<String> adapterTypes() {
        return adapterTypes;
    }

    /** {@code --empty}: {@code ref} and {@code source} print as subqueries that return no rows. */
    public boolean emptyRelations() {
        return emptyRelations;
    }

    public static final class Builder {
        private StatementExecutor statementExecutor;
        private final List<JavaMacro> adapterFunctions = new ArrayList<>();
        private final Map<String, Object> variables = new LinkedHashMap<>();
        private IncrementalState incremental = IncrementalState.NOT_INCREMENTAL;
        private boolean writeFiles = true;
        private List<String> adapterTypes;
        private boolean emptyRelations;

        private Builder() {
        }

        /** The running adapter's dispatch chain, most specific first (e.g. redshift, postgres). */
        public Builder adapterTypes(List<String> types) {
            this.adapterTypes = requireNonNull(types, "types is null");
            return this;
        }

        public Builder statementExecutor(StatementExecutor executor) {
            this.statementExecutor = requireNonNull(executor, "executor is null");
            return this;
        }

        /** A function under {@code adapter.}, e.g. {@code get_columns_in_relation}. */
        public Builder adapterFunction(JavaMacro function) {
            adapterFunctions.add(requireNonNull(function, "function is null"));
            return this;
        }

        public Builder adapterFunctions(List<JavaMacro> functions) {
            functions.forEach(this::adapterFunction);
            return this;
        }

        /** A variable templates see, e.g. {@code api} or {@code flags}. */
        public Builder variable(String name, Object value) {
            variables.put(requireNonNull(name, "name is null"), value);
            return this;
        }

        public Builder incremental(IncrementalState state) {
            this.incremental = requireNonNull(state, "state is null");
            return this;
        }

        public Builder writeFiles(boolean value) {
            this.writeFiles = value;
            return this;
        }

        public Builder emptyRelations(boolean value) {
            this.emptyRelations = value;
            return this;
        }

        public CompileContext build() {
            return new CompileContext(this);
        }
    }
}
