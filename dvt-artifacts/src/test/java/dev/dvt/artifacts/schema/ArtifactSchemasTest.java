package dev.dvt.artifacts.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ArtifactSchemasTest {
    @TempDir
    Path tmp;

    @Test
    void reportsMissingRequiredKeys() throws Exception {
        Path file = tmp.resolve("run_results.json");
        Files.writeString(file, "{\"metadata\": {\"dbt_schema_version\": \"x\"}, \"results\": []}");

        assertThat(ArtifactSchemas.validate(file, Artifact.RUN_RESULTS)).singleElement().asString().contains("elapsed_time");
    }

    @Test
    void acceptsAMinimalValidFile() throws Exception {
        Path file = tmp.resolve("sources.json");
        Files.writeString(file, "{\"metadata\": {}, \"results\": [], \"elapsed_time\": 0}");

        assertThat(ArtifactSchemas.validate(file, Artifact.SOURCES)).isEmpty();
    }

    @Test
    void everyArtifactHasItsSchemaOnTheClasspath() {
        for (Artifact artifact : Artifact.values()) {
            assertThat(ArtifactSchemas.class.getResource(artifact.schemaResource())).as(artifact.name()).isNotNull();
        }
    }
}
