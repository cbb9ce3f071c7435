package dev.dvt.cli.run;

import dev.dvt.artifacts.ArtifactMetadata;
import dev.dvt.artifacts.results.RunResult;
import dev.dvt.artifacts.results.RunResults;
import dev.dvt.artifacts.results.TimingInfo;
import dev.dvt.core.task.NodeOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes target/run_results.json (schema v6) from a run's outcomes. */
public final class RunResultsFile {
    private RunResultsFile() {
    }

    public static RunResults build(List<NodeOutcome> outcomes, double elapsedSeconds, Map<String, Object> args,
            String invocationId) {
        RunResults results = new RunResults();
        ArtifactMetadata metadata = results.getMetadata();
        metadata.setInvocationId(invocationId);
        metadata.setGeneratedAt(Instant.now());
        List<RunResult> list = new ArrayList<>();
        for (NodeOutcome outcome : outcomes) {
            RunResult result = new RunResult(outcome.uniqueId(), outcome.status());
            List<TimingInfo> timing = new ArrayList<>();
            if (outcome.compileStarted() != null) {
                timing.add(new TimingInfo(TimingInfo.COMPILE, outcome.compileStarted(), outcome.compileCompleted()));
            }
            if (outcome.executeStarted() != null) {
                timing.add(new TimingInfo(TimingInfo.EXECUTE, outcome.executeStarted(), outcome.executeCompleted()));
            }
            result.setTiming(timing);
            result.setThreadId(outcome.threadName());
            result.setExecutionTime(outcome.executionSeconds());
            result.setAdapterResponse(outcome.adapterResponse());
            result.setMessage(outcome.message());
            result.setFailures(outcome.failures());
            result.setCompiled(outcome.compiledCode() != null);
            result.setCompiledCode(outcome.compiledCode());
            result.setRelationName(outcome.relationName());
            list.add(result);
        }
        results.setResults(list);
        results.setElapsedTime(elapsedSeconds);
        results.setArgs(args);
        return results;
    }

    public static void write(Path targetPath, RunResults results) {
        results.write(targetPath.resolve("run_results.json"));
    }
}
