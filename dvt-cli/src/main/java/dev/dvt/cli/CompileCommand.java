package dev.dvt.cli;

import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.compiler.compile.CompileContext;
import dev.dvt.cli.run.ExecutionPlan;
import dev.dvt.cli.run.Federation;
import dev.dvt.cli.run.Targets;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.parse.TargetPlacement;
import dev.dvt.federation.plan.ResolvedModel;
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
        ExecutionPlan plan = ExecutionPlan.resolve(config, session.manifest(),
                compiled.stream().map(CompiledNode::getUniqueId).toList(), null, null);
        if (!plan.federated().isEmpty()) {
            explainFederation(config, session, compiler, plan);
        }
        if (compiled.size() == 1) {
            info("CompiledNode", "Compiled node '" + compiled.get(0).getName() + "' is:");
            printResult(compiled.get(0).getCompiledCode());
        } else {
            info("CompiledNodes", "Compiled " + compiled.size() + " nodes into "
                    + config.projectRoot().relativize(config.targetPath().resolve("compiled")));
        }
        return 0;
    }

    // A federated model also shows what each source will be asked and what the compute will run.
    private static void explainFederation(RuntimeConfig config, ProjectSession session, NodeCompiler compiler,
            ExecutionPlan plan) {
        try (Targets targets = new Targets(config, session.parsed().engine());
                Federation federation = new Federation(config, targets, new TargetPlacement(config, session.manifest()))) {
            for (ResolvedModel model : plan.federated()) {
                info("FederationPlan", "Federation plan of '" + session.manifest().getNodes().get(model.uniqueId()).getName() + "':");
                printResult(federation.explain(session.manifest().getNodes().get(model.uniqueId()), model, compiler));
            }
        }
    }
}
