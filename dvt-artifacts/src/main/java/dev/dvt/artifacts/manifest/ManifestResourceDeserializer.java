package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Chooses the concrete class of a manifest entry from its {@code resource_type}. Tests share
 * "test"; a generic test is the one carrying {@code test_metadata}. Metrics, saved queries,
 * semantic models and unit tests are not modelled and read as null.
 */
final class ManifestResourceDeserializer extends JsonDeserializer<ManifestResource> {
    private static final Logger LOG = LoggerFactory.getLogger(ManifestResourceDeserializer.class);

    @Override
    public ManifestResource deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        ObjectNode tree = parser.readValueAsTree();
        JsonNode typeNode = tree.get("resource_type");
        if (typeNode == null || !typeNode.isTextual()) {
            return context.reportInputMismatch(ManifestResource.class,
                    "Manifest entry %s has no resource_type", tree.path("unique_id").asText("?"));
        }
        Class<? extends ManifestResource> type = switch (ResourceType.fromValue(typeNode.asText())) {
            case MODEL -> ModelNode.class;
            case SEED -> SeedNode.class;
            case SNAPSHOT -> SnapshotNode.class;
            case ANALYSIS -> AnalysisNode.class;
            case TEST -> tree.hasNonNull("test_metadata") ? GenericTestNode.class : SingularTestNode.class;
            case OPERATION -> HookNode.class;
            case SQL_OPERATION -> SqlOperationNode.class;
            case SOURCE -> SourceDefinition.class;
            case MACRO -> Macro.class;
            case DOC -> Documentation.class;
            case EXPOSURE -> Exposure.class;
            case GROUP -> Group.class;
            case METRIC, SAVED_QUERY, SEMANTIC_MODEL, UNIT_TEST -> null;
        };
        if (type == null) {
            // Only disabled lists hold these in a dbt manifest; Manifest.setDisabled drops the nulls.
            LOG.debug("Skipping {} entry {} (not modelled by DVT)", typeNode.asText(), tree.path("unique_id").asText("?"));
            return null;
        }
        return context.readTreeAsValue(tree, type);
    }
}
