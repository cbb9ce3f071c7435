package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.tree.Node;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jinjava.javax.el.CompositeELResolver;

/**
 * Renders dbt Jinja. The only class that knows jinjava is underneath: build one per project
 * (macro library + engine-wide globals), then render from any number of threads.
 *
 * <pre>{@code
 * MacroLibrary library = MacroLibrary.load("jaffle_shop", macroSources);
 * DvtTemplateEngine engine = DvtTemplateEngine.builder(library)
 *         .global("target", target)                       // read-only, shared by all threads
 *         .globalFunction(JavaMacro.of("var(name, default=None)", a -> vars.get(a.string("name"))))
 *         .adapterTypes(List.of("postgres"))
 *         .dispatchSearchOrder("dbt_utils", List.of("jaffle_shop", "dbt_utils"))
 *         .build();
 * String sql = engine.render(modelText, "models/orders.sql", RenderContext.forPackage("jaffle_shop")
 *         .set("this", relation).function(refFunction));
 * }</pre>
 *
 * Every failure is a {@link DvtException} (COMPILATION unless a function threw another code)
 * naming the file and line: the template's, or the macro's when the error is inside a macro.
 * Undefined variables render as empty text; calling an undefined function is an error.
 */
public final class DvtTemplateEngine {

    private final MacroLibrary library;
    private final Jinjava jinjava;
    private final EngineParts parts;
    private final Dispatcher dispatcher;
    private final ThreadLocal<ThreadRuntime> runtimes;
    private final Map<String, Object> adapterBase;
    private final Map<String, Node> templateCache = new ConcurrentHashMap<>();
    private final int templateCacheSize;

