package dev.dvt.cli;

import dev.dvt.artifacts.manifest.SqlOperationNode;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.cli.run.RunResultsFile;
import dev.dvt.cli.run.Targets;
import dev.dvt.compiler.compile.CompileContext;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.jinja.RenderContext;
import dev.dvt.compiler.runtime.AdapterFunctions;
import dev.dvt.compiler.runtime.AdapterStatements;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.events.Events;
import dev.dvt.core.task.NodeOutcome;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.spi.Adapter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dvt run-operation MACRO --args YAML}: calls a macro of the root project (or
 * {@code package.macro}) with the arguments as keyword arguments, with the database at hand
 * ({@code run_query}, {@code statement}, {@code adapter}, {@code api}), then commits.
 */
@Command(name = "run-operation", description = "Run a macro against the database, e.g. dvt run-operation grant_select --args '{role: x}'.")
final class RunOperationCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "MACRO", description = "The macro: name, or package.name.")
    String macro;

    @Option(names = "--args", paramLabel = "YAML", description = "The macro's keyword arguments as a YAML mapping.")
    String args;

    @Override
    protected int run() {
        long started = System.nanoTime();
        Map<String, Object> kwargs = kwargs(args);
        RuntimeConfig config = loadConfig();
        ProjectSession session = ProjectSession.open(config, globals(), invocationId());
        String root = session.parsed().rootPackage();
        int dot = macro.indexOf('.');
        String packageName = dot > 0 ? macro.substring(0, dot) : root;
        String name = dot > 0 ? macro.substring(dot + 1) : macro;
        if (!session.parsed().engine().hasMacro(root, macro)) {
            throw new DvtException(ErrorCode.USAGE, "No macro named '" + macro + "' in project '" + root
                    + "' or its packages; write it as name or package.name.");
        }
        String uniqueId = "macro." + packageName + "." + name;
        Instant start = Instant.now();
        String error = null;
        try (Targets targets = new Targets(config, session.parsed().engine())) {
            Adapter adapter = targets.adapter(targets.defaultTarget());
            CompileContext context = CompileContext.builder()
                    .statementExecutor(new AdapterStatements(adapter))
                    .adapterFunctions(new AdapterFunctions(adapter).functions())
                    .variable("api", targets.executor(targets.defaultTarget()).api())
                    .build();
            RenderContext render = new NodeCompiler(session.parsed()).renderContext(operationNode(root, name), context)
                    .adapterTypes(adapter.dispatchTypes());
            try {
                session.parsed().engine().callMacro(macro, List.of(), kwargs, render);
                adapter.commit();
            } catch (DvtException e) {
                adapter.rollback();
                error = e.getMessage();
            }
        }
        Instant end = Instant.now();
        NodeOutcome outcome = new NodeOutcome(uniqueId, error == null ? NodeStatus.SUCCESS : NodeStatus.ERROR, error,
                error == null ? 0 : 1, Map.of(), start, end, start, end, null, null, null);
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("which", "run-operation");
        recorded.put("macro", macro);
        recorded.put("args", kwargs);
        RunResultsFile.write(config.targetPath(), RunResultsFile.build(List.of(outcome), (System.nanoTime() - started) / 1e9,
                recorded, invocationId()));
        if (error != null) {
            Events.error("RunningOperationCaughtError", "Encountered an error while running operation: " + error);
            return 1;
        }
        return 0;
    }

    /** The context the macro is called in: a nameless SQL operation of the root project. */
    private static SqlOperationNode operationNode(String root, String name) {
        SqlOperationNode node = new SqlOperationNode();
        node.setName(name);
        node.setPackageName(root);
        node.setUniqueId("sql_operation." + root + "." + name);
        node.setOriginalFilePath("run-operation " + name);
        node.setPath("run-operation/" + name);
        node.setRawCode("");
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> kwargs(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Object root;
        try {
            root = YamlFiles.parse(text, Path.of("--args")).root();
        } catch (DvtException e) {
            throw new DvtException(ErrorCode.USAGE, "--args is not valid YAML: " + e.getMessage() + ". Given: " + text);
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map)) {
            throw new DvtException(ErrorCode.USAGE, "--args must be a mapping of argument names to values, such as "
                    + "'{table: orders, days: 7}'; got: " + text);
        }
        return (Map<String, Object>) root;
    }
}
