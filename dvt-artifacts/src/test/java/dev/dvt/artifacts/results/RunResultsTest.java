package dev.dvt.artifacts.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunResultsTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00.123456Z");

    @TempDir
    Path tmp;

    @Test
    void everyStatusValidatesAgainstV6() {
        Path file = tmp.resolve("run_results.json");
        sample().write(file);

        assertThat(ArtifactSchemas.validate(file, Artifact.RUN_RESULTS)).isEmpty();
    }

    @Test
    void writesDbtValues() {
        JsonNode json = ArtifactJson.mapper().valueToTree(sample());

        assertThat(json.path("metadata").path("dbt_schema_version").asText())
                .isEqualTo("https://schemas.getdbt.com/dbt/run-results/v6.json");
        JsonNode first = json.path("results").get(0);
        assertThat(first.path("status").asText()).isEqualTo("success");
        assertThat(first.path("timing").get(0).path("started_at").asText()).isEqualTo("2024-01-01T00:00:00.123456Z");
        assertThat(first.has("batch_results")).isTrue();
        assertThat(json.path("results").findValuesAsText("status"))
                .containsExactly("success", "error", "skipped", "pass", "fail", "warn");
    }

    @Test
    void roundTrips() {
        Path file = tmp.resolve("run_results.json");
        RunResults original = sample();
        original.write(file);

        RunResults read = RunResults.read(file);

        assertThat(read.getResults()).extracting(RunResult::getStatus).containsExactly(NodeStatus.SUCCESS,
                NodeStatus.ERROR, NodeStatus.SKIPPED, NodeStatus.PASS, NodeStatus.FAIL, NodeStatus.WARN);
        assertThat(read.getResults().get(0).getTiming().get(1).getCompletedAt()).isEqualTo(T0.plusSeconds(2));
        JsonNode before = ArtifactJson.mapper().valueToTree(original);
        JsonNode after = ArtifactJson.mapper().valueToTree(read);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void statusParsingAcceptsDbtSpelling() {
        assertThat(NodeStatus.fromValue("runtime error")).isEqualTo(NodeStatus.RUNTIME_ERROR);
        assertThat(NodeStatus.RUNTIME_ERROR.isFailure()).isTrue();
        assertThat(NodeStatus.WARN.isFailure()).isFalse();
    }

    private static RunResults sample() {
        RunResults results = new RunResults();
        results.getMetadata().setInvocationId("inv-1");
        results.getMetadata().setGeneratedAt(T0);
        results.setElapsedTime(3.5);
        results.getArgs().putAll(Map.of("which", "build", "threads", 4));
        NodeStatus[] statuses = {NodeStatus.SUCCESS, NodeStatus.ERROR, NodeStatus.SKIPPED, NodeStatus.PASS,
                NodeStatus.FAIL, NodeStatus.WARN};
        for (int i = 0; i < statuses.length; i++) {
            RunResult result = new RunResult("model.p.m" + i, statuses[i]);
            result.setThreadId("Thread-1");
            result.setExecutionTime(2.0);
            result.setTiming(List.of(new TimingInfo(TimingInfo.COMPILE, T0, T0.plusSeconds(1)),
                    new TimingInfo(TimingInfo.EXECUTE, T0.plusSeconds(1), T0.plusSeconds(2))));
            result.getAdapterResponse().putAll(Map.of("_message", "SELECT 3", "rows_affected", 3));
            result.setMessage(statuses[i] == NodeStatus.ERROR ? "relation does not exist" : "SELECT 3");
            result.setFailures(statuses[i] == NodeStatus.FAIL ? 7 : null);
            result.setCompiled(true);
            result.setCompiledCode("select 1");
            result.setRelationName("\"db\".\"s\".\"m" + i + "\"");
            results.getResults().add(result);
        }
        return results;
    }
}
