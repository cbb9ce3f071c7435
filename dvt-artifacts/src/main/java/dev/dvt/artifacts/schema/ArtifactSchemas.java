package dev.dvt.artifacts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import dev.dvt.artifacts.ArtifactJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Validates artifact JSON against the official dbt schemas bundled in this jar (unmodified copies
 * from dbt-core v1.9.11, see LICENSE-NOTE.md beside them). Used by tests across modules.
 */
public final class ArtifactSchemas {
    private static final Map<Artifact, JsonSchema> LOADED = new EnumMap<>(Artifact.class);

    private ArtifactSchemas() {
    }

    /** Validation messages for an artifact file; empty when it conforms. */
    public static List<String> validate(Path json, Artifact artifact) {
        requireNonNull(json, "json is null");
        try {
            return validate(ArtifactJson.mapper().readTree(json.toFile()), artifact);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + json + ": " + e.getMessage(), e);
        }
    }

    /** Validation messages for an already parsed artifact; empty when it conforms. */
    public static List<String> validate(JsonNode json, Artifact artifact) {
        requireNonNull(json, "json is null");
        return schema(artifact).validate(json).stream()
                .map(ValidationMessage::toString)
                .sorted()
                .toList();
    }

    /** Validation messages for a model object, serialized with {@link ArtifactJson}. */
    public static List<String> validateObject(Object artifactObject, Artifact artifact) {
        requireNonNull(artifactObject, "artifactObject is null");
        return validate(ArtifactJson.mapper().valueToTree(artifactObject), artifact);
    }

    private static synchronized JsonSchema schema(Artifact artifact) {
        requireNonNull(artifact, "artifact is null");
        return LOADED.computeIfAbsent(artifact, ArtifactSchemas::load);
    }

    private static JsonSchema load(Artifact artifact) {
        try (InputStream in = ArtifactSchemas.class.getResourceAsStream(artifact.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("Schema resource " + artifact.schemaResource() + " is missing from the classpath");
            }
            JsonNode schemaNode = ArtifactJson.mapper().readTree(in);
            // The draft comes from the schema's own $schema key (2020-12 for all four).
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode));
            return factory.getSchema(schemaNode);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load schema " + artifact.schemaResource(), e);
        }
    }
}
