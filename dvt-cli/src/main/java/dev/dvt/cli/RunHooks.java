package dev.dvt.cli;

import dev.dvt.compiler.compile.CompileContext;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.parse.ParsedProject;
import dev.dvt.compiler.runtime.AdapterFunctions;
import dev.dvt.compiler.runtime.AdapterStatements;
import dev.dvt.cli.run.Targets;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.Events;
import dev.dvt.spi.Adapter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** on-run-start and on-run-end: each hook rendered with the project's context and run on the default target. */
final class RunHooks {
    private final ParsedProject parsed;
    private final NodeCompiler compiler;
    private final Targets targets;

    RunHooks(ParsedProject parsed, NodeCompiler compiler, Targets targets) {
        this.parsed = parsed;
        this.compiler = compiler;
        this.targets = targets;
    }

    void run(String kind, List<Object> hooks) {
        run(kind, hooks, Map.of());
    }

    /** Runs {@code hooks} in order; a failing hook stops the run with the database's message. */
    void run(String kind, List<Object> hooks, Map<String, Object> variables) {
        if (hooks.isEmpty()) {
            return;
        }
        Events.info("HooksRunning", "Running " + hooks.size() + " " + kind + " hook" + (hooks.size() == 1 ? "" : "s"));
        Adapter adapter = targets.adapter(targets.defaultTarget());
        for (int i = 0; i < hooks.size(); i++) {
            String name = parsed.rootPackage() + "." + kind + "." + i;
            long start = System.nanoTime();
            CompileContext.Builder context = CompileContext.builder()
                    .statementExecutor(new AdapterStatements(adapter))
                    .adapterFunctions(new AdapterFunctions(adapter).functions());
            variables.forEach(context::variable);
            String sql = compiler.compileInline(String.valueOf(hooks.get(i)), context.build());
            try {
                if (!sql.isBlank()) {
                    adapter.execute(sql, false);
                    adapter.commit();
                }
            } catch (DvtException e) {
                throw new DvtException(ErrorCode.DATABASE, "Hook " + name + " failed: " + e.getMessage(), e);
            }
            Events.info("LogHookEndLine", String.format(Locale.ROOT, "%d of %d OK hook: %s [OK in %.2fs]", i + 1, hooks.size(), name,
                    (System.nanoTime() - start) / 1e9));
        }
    }
}
