package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestSchemaTest {
    @TempDir
    Path tmp;

    @Test
    void manifestWithOneOfEachResourceIsValidV12() {
        Path file = tmp.resolve("target/manifest.json");
        ManifestWriter.write(TestingManifests.oneOfEach(), file);

        assertThat(ArtifactSchemas.validate(file, Artifact.MANIFEST)).isEmpty();
    }

    @Test
    void schemaValidationCatchesAnUnknownNodeProperty() {
        JsonNode json = ArtifactJson.mapper().valueToTree(TestingManifests.oneOfEach());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("nodes").path("model.jaffle.stg_orders"))
                .put("not_a_dbt_key", 1);

        assertThat(ArtifactSchemas.validate(json, Artifact.MANIFEST)).isNotEmpty();
    }

    @Test
    void writesDbtShapedJson() throws Exception {
        Path file = tmp.resolve("manifest.json");
        ManifestWriter.write(TestingManifests.oneOfEach(), file);
        JsonNode json = ArtifactJson.mapper().readTree(Files.readString(file));

        JsonNode metadata = json.path("metadata");
        assertThat(metadata.path("dbt_schema_version").asText()).isEqualTo("https://schemas.getdbt.com/dbt/manifest/v12.json");
        assertThat(metadata.path("dbt_version").asText()).isEqualTo("1.9.0");
        assertThat(metadata.path("generated_at").asText()).isEqualTo("2024-01-01T00:00:00.000000Z");
        assertThat(metadata.path("project_id").asText()).isEqualTo(ManifestMetadata.projectIdFor("jaffle")).hasSize(32);
        assertThat(metadata.has("user_id")).isTrue();
        assertThat(metadata.path("send_anonymous_usage_stats").asBoolean(true)).isFalse();

        JsonNode model = json.path("nodes").path("model.jaffle.stg_orders");
        assertThat(model.path("resource_type").asText()).isEqualTo("model");
        assertThat(model.path("config").path("materialized").asText()).isEqualTo("table");
        assertThat(model.path("config").path("target").asText()).isEqualTo("pg_dev");
        assertThat(model.path("config").path("pre-hook").get(0).path("sql").asText()).isEqualTo("select 1");
        assertThat(model.path("config").has("pre_hook")).isFalse();
        assertThat(model.path("depends_on").path("nodes").get(0).asText()).isEqualTo("source.jaffle.raw.orders");
        assertThat(model.has("config_call_dict")).isFalse();

        JsonNode seed = json.path("nodes").path("seed.jaffle.countries");
        assertThat(seed.path("depends_on").has("nodes")).isFalse();
        assertThat(seed.path("config").path("delimiter").asText()).isEqualTo(",");

        assertThat(json.path("sources").path("source.jaffle.raw.orders").path("config").path("connection").asText())
                .isEqualTo("mariadb_prod");
        assertThat(json.path("child_map").path("source.jaffle.raw.orders").toString())
                .isEqualTo("[\"model.jaffle.stg_orders\",\"snapshot.jaffle.orders_snap\"]");
        assertThat(json.path("group_map").path("finance").get(0).asText()).isEqualTo("model.jaffle.stg_orders");
        assertThat(json.path("disabled").path("model.jaffle.old").get(0).path("config").path("enabled").asBoolean(true))
                .isFalse();
    }
}
