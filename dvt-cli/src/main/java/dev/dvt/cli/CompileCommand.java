package dev.dvt.cli;

import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.compiler.compile.CompileContext;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.core.config.RuntimeConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dvt compile}: renders the selected nodes' SQL into target/compiled/ and the manifest;
 * prints the SQL when one node (or --inline SQL) is compiled.
 */
@Command(name = "compile", description = "Compile the selected nodes (or --inline SQL) to target/compiled/.")
final class CompileCommand extends BaseCommand {
    private static final Set<String> TYPES = Set.of("model", "test", "snapshot", "analysis", "seed", "operation");

    @Mixin
    SelectionOptions selection;

    @Option(names = "--inline", paramLabel = "SQL", description = "Compile this SQL instead of project nodes.")
    String inline;

    @Option(names = "--empty", description = "Render refs and sources as subqueries that read no rows.")
    boolean empty;

    @Override
    protected int run() {
        RuntimeConfig config = loadConfig();
        ProjectSession session = ProjectSession.open(config, globals(), invocationId());
        session.reportFound();
        NodeCompiler compiler = new NodeCompiler(session.parsed());
        CompileContext context = CompileContext.builder().emptyRelations(empty).build();
        if (inline != null) {
            String sql = compiler.compileInline(inline, context);
            info("CompiledNode", "Compiled inline node is:");
            printResult(sql);
            return 0;
        }
        List<CompiledNode> compiled = new ArrayList<>();
        for (String id : session.select(selection.criteria(TYPES)).selected()) {
            ManifestNode node = session.manifest().getNodes().get(id);
            if (node instanceof CompiledNode compilable && !"ephemeral".equals(node.getConfig().getMaterialized())) {
                compiled.add(compiler.compile(compilable, context));
            }
        }
        ManifestWriter.write(session.manifest(), config.targetPath().resolve("manifest.json"));
        if (compiled.size() == 1) {
            info("CompiledNode", "Compiled node '" + compiled.get(0).getName() + "' is:");
            printResult(compiled.get(0).getCompiledCode());
        } else {
            info("CompiledNodes", "Compiled " + compiled.size() + " nodes into "
                    + config.projectRoot().relativize(config.targetPath().resolve("compiled")));
        }
        return 0;
    }
}
