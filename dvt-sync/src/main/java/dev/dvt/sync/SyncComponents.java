package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pinned Spark lines, native Spark connectors and Hadoop cloud connectors, read from
 * {@code dev/dvt/sync/components.yml}.
 */
final class SyncComponents {
    private static final String RESOURCE = "components.yml";

    /** Artifacts of one cloud bucket type, with {@code ${hadoop}} still to fill in. */
    record CloudConnector(List<String> artifacts, boolean transitive) {
        CloudConnector {
            artifacts = List.copyOf(requireNonNull(artifacts, "artifacts is null"));
        }
    }

    private final Map<String, SparkLine> sparkLines;
    private final List<String> sparkArtifacts;
    private final String sparkConnectClient;
    private final Map<String, Map<String, String>> nativeConnectors;
    private final Map<String, CloudConnector> cloudConnectors;

    private SyncComponents(
            Map<String, SparkLine> sparkLines,
            List<String> sparkArtifacts,
            String sparkConnectClient,
            Map<String, Map<String, String>> nativeConnectors,
            Map<String, CloudConnector> cloudConnectors) {
        this.sparkLines = Map.copyOf(sparkLines);
        this.sparkArtifacts = List.copyOf(sparkArtifacts);
        this.sparkConnectClient = requireNonNull(sparkConnectClient, "sparkConnectClient is null");
        this.nativeConnectors = Map.copyOf(nativeConnectors);
        this.cloudConnectors = Map.copyOf(cloudConnectors);
    }

    static SyncComponents standard() {
        return Holder.STANDARD;
    }

    Optional<SparkLine> sparkLine(String line) {
        return Optional.ofNullable(sparkLines.get(line));
    }

    List<String> supportedSparkLines() {
        return sparkLines.keySet().stream().sorted().toList();
    }

    /** Spark's own artifacts for a version. */
    List<String> sparkArtifacts(SparkLine line, String version) {
        return sparkArtifacts.stream()
                .map(a -> a.replace("${scala}", line.scala()).replace("${spark}", version))
                .toList();
    }

    /** The Spark Connect client artifact for a version. */
    String sparkConnectClient(SparkLine line, String version) {
        return sparkConnectClient.replace("${scala}", line.scala()).replace("${spark}", version);
    }

    boolean hasNativeConnector(String adapterType) {
        return nativeConnectors.containsKey(adapterType);
    }

    /** The native connector of an adapter type built for a Spark line, if one is published. */
    Optional<String> nativeConnector(String adapterType, SparkLine line) {
        return Optional.ofNullable(nativeConnectors.getOrDefault(adapterType, Map.of()).get(line.line()));
    }

    Optional<CloudConnector> cloudConnector(String bucketType) {
        return Optional.ofNullable(cloudConnectors.get(bucketType));
    }

    private static final class Holder {
        static final SyncComponents STANDARD = load();
    }

    private static SyncComponents load() {
        try (InputStream in = SyncComponents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DvtException(ErrorCode.INTERNAL, "Resource " + RESOURCE + " is missing from dvt-sync");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SyncComponents parse(Map<String, Object> root) {
        Map<String, SparkLine> lines = new LinkedHashMap<>();
        map(root.get("spark")).forEach((line, body) -> {
            Map<String, Object> fields = map(body);
            List<Integer> java = list(fields.get("java")).stream().map(v -> Integer.valueOf(v.toString())).toList();
            lines.put(line, new SparkLine(line, text(fields.get("scala")), text(fields.get("hadoop")), java,
                    Boolean.TRUE.equals(fields.get("connect"))));
        });
        List<String> sparkArtifacts = list(root.get("spark_artifacts")).stream().map(Object::toString).toList();
        Map<String, Map<String, String>> natives = new LinkedHashMap<>();
        map(root.get("native")).forEach((type, perLine) -> {
            Map<String, String> coordinates = new LinkedHashMap<>();
            map(perLine).forEach((line, coords) -> coordinates.put(line, text(coords)));
            natives.put(type, coordinates);
        });
        Map<String, CloudConnector> clouds = new LinkedHashMap<>();
        map(root.get("cloud")).forEach((type, body) -> {
            Map<String, Object> fields = map(body);
            clouds.put(type, new CloudConnector(
                    list(fields.get("artifacts")).stream().map(Object::toString).toList(),
                    Boolean.TRUE.equals(fields.get("transitive"))));
        });
        return new SyncComponents(lines, sparkArtifacts, text(root.get("spark_connect_client")), natives, clouds);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static String text(Object value) {
        return String.valueOf(value).trim();
    }
}
