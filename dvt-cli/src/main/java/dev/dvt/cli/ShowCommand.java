package dev.dvt.cli;

import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.cli.run.RunResultsFile;
import dev.dvt.cli.run.Targets;
import dev.dvt.compiler.compile.CompileContext;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.runtime.AdapterFunctions;
import dev.dvt.compiler.runtime.AdapterStatements;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.task.NodeOutcome;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.QueryResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dvt show}: compiles the selected node (or --inline SQL) against the database, runs it
 * and prints the first rows as a table or JSON. Nothing is built; ephemeral refs become CTEs.
 */
@Command(name = "show", description = "Preview the rows of the selected node or of --inline SQL.")
final class ShowCommand extends BaseCommand {
    private static final Set<String> TYPES = Set.of("model", "test", "snapshot", "analysis");
    private static final String INLINE = "inline_query";

    @Mixin
    SelectionOptions selection;

    @Option(names = "--inline", paramLabel = "SQL", description = "Preview this SQL instead of a project node.")
    String inline;

    @Option(names = "--limit", defaultValue = "5", paramLabel = "N",
            description = "Rows to show (default 5; -1 for every row).")
    int limit;

    @Option(names = {"--output", "-o"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default): a table; json: {\"node\": name, \"show\": [rows]}.")
    String output;

    @Override
    protected int run() {
        long started = System.nanoTime();
        String format = output.toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            throw new DvtException(ErrorCode.USAGE, "Unknown --output '" + output + "': use text or json.");
        }
        if (inline != null && !selection.select.isEmpty()) {
            throw new DvtException(ErrorCode.USAGE, "Give either --select or --inline to dvt show, not both.");
        }
        if (inline == null && selection.select.isEmpty() && selection.selector == null) {
            throw new DvtException(ErrorCode.USAGE, "dvt show needs a node (-s NAME) or SQL (--inline 'select …').");
        }
        RuntimeConfig config = loadConfig();
        ProjectSession session = ProjectSession.open(config, globals(), invocationId());
        session.reportFound();
        NodeCompiler compiler = new NodeCompiler(session.parsed());
        List<NodeOutcome> outcomes = new ArrayList<>();
        try (Targets targets = new Targets(config, session.parsed().engine())) {
            Adapter adapter = targets.adapter(targets.defaultTarget());
            CompileContext context = CompileContext.builder()
                    .statementExecutor(new AdapterStatements(adapter))
                    .adapterFunctions(new AdapterFunctions(adapter).functions())
                    .build();
            if (inline != null) {
                Instant start = Instant.now();
                String sql = compiler.compileInline(inline, context);
                QueryResult rows = preview(adapter, sql, "inline SQL");
                print(null, rows, format);
                outcomes.add(outcome("sql_operation." + session.parsed().rootPackage() + "." + INLINE, start, sql, rows));
            } else {
                List<CompiledNode> nodes = selectedNodes(session);
                for (CompiledNode node : nodes) {
                    Instant start = Instant.now();
                    String sql = compiler.compile(node, context).getCompiledCode();
                    QueryResult rows = preview(adapter, sql, node.getResourceType() + " " + node.getName());
                    print(node.getName(), rows, format);
                    outcomes.add(outcome(node.getUniqueId(), start, sql, rows));
                }
                ManifestWriter.write(session.manifest(), config.targetPath().resolve("manifest.json"));
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        RunResultsFile.write(config.targetPath(), RunResultsFile.build(outcomes, elapsed, args(), invocationId()));
        return 0;
    }

    private List<CompiledNode> selectedNodes(ProjectSession session) {
        List<CompiledNode> nodes = new ArrayList<>();
        // Tests of the node are not previewed: only what was named.
        selection.indirectSelection = "empty";
        for (String id : session.select(selection.criteria(TYPES)).selected()) {
            ManifestNode node = session.manifest().getNodes().get(id);
            if (node instanceof CompiledNode compilable) {
                nodes.add(compilable);
            }
        }
        if (nodes.isEmpty()) {
            throw new DvtException(ErrorCode.SELECTION, "dvt show: the selection " + String.join(" ", selection.select)
                    + " matches no model, snapshot, test or analysis.");
        }
        return nodes;
    }

    private QueryResult preview(Adapter adapter, String sql, String what) {
        try {
            return adapter.executeWithLimit(sql, limit < 0 ? Integer.MAX_VALUE : limit);
        } catch (DvtException e) {
            throw new DvtException(e.code(), "Database error while previewing " + what + ":\n" + e.getMessage(), e);
        }
    }

    private static void print(String node, QueryResult rows, String format) {
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("node", node == null ? INLINE : node);
            json.put("show", ResultTable.rows(rows));
            try {
                printResult(ArtifactJson.mapper().writeValueAsString(json));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new DvtException(ErrorCode.INTERNAL, "Cannot write the rows as JSON: " + e.getMessage(), e);
            }
            return;
        }
        info("ShowNode", node == null ? "Previewing inline node:" : "Previewing node '" + node + "':");
        printResult(ResultTable.text(rows));
    }

    private static NodeOutcome outcome(String uniqueId, Instant start, String sql, QueryResult rows) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("_message", "OK");
        response.put("rows_affected", rows.rows().size());
        Instant end = Instant.now();
        return new NodeOutcome(uniqueId, NodeStatus.SUCCESS, "OK", null, response, start, end, start, end, sql, null, null);
    }

    private Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("which", "show");
        args.put("select", selection.select);
        args.put("inline", inline);
        args.put("limit", limit);
        args.put("output", output);
        return args;
    }
}
