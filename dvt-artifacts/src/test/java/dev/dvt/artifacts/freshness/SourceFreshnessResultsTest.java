package dev.dvt.artifacts.freshness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.manifest.FreshnessThreshold;
import dev.dvt.artifacts.manifest.FreshnessTime;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.artifacts.results.TimingInfo;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceFreshnessResultsTest {
    private static final Instant NOW = Instant.parse("2024-01-02T00:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void validatesAgainstV3() {
        Path file = tmp.resolve("sources.json");
        sample().write(file);

        assertThat(ArtifactSchemas.validate(file, Artifact.SOURCES)).isEmpty();
    }

    @Test
    void roundTripsBothResultKinds() {
        Path file = tmp.resolve("sources.json");
        SourceFreshnessResults original = sample();
        original.write(file);

        SourceFreshnessResults read = SourceFreshnessResults.read(file);

        assertThat(read.getResults()).hasExactlyElementsOfTypes(SourceFreshnessOutput.class,
                SourceFreshnessOutput.class, SourceFreshnessRuntimeError.class);
        assertThat(read.getResults()).extracting(SourceFreshnessResult::getStatus)
                .containsExactly(NodeStatus.PASS, NodeStatus.WARN, NodeStatus.RUNTIME_ERROR);
        SourceFreshnessOutput warn = (SourceFreshnessOutput) read.getResults().get(1);
        assertThat(warn.getCriteria().getWarnAfter().getPeriod()).isEqualTo("hour");
        JsonNode before = ArtifactJson.mapper().valueToTree(original);
        JsonNode after = ArtifactJson.mapper().valueToTree(read);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void runtimeErrorRejectsOtherStatuses() {
        assertThatThrownBy(() -> new SourceFreshnessRuntimeError("source.p.a.b", "boom").setStatus(NodeStatus.PASS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SourceFreshnessResults sample() {
        SourceFreshnessResults results = new SourceFreshnessResults();
        results.getMetadata().setInvocationId("inv-3");
        results.setElapsedTime(0.8);
        results.getResults().add(output("source.p.raw.orders", NodeStatus.PASS, 600));
        results.getResults().add(output("source.p.raw.customers", NodeStatus.WARN, 50_000));
        results.getResults().add(new SourceFreshnessRuntimeError("source.p.raw.gone", "relation does not exist"));
        return results;
    }

    private static SourceFreshnessOutput output(String uniqueId, NodeStatus status, long ageSeconds) {
        SourceFreshnessOutput output = new SourceFreshnessOutput();
        output.setUniqueId(uniqueId);
        output.setStatus(status);
        output.setMaxLoadedAt(NOW.minusSeconds(ageSeconds));
        output.setSnapshottedAt(NOW);
        output.setMaxLoadedAtTimeAgoInS(ageSeconds);
        FreshnessThreshold criteria = new FreshnessThreshold();
        criteria.setWarnAfter(new FreshnessTime(12, "hour"));
        criteria.setErrorAfter(new FreshnessTime(1, "day"));
        output.setCriteria(criteria);
        output.setThreadId("Thread-1");
        output.setExecutionTime(0.1);
        output.setTiming(List.of(new TimingInfo(TimingInfo.EXECUTE, NOW, NOW.plusMillis(100))));
        return output;
    }
}
