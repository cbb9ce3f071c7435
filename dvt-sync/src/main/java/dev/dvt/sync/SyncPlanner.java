package dev.dvt.sync;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.database.DatabaseCatalog;
import dev.dvt.core.database.DatabaseDefinition;
import dev.dvt.core.database.InstallCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link SyncRequest} into the list of items to install. It validates every input first
 * and reports all unknown adapter types, Spark versions and bucket types in one error.
 */
final class SyncPlanner {
    private static final Pattern SPARK_VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+(?:-[A-Za-z0-9.]+)?");
    private static final Set<String> LOCAL_BUCKETS = Set.of("filesystem", "hdfs");
    private static final String SPARK_ADAPTER = "spark";

    private final SyncComponents components;

    SyncPlanner(SyncComponents components) {
        this.components = components;
    }

    SyncPlan plan(SyncRequest request) {
        InstallCache cache = request.cache();
        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Map<String, DatabaseDefinition> databases = databases(request, problems);
        Map<String, SparkLine> sparkVersions = sparkVersions(request, problems);
        Set<String> cloudBuckets = cloudBuckets(request, problems);
        if (!problems.isEmpty()) {
            throw new DvtException(ErrorCode.SYNC, String.join("\n", problems));
        }

        Map<String, SyncItem> items = new LinkedHashMap<>();
        for (DatabaseDefinition database : databases.values()) {
            if (database.driverArtifact().isPresent()) {
                String coordinates = database.driverArtifact().get();
                add(items, new SyncItem(SyncItem.Kind.DRIVER, database.type(), versionOf(coordinates),
                        cache.driverDir(database.type()), List.of(coordinates), true, Optional.empty()));
            } else if (!components.hasNativeConnector(database.type())) {
                notices.add(database.type() + ": " + database.note().orElse("no JDBC driver to install."));
            }
        }
        sparkVersions.forEach((version, line) -> {
            if (!line.supportsJava(request.javaVersion())) {
                notices.add("Spark " + version + " runs on Java " + join(line.javaVersions()) + ", but the Java found is "
                        + request.javaVersion() + ": point the Spark worker at a supported JDK (JAVA_HOME or the"
                        + " compute's java_home), or choose a Spark version that supports Java " + request.javaVersion() + ".");
            }
            add(items, new SyncItem(SyncItem.Kind.SPARK, "spark", version, cache.sparkDir(version),
                    components.sparkArtifacts(line, version), true, Optional.of(line.line())));
            if (request.sparkConnectVersions().contains(version)) {
                add(items, new SyncItem(SyncItem.Kind.SPARK_CONNECT_CLIENT, "spark-connect-client", version,
                        cache.sparkConnectClientDir(version), List.of(components.sparkConnectClient(line, version)),
                        false, Optional.of(line.line())));
            }
            addNativeConnectors(items, notices, cache, databases, version, line);
            addCloudConnectors(items, cache, cloudBuckets, line);
        });
        if (!cloudBuckets.isEmpty() && sparkVersions.isEmpty()) {
            notices.add("Buckets of type " + String.join(", ", cloudBuckets) + " need Hadoop connectors only for a"
                    + " Spark compute, and none has a version: nothing installed for them.");
        }
        return new SyncPlan(List.copyOf(items.values()), notices);
    }

    private void addNativeConnectors(Map<String, SyncItem> items, List<String> notices, InstallCache cache,
            Map<String, DatabaseDefinition> databases, String version, SparkLine line) {
        for (String type : databases.keySet()) {
            if (!components.hasNativeConnector(type)) {
                continue;
            }
            Optional<String> connector = components.nativeConnector(type, line);
            if (connector.isEmpty()) {
                notices.add("No " + type + " Spark connector is published for Spark " + line.line() + " (Scala "
                        + line.scala() + "): with Spark " + version + ", " + type + " data moves over JDBC.");
                continue;
            }
            String coordinates = connector.get();
            String name = type + "-spark-" + line.line();
            add(items, new SyncItem(SyncItem.Kind.CONNECTOR, name, versionOf(coordinates), cache.connectorDir(name),
                    List.of(coordinates), !selfContained(coordinates), Optional.of(line.line())));
        }
    }