    private DvtTemplateEngine(Builder b) {
        this.library = b.library;
        this.templateCacheSize = b.templateCacheSize;
        this.jinjava = new DvtJinjava(JinjavaConfig.newBuilder()
                .withTrimBlocks(false)
                .withLstripBlocks(false)
                .withNestedInterpretationEnabled(false)
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(500)
                .withRangeLimit(1_000_000)
                .withElResolver(new CompositeELResolver() {
                    {
                        add(new PyResolver());
                        add(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_WRITE);
                    }
                })
                .withNodePreProcessor((node, interpreter) -> RenderState.current().beforeNode(node.getLineNumber()))
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withUsePyishObjectMapper(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .withParseWhitespaceControlStrictly(true)
                        .withUseNaturalOperatorPrecedence(true)
                        .withKeepNullableLoopValues(true)
                        .withEvaluateMapKeys(true)
                        .withIterateOverMapKeys(true)
                        .withUseSnakeCasePropertyNaming(true)
                        .build())
                .build());
        this.dispatcher = new Dispatcher(library.rootPackage(), Map.copyOf(b.searchOrders), List.copyOf(b.adapterTypes));
        this.runtimes = ThreadLocal.withInitial(this::newRuntime);
        Map<String, Object> adapter = new HashMap<>();
        for (JavaMacro f : List.of(dispatcher.dispatchFunction(runtimes::get), dispatcher.typeFunction(),
                StatementFunctions.execute())) {
            adapter.put(f.name(), f.function());
        }
        this.adapterBase = Map.copyOf(adapter);

        List<JavaMacro> functions = new ArrayList<>(CoreFunctions.functions());
        functions.addAll(StatementFunctions.functions());
        functions.addAll(b.functions);
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("exceptions", CoreFunctions.exceptions());
        globals.put("modules", PyModules.modules());
        // dbt's run_started_at: when this invocation began, an aware UTC datetime
        globals.put("run_started_at", PyDateTime.of(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC),
                java.time.ZoneOffset.UTC));
        globals.putAll(b.globals);
        EngineParts unparsed = new EngineParts(library, List.of(new DbtMacroTag(), new DbtSetTag()),
                DbtFilters.filters(), globals, functions, List.of());
        Context parseBase = ThreadRuntime.newBase(unparsed);
        List<EngineParts.ParsedFile> parsed = new ArrayList<>();
        for (MacroLibrary.LoadedFile file : library.files()) {
            parsed.add(new EngineParts.ParsedFile(file.packageName(), file.file(),
                    parse(parseBase, file.jinjaText(), file.file())));
        }
        this.parts = unparsed.withMacroFiles(parsed);
    }

    private ThreadRuntime newRuntime() {
        return new ThreadRuntime(jinjava, parts);
    }

    public static Builder builder(MacroLibrary library) {
        return new Builder(library);
    }

    public MacroLibrary library() {
        return library;
    }

    /**
     * Renders {@code template} (the text of {@code fileName}) for {@code ctx}.
     *
     * @throws DvtException on a syntax error, a failed call, {@code raise_compiler_error}, …
     */
    public String render(String template, String fileName, RenderContext ctx) {
        requireNonNull(template, "template is null");
        Path file = Path.of(requireNonNull(fileName, "fileName is null"));
        ThreadRuntime runtime = runtimes.get();
        Node tree = cachedParse(runtime, template, file);
        return (String) run(runtime, file, ctx, interpreter -> interpreter.render(tree));
    }

    /**
     * Calls macro {@code name} ({@code name} or {@code package.name}, resolved as a template of
     * {@code ctx}'s package would) and returns what it returned: its {@code return(...)} value, or its
     * rendered text.
     */
    public Object callMacro(String name, List<?> args, Map<String, ?> kwargs, RenderContext ctx) {
        ThreadRuntime runtime = runtimes.get();
        Object[] params = new Object[args.size() + kwargs.size()];
        int i = 0;
        for (Object a : args) {
            params[i++] = a;
        }
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            params[i++] = new NamedParameter(e.getKey(), e.getValue());
        }
        return run(runtime, Path.of("<" + name + ">"), ctx, interpreter -> {
            int dot = name.indexOf('.');
            MacroFunction macro = dot > 0 ? runtime.macro(name.substring(0, dot), name.substring(dot + 1))
                    : interpreter.getContext().getGlobalMacro(name);
            if (macro == null) {
                throw new DvtException(ErrorCode.COMPILATION, "no macro named '" + name + "' in package '"
                        + ctx.packageName() + "' or the packages it can see");
            }
            return macro.evaluate(params);
        });
    }

    /** Whether {@code name} (plain or {@code package.name}) is a macro visible from {@code packageName}. */
    public boolean hasMacro(String packageName, String name) {
        return library.resolveCall(packageName, name).isPresent();
    }

    private interface Action {
        Object run(JinjavaInterpreter interpreter);
    }

    private Object run(ThreadRuntime runtime, Path file, RenderContext ctx, Action action) {
        Context renderContext = new Context(runtime.chainFor(ctx.packageName()), ctx.variables());
        for (JavaMacro f : ctx.functions()) {
            renderContext.addGlobalMacro(f.function());
        }
        renderContext.put("adapter", adapterNamespace(ctx));
        renderContext.put(DbtMacroTag.SITE_KEY, new DbtMacroTag.DefinitionSite(ctx.packageName(), file));
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, renderContext, jinjava.getGlobalConfig());
        RenderState state = RenderState.enter(file, ctx);
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            Object result = action.run(interpreter);
            if (state.error() != null) {
                throw state.error();
            }
            return result;
        } catch (RuntimeException e) {
            throw state.fail(e);
        } finally {
            JinjavaInterpreter.popCurrent();
            state.exit();
            runtime.resetBookkeeping();
        }
    }

    private Map<String, Object> adapterNamespace(RenderContext ctx) {
        Map<String, Object> adapter = new HashMap<>(adapterBase);
        for (JavaMacro f : ctx.adapterFunctions()) {
            adapter.put(f.name(), f.function());
        }
        return adapter;
    }

    private Node cachedParse(ThreadRuntime runtime, String template, Path file) {
        Node cached = templateCache.get(template);
        if (cached != null) {
            return cached;
        }
        Node tree = parse(runtime.base(), template, file);
        if (templateCacheSize > 0) {
            if (templateCache.size() >= templateCacheSize) {
                templateCache.clear();
            }
            templateCache.put(template, tree);
        }
        return tree;
    }

    private Node parse(Context base, String template, Path file) {
        String text = SourcePrepass.rewrite(template);
        RenderState state = RenderState.enter(file, RenderContext.forPackage(library.rootPackage()));
        state.top().line = 0; // parse errors carry their own line
        try {
            return ThreadRuntime.parse(jinjava, base, text);
        } catch (RuntimeException e) {
            throw state.fail(e);
        } finally {
            state.exit();
        }
    }

    /** Engine-wide settings; everything here is shared by all threads and must be read-only. */
    public static final class Builder {
        private final MacroLibrary library;
        private final Map<String, Object> globals = new LinkedHashMap<>();
        private final List<JavaMacro> functions = new ArrayList<>();
        private final Map<String, List<String>> searchOrders = new HashMap<>();
        private List<String> adapterTypes = List.of();
        private int templateCacheSize = 50_000;

        private Builder(MacroLibrary library) {
            this.library = requireNonNull(library, "library is null");
        }

        /** A variable every render sees, e.g. {@code target}, {@code flags}, {@code project_name}. */
        public Builder global(String name, Object value) {
            globals.put(requireNonNull(name, "name is null"), value);
            return this;
        }

        /** A function every render sees, e.g. {@code var}, {@code env_var}; its body must be thread-safe. */
        public Builder globalFunction(JavaMacro function) {
            functions.add(requireNonNull(function, "function is null"));
            return this;
        }

        /** dbt_project.yml {@code dispatch:} entry: packages to search for {@code macro_namespace}. */
        public Builder dispatchSearchOrder(String macroNamespace, List<String> packages) {
            searchOrders.put(requireNonNull(macroNamespace, "macroNamespace is null"), List.copyOf(packages));
            return this;
        }

        /** Default adapter type chain, most specific first, e.g. {@code [redshift, postgres]}. */
        public Builder adapterTypes(List<String> types) {
            this.adapterTypes = List.copyOf(types);
            return this;
        }

        /** How many parsed templates to keep (keyed by text); 0 disables the cache. */
        public Builder templateCacheSize(int size) {
            this.templateCacheSize = size;
            return this;
        }

        public DvtTemplateEngine build() {
            return new DvtTemplateEngine(this);
        }
    }
}
