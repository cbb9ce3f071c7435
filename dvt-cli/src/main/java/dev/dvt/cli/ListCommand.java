package dev.dvt.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.manifest.Exposure;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestResource;
import dev.dvt.artifacts.manifest.ModelNode;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dvt ls}: prints the selected resources, one per line, sorted, as dbt does. */
@Command(name = "list", aliases = "ls", description = "List the resources the selection picks.")
final class ListCommand extends BaseCommand {
    private static final List<String> DEFAULT_JSON_KEYS = List.of("alias", "name", "package_name", "depends_on", "tags",
            "config", "resource_type", "source_name", "original_file_path", "unique_id");
    private static final Set<String> ALL_TYPES = Set.of("model", "seed", "snapshot", "test", "unit_test", "analysis",
            "source", "exposure", "metric", "semantic_model", "saved_query", "operation");

    @Mixin
    SelectionOptions selection;

    @Option(names = {"-o", "--output"}, defaultValue = "selector", description = "name, path, selector (default) or json.")
    String output;

    @Option(names = "--output-keys", arity = "1..*", paramLabel = "KEY", description = "With --output json: the keys to print.")
    List<String> outputKeys = new ArrayList<>();

    @Override
    protected int run() {
        if (!List.of("name", "path", "selector", "json").contains(output)) {
            throw new DvtException(ErrorCode.USAGE, "--output must be one of name, path, selector or json (got '" + output + "').");
        }
        ProjectSession session = ProjectSession.open(loadConfig(), globals(), invocationId());
        Manifest manifest = session.manifest();
        List<String> lines = new ArrayList<>();
        for (String id : session.select(selection.criteria(ALL_TYPES)).selected()) {
            ManifestResource resource = find(manifest, id);
            if (resource != null) {
                lines.add(format(resource));
            }
        }
        lines.sort(null);
        if (lines.isEmpty()) {
            dev.dvt.core.events.Events.warn("NoNodesSelected", "No nodes selected!");
        }
        lines.forEach(BaseCommand::printResult);
        return 0;
    }

    private static ManifestResource find(Manifest manifest, String id) {
        ManifestResource resource = manifest.getNodes().get(id);
        if (resource == null) {
            resource = manifest.getSources().get(id);
        }
        if (resource == null) {
            resource = manifest.getExposures().get(id);
        }
        return resource;
    }

    private String format(ManifestResource resource) {
        return switch (output) {
            case "name" -> searchName(resource);
            case "path" -> resource.getOriginalFilePath();
            case "json" -> json(resource);
            default -> selector(resource);
        };
    }

    private static String searchName(ManifestResource resource) {
        if (resource instanceof SourceDefinition source) {
            return source.getSourceName() + "." + source.getName();
        }
        if (resource instanceof ModelNode model && model.getVersion() != null) {
            return model.getName() + ".v" + model.getVersion();
        }
        return resource.getName();
    }

    private static String selector(ManifestResource resource) {
        if (resource instanceof SourceDefinition source) {
            return "source:" + String.join(".", source.getFqn());
        }
        if (resource instanceof Exposure exposure) {
            return "exposure:" + String.join(".", exposure.getFqn());
        }
        return String.join(".", ((ManifestNode) resource).getFqn());
    }

    private String json(ManifestResource resource) {
        ObjectMapper mapper = ArtifactJson.mapper();
        JsonNode full = mapper.valueToTree(resource);
        ObjectNode picked = mapper.createObjectNode();
        for (String key : outputKeys.isEmpty() ? DEFAULT_JSON_KEYS : outputKeys) {
            if (full.has(key)) {
                picked.set(key, full.get(key));
            }
        }
        try {
            return mapper.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(picked);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