    private void addCloudConnectors(Map<String, SyncItem> items, InstallCache cache, Set<String> buckets, SparkLine line) {
        for (String bucket : buckets) {
            SyncComponents.CloudConnector connector = components.cloudConnector(bucket).orElseThrow();
            List<String> coordinates = connector.artifacts().stream()
                    .map(a -> a.replace("${hadoop}", line.hadoop()))
                    .toList();
            String name = bucket + "-spark-" + line.line();
            add(items, new SyncItem(SyncItem.Kind.CONNECTOR, name, versionOf(coordinates.get(0)),
                    cache.connectorDir(name), coordinates, connector.transitive(), Optional.of(line.line())));
        }
    }

    private static Map<String, DatabaseDefinition> databases(SyncRequest request, List<String> problems) {
        Map<String, DatabaseDefinition> databases = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        List<String> sorted = request.adapterTypes().stream().map(String::trim)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        for (String raw : sorted) {
            String type = raw.toLowerCase(Locale.ROOT);
            if (type.equals(SPARK_ADAPTER)) {
                continue; // the compute engine, installed from computes.yml
            }
            Optional<DatabaseDefinition> definition = DatabaseCatalog.find(type);
            if (definition.isPresent()) {
                databases.putIfAbsent(definition.get().type(), definition.get());
            } else {
                unknown.add(raw);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("Unknown adapter type" + (unknown.size() > 1 ? "s " : " ") + quoted(unknown)
                    + " in profiles.yml or require-adapters. Known types: "
                    + String.join(", ", DatabaseCatalog.types()) + ".");
        }
        return databases;
    }

    private Map<String, SparkLine> sparkVersions(SyncRequest request, List<String> problems) {
        Map<String, SparkLine> versions = new LinkedHashMap<>();
        for (String version : request.sparkVersions()) {
            Matcher matcher = SPARK_VERSION.matcher(version);
            Optional<SparkLine> line = matcher.matches()
                    ? components.sparkLine(matcher.group(1) + "." + matcher.group(2))
                    : Optional.empty();
            if (line.isPresent()) {
                versions.put(version, line.get());
                if (request.sparkConnectVersions().contains(version) && !line.get().connect()) {
                    problems.add("Spark " + version + " cannot run on a Spark Connect master (sc://…) in computes.yml:"
                            + " DVT uses Spark Connect from Spark 4.0. Set the compute's version to 4.0.1 or later.");
                }
            } else {
                problems.add("Unknown Spark version '" + version + "' in computes.yml: DVT installs Spark "
                        + String.join(", ", components.supportedSparkLines())
                        + " (set `version` to a full release such as 3.5.7 or 4.0.1).");
            }
        }
        return versions;
    }

    private Set<String> cloudBuckets(SyncRequest request, List<String> problems) {
        Set<String> cloud = new TreeSet<>();
        for (String raw : request.bucketTypes()) {
            String type = raw.trim().toLowerCase(Locale.ROOT);
            if (LOCAL_BUCKETS.contains(type)) {
                continue;
            }
            if (components.cloudConnector(type).isPresent()) {
                cloud.add(type);
            } else {
                problems.add("Unknown bucket type '" + raw.trim()
                        + "' in buckets.yml: use filesystem, hdfs, s3, gcs or azure.");
            }
        }
        return cloud;
    }

    private static void add(Map<String, SyncItem> items, SyncItem item) {
        items.putIfAbsent(item.directory().toString(), item);
    }

    /** Shaded or "-with-dependencies" jars carry their dependencies inside. */
    static boolean selfContained(String coordinates) {
        String[] parts = coordinates.split(":");
        boolean shaded = parts.length == 5 && parts[3].equals("shaded");
        return shaded || parts[1].endsWith("-with-dependencies");
    }

    static String versionOf(String coordinates) {
        return coordinates.substring(coordinates.lastIndexOf(':') + 1);
    }

    private static String quoted(Set<String> values) {
        return "'" + String.join("', '", values) + "'";
    }

    private static String join(List<Integer> values) {
        List<String> texts = values.stream().map(String::valueOf).toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " or " + texts.get(texts.size() - 1);
    }
}
