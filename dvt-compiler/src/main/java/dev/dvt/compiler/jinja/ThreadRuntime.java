package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.ContextConfigurationIF.ErrorHandlingStrategyIF.TemplateErrorTypeHandlingStrategy;
import com.hubspot.jinjava.interpret.ErrorHandlingStrategy;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One thread's jinjava contexts. jinjava contexts are mutable (renders write bookkeeping into
 * every ancestor), so each thread owns its chain, built once by rendering the macro files' parsed
 * trees, which are shared:
 * <pre>
 *   base (built-in functions, engine globals, package namespaces like dbt_utils.*)
 *    └ dbt package macros
 *       └ root project macros
 *          └ one context per other package (a template of that package renders under it)
 * </pre>
 * A macro name resolves from the innermost context outwards, which is dbt's order.
 */
final class ThreadRuntime {

    private final Context base;
    private final Context root;
    private final Map<String, Context> packages = new HashMap<>();
    private final List<Context> all = new ArrayList<>();
    private final Map<String, Map<String, Object>> namespaces = new HashMap<>();

    ThreadRuntime(Jinjava jinjava, EngineParts parts) {
        base = newBase(parts);
        Context dbt = new Context(base);
        root = new Context(dbt);
        packages.put(MacroLibrary.BUILTIN_PACKAGE, dbt);
        packages.put(parts.library().rootPackage(), root);
        all.add(base);
        all.add(dbt);
        all.add(root);
        for (String pkg : parts.library().packages()) {
            packages.computeIfAbsent(pkg, p -> {
                Context c = new Context(root);
                all.add(c);
                return c;
            });
        }
        RenderState state = RenderState.enter(null, RenderContext.forPackage(parts.library().rootPackage()));
        try {
            for (EngineParts.ParsedFile file : parts.macroFiles()) {
                Context ctx = packages.get(file.packageName());
                ctx.put(DbtMacroTag.SITE_KEY, new DbtMacroTag.DefinitionSite(file.packageName(), file.file()));
                JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, ctx, jinjava.getGlobalConfig());
                JinjavaInterpreter.pushCurrent(interpreter);
                RenderState.Frame frame = state.push(file.file(), 1);
                try {
                    interpreter.render(file.tree());
                } catch (RuntimeException e) {
                    throw state.fail(e);
                } finally {
                    state.pop(frame);
                    JinjavaInterpreter.popCurrent();
                    ctx.remove(DbtMacroTag.SITE_KEY);
                }
            }
        } finally {
            state.exit();
        }
        for (Map.Entry<String, Context> e : packages.entrySet()) {
            Map<String, Object> ns = new HashMap<>(e.getValue().getGlobalMacros());
            namespaces.put(e.getKey(), ns);
            base.put(e.getKey(), ns);
        }
        resetBookkeeping();
    }

    /** A root context holding DVT's tags, filters, functions and the engine globals. */
    static Context newBase(EngineParts parts) {
        Context base = new Context(null, null, null, true);
        base.setErrorHandlingStrategy(ErrorHandlingStrategy.of()
                .withFatalErrorStrategy(TemplateErrorTypeHandlingStrategy.THROW_EXCEPTION)
                .withNonFatalErrorStrategy(TemplateErrorTypeHandlingStrategy.IGNORE));
        base.setExpressionStrategy(new DbtExpressionStrategy());
        for (Tag tag : parts.tags()) {
            base.registerTag(tag);
        }
        for (Filter filter : parts.filters()) {
            base.registerFilter(filter);
        }
        DbtTests.tests().forEach(base::registerExpTest);
        base.putAll(parts.globals());
        for (JavaMacro f : parts.functions()) {
            base.addGlobalMacro(f.function());
        }
        return base;
    }

    /** The context a template of {@code packageName} renders under. */
    Context chainFor(String packageName) {
        return packages.getOrDefault(packageName, root);
    }

    Context base() {
        return base;
    }

    /** Macro {@code name} of package {@code packageName}, or null. */
    MacroFunction macro(String packageName, String name) {
        Map<String, Object> ns = namespaces.get(packageName);
        return ns == null ? null : (MacroFunction) ns.get(name);
    }

    /** Drops what renders recorded in the shared ancestors, so it does not pile up across renders. */
    void resetBookkeeping() {
        for (Context c : all) {
            c.reset();
        }
    }

    /** Parses with this thread's tag library. */
    Node parse(Jinjava jinjava, String text) {
        return parse(jinjava, base, text);
    }

    static Node parse(Jinjava jinjava, Context base, String text) {
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, base, jinjava.getGlobalConfig());
        JinjavaInterpreter.pushCurrent(interpreter);
        // Collect parse errors instead of throwing: the thrown form loses the line number.
        try (var collecting = base.withErrorHandlingStrategy(ErrorHandlingStrategy.of())) {
            Node tree = interpreter.parse(text);
            for (TemplateError error : interpreter.getErrors()) {
                if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                    throw new InterpretException(error.getMessage(), error.getLineno(), error.getStartPosition());
                }
            }
            return tree;
        } finally {
            JinjavaInterpreter.popCurrent();
        }
    }
}
