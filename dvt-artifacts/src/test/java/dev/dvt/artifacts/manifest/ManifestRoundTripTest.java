package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvt.artifacts.ArtifactJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void readsBackWhatItWrote() {
        Manifest original = TestingManifests.oneOfEach();
        Path file = tmp.resolve("manifest.json");
        ManifestWriter.write(original, file);

        Manifest read = ManifestWriter.read(file);

        JsonNode before = ArtifactJson.mapper().valueToTree(original);
        JsonNode after = ArtifactJson.mapper().valueToTree(read);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void restoresConcreteNodeClasses() {
        Path file = tmp.resolve("manifest.json");
        ManifestWriter.write(TestingManifests.oneOfEach(), file);

        Manifest read = ManifestWriter.read(file);

        assertThat(read.getNodes().get("model.jaffle.stg_orders")).isInstanceOf(ModelNode.class);
        assertThat(read.getNodes().get("seed.jaffle.countries")).isInstanceOf(SeedNode.class);
        assertThat(read.getNodes().get("snapshot.jaffle.orders_snap")).isInstanceOf(SnapshotNode.class);
        assertThat(read.getNodes().get("analysis.jaffle.revenue")).isInstanceOf(AnalysisNode.class);
        assertThat(read.getNodes().get("test.jaffle.assert_positive")).isInstanceOf(SingularTestNode.class);
        assertThat(read.getNodes().get("operation.jaffle.jaffle-on-run-start-0")).isInstanceOf(HookNode.class);
        assertThat(read.getNodes().get("sql_operation.jaffle.inline_query")).isInstanceOf(SqlOperationNode.class);
        assertThat(read.getDisabled().get("model.jaffle.old").get(0)).isInstanceOf(ModelNode.class);

        GenericTestNode test = (GenericTestNode) read.getNodes().get("test.jaffle.not_null_stg_orders_id.abc123");
        assertThat(test.getTestMetadata().getName()).isEqualTo("not_null");
        assertThat(test.getTestMetadata().getKwargs()).containsEntry("column_name", "id");
        assertThat(test.getConfig().getString("severity")).isEqualTo("warn");

        ModelNode model = (ModelNode) read.getNodes().get("model.jaffle.stg_orders");
        assertThat(model.getConfig().getPreHook()).containsExactly(Hook.of("select 1"));
        assertThat(model.getConfig().getTags()).containsExactly("nightly");
        assertThat(model.getConstraints().get(0).getColumns()).containsExactly("id");
        assertThat(read.getMetadata().getGeneratedAt()).isEqualTo(java.time.Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(read.getSources().get("source.jaffle.raw.orders").getFreshness().getWarnAfter().getCount())
                .isEqualTo(12);
    }

    @Test
    void dropsDisabledEntriesOfUnmodelledTypes() {
        com.fasterxml.jackson.databind.node.ObjectNode json = ArtifactJson.mapper().valueToTree(TestingManifests.oneOfEach());
        json.with("disabled").putArray("metric.jaffle.revenue").addObject()
                .put("resource_type", "metric").put("unique_id", "metric.jaffle.revenue");

        Manifest read = ArtifactJson.fromJson(json.toString(), Manifest.class);

        assertThat(read.getDisabled()).containsOnlyKeys("model.jaffle.old");
    }
}
