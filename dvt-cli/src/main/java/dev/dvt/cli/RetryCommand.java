package dev.dvt.cli;

import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.artifacts.results.RunResult;
import dev.dvt.artifacts.results.RunResults;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.RuntimeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code dvt retry}: reads target/run_results.json and runs again, with the same command and
 * flags, only the nodes that errored, failed or were skipped there.
 */
@Command(name = "retry", description = "Re-run the nodes that errored, failed or were skipped in the last run.")
final class RetryCommand extends ExecutionCommand {
    private static final Set<NodeStatus> RETRYABLE = EnumSet.of(NodeStatus.ERROR, NodeStatus.FAIL, NodeStatus.SKIPPED,
            NodeStatus.RUNTIME_ERROR);
    private static final Set<String> RETRYABLE_COMMANDS = Set.of("build", "run", "seed", "snapshot", "test");

    private final Set<String> retry = new LinkedHashSet<>();
    private String previousCommand;

    @Override
    protected int run() {
        RuntimeConfig config = loadConfig();
        Path file = config.targetPath().resolve("run_results.json");
        if (!Files.isRegularFile(file)) {
            throw new DvtException(ErrorCode.USAGE, "No previous run to retry: " + file + " does not exist. Run a command "
                    + "such as dvt build first (with the same --target-path).");
        }
        RunResults previous = RunResults.read(file);
        Map<String, Object> args = previous.getArgs() == null ? Map.of() : previous.getArgs();
        previousCommand = String.valueOf(args.get("which"));
        if (!RETRYABLE_COMMANDS.contains(previousCommand)) {
            throw new DvtException(ErrorCode.USAGE, "The last run (" + file + ") was 'dvt " + previousCommand
                    + "'; dvt retry re-runs build, run, seed, snapshot and test.");
        }
        for (RunResult result : previous.getResults()) {
            if (RETRYABLE.contains(result.getStatus())) {
                retry.add(result.getUniqueId());
            }
        }
        if (retry.isEmpty()) {
            info("NothingToDo", "Nothing to retry: every node of the last 'dvt " + previousCommand + "' passed.");
            return 0;
        }
        reuse(args);
        return super.run();
    }

    /** The earlier run's flags apply unless given again now. */
    private void reuse(Map<String, Object> args) {
        GlobalOptions g = globals();
        if (g.target == null && args.get("target") != null) {
            g.target = args.get("target").toString();
        }
        if (g.threads == null && args.get("threads") instanceof Number threads) {
            g.threads = threads.intValue();
        }
        if (g.vars == null && args.get("vars") instanceof String vars && !vars.isBlank()) {
            g.vars = vars;
        } else if (g.vars == null && args.get("vars") instanceof Map<?, ?> vars && !vars.isEmpty()) {
            g.vars = dev.dvt.artifacts.ArtifactJson.mapper().valueToTree(vars).toString();
        }
        if (Boolean.TRUE.equals(args.get("full_refresh"))) {
            fullRefresh = true;
        }
        if (Boolean.TRUE.equals(args.get("empty"))) {
            empty = true;
        }
    }

    @Override
    protected Set<String> resourceTypes() {
        return Set.of("model", "seed", "snapshot", "test");
    }

    @Override
    protected boolean testsGateChildren() {
        return previousCommand.equals("build");
    }

    @Override
    protected boolean keep(String uniqueId) {
        return retry.contains(uniqueId);
    }

    @Override
    protected String commandName() {
        return previousCommand;
    }
}
