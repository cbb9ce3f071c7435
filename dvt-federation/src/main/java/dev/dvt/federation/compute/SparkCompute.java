package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.database.ClasspathLocator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code type: spark} compute: a child JVM running the DVT Spark worker on the jars
 * {@code dvt sync} installed for the compute's version. The JVM starts on the first job (Spark
 * takes seconds to come up), serves every later job of the run, and stops at {@link #close()}.
 * Jobs run one at a time: each already uses every core the master gives it.
 */
public final class SparkCompute implements ComputeEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SparkCompute.class);
    static final String ENGINE = "spark";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ComputeConfig.Spark config;
    private final ComputeContext context;
    private final SparkLaunch launch;
    private final List<Path> sparkJars;
    /** The Spark Connect server, or null when the worker runs Spark itself. */
    private final SparkConnectUrl connectUrl;
    private final ObjectMapper json = new ObjectMapper();
    private SparkWorkerProcess worker;
    private Duration workerStartup;
    private long nextJobId = 1;
    private boolean closed;

    /**
     * @throws DvtException (FEDERATION) when the compute has no version, its Spark (or, for a
     *     Spark Connect master, the Connect client) is not installed, or it asks Spark Connect of a
     *     Spark before 4.0; (CONFIG) when its {@code sc://} master is malformed
     */
    SparkCompute(ComputeConfig.Spark config, ComputeContext context) {
        this.config = requireNonNull(config, "config is null");
        this.context = requireNonNull(context, "context is null");
        this.launch = new SparkLaunch(config);
        String version = config.version();
        if (version == null || version.isBlank()) {
            throw new DvtException(ErrorCode.FEDERATION, "Spark compute '" + config.name()
                    + "' has no version in computes.yml: set `version` (for example 4.0.1) and run `dvt sync`");
        }
        this.connectUrl = launch.isConnect() ? SparkConnectUrl.parse(launch.master(), config.name()) : null;
        if (connectUrl != null && !connectsFrom4(version.trim())) {
            throw new DvtException(ErrorCode.FEDERATION, "Spark compute '" + config.name() + "' has a Spark Connect"
                    + " master but version " + version.trim() + ": DVT uses Spark Connect from Spark 4.0. Set its version"
                    + " to the server's Spark (4.0.1 or later) and run `dvt sync`.");
        }
        ClasspathLocator locator = new ClasspathLocator(context.cache());
        if (!locator.isSparkInstalled(version.trim())) {
            throw new DvtException(ErrorCode.FEDERATION, "Spark " + version.trim()
                    + " is not installed: run `dvt sync` (computes.yml compute '" + config.name() + "')");
        }
        List<Path> jars = new ArrayList<>();
        if (connectUrl != null) {
            // The server reads the data, so the local client needs no Hadoop or database connectors.
            jars.addAll(sparkConnectClient(locator, version.trim()));
            jars.addAll(locator.sparkJars(version.trim()));
        } else {
            jars.addAll(locator.sparkJars(version.trim()));
            jars.addAll(locator.connectorJars(version.trim()));
        }
        this.sparkJars = List.copyOf(jars);
    }

    private List<Path> sparkConnectClient(ClasspathLocator locator, String version) {
        try {
            return locator.sparkConnectClientJars(version);
        } catch (DvtException e) {
            throw new DvtException(ErrorCode.FEDERATION, e.getMessage() + " (computes.yml compute '" + config.name() + "')");
        }
    }

    private static boolean connectsFrom4(String version) {
        String major = version.split("\\.")[0];
        return major.matches("\\d+") && Integer.parseInt(major) >= 4;
    }

    /**
     * Whether the worker reads and writes this cloud bucket's URIs itself: the bucket type's Hadoop
     * connector is installed and its access can be expressed as Hadoop settings. Otherwise inputs
     * are read from local copies. A Spark Connect server always reads the bucket itself: local
     * copies would be on this machine, not on the server.
     */
    public boolean readsBucket(dev.dvt.core.config.BucketConfig bucket) {
        return connectUrl != null ? bucket.isCloud() : SparkBucketAccess.canRead(bucket, sparkJars);
    }

    @Override
    public String engineName() {
        return ENGINE;
    }

    /** How long the worker JVM took to start Spark, once it has started. */
    public synchronized Optional<Duration> workerStartup() {
        return Optional.ofNullable(workerStartup);
    }

    @Override
    public synchronized ComputeResult run(ComputeJob job) {
        requireNonNull(job, "job is null");
        SparkWorkerProcess process = startedWorker(job);
        long began = System.nanoTime();
        JsonNode reply;
        try {
            reply = process.exchange(request(job));
        } catch (SparkWorkerProcess.WorkerFailure e) {
            worker = null;
            throw new DvtException(ErrorCode.FEDERATION, "Spark compute '" + config.name() + "' failed while running "
                    + job.modelUniqueId() + ": " + e.getMessage());
        }
        if (!reply.path("ok").asBoolean(false)) {
            String error = reply.path("error").asText();
            String hint = connectUrl != null && error.contains("PATH_NOT_FOUND")
                    ? "\nThe Spark Connect server reads the staging bucket itself: with a server on another machine, use an"
                    + " s3, gcs or azure bucket that it can reach."
                    : "";
            throw new DvtException(ErrorCode.FEDERATION, "Spark could not run " + job.modelUniqueId() + ": "
                    + SparkMessages.concise(error) + hint);
        }
        List<String> files = new ArrayList<>();
        reply.path("files").forEach(f -> files.add(localPath(f.asText())));
        List<ResultColumn> columns = new ArrayList<>();
        reply.path("columns").forEach(c -> columns.add(new ResultColumn(c.path("name").asText(), c.path("type").asText())));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        long rows = reply.path("row_count").asLong();
        LOG.debug("Spark wrote {} rows of {} to {} in {} ms", rows, job.modelUniqueId(), job.output(), elapsed.toMillis());
        return new ComputeResult(rows, files, columns, elapsed, ENGINE);
    }

    private SparkWorkerProcess startedWorker(ComputeJob job) {
        if (closed) {
            throw new IllegalStateException("Spark compute '" + config.name() + "' is closed");
        }
        if (worker != null && worker.isAlive()) {
            return worker;
        }
        if (connectUrl != null) {
            connectUrl.checkReachable(config.name(), CONNECT_TIMEOUT);
        }
        Path workerJar = SparkWorkerJar.ensure(context.cache().sparkRoot());
        List<String> command = launch.command(context.javaExecutable(), workerJar, sparkJars);
        long began = System.nanoTime();
        try {
            java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
            SparkBucketAccess.hadoopSettings(context.buckets()).forEach((key, value) -> settings.put(launch.hadoopKey(key), value));
            settings.putAll(launch.settings());
            worker = SparkWorkerProcess.start(command, launch.master(), settings);
        } catch (SparkWorkerProcess.WorkerFailure e) {
            throw new DvtException(ErrorCode.FEDERATION, "Spark compute '" + config.name() + "' (Spark "
                    + config.version() + ", master " + launch.master() + ") could not start for "
                    + job.modelUniqueId() + ": " + e.getMessage());
        }
        workerStartup = Duration.ofNanos(System.nanoTime() - began);
        LOG.info("Spark worker for compute '{}' started in {} ms", config.name(), workerStartup.toMillis());
        return worker;
    }

    private ObjectNode request(ComputeJob job) {
        ObjectNode request = json.createObjectNode();
        request.put("op", "run");
        request.put("id", nextJobId++);
        request.put("model", job.modelUniqueId());
        ArrayNode inputs = request.putArray("inputs");
        for (StagedInput input : job.inputs()) {
            ObjectNode entry = inputs.addObject().put("view", input.viewName()).put("location", absolute(input.location()))
                    .put("format", input.format().sparkSource());
            if (input.format() == InputFormat.JSON_LINES || input.format() == InputFormat.JSON_ARRAY) {
                // FAILFAST: a malformed record fails the job instead of becoming a _corrupt_record row
                ObjectNode options = entry.putObject("options").put("mode", "FAILFAST");
                if (input.format() == InputFormat.JSON_ARRAY) {
                    options.put("multiLine", "true");
                }
            }
        }
        request.put("sql", SqlLiterals.body(job.sql()));
        request.put("output", absolute(job.output()));
        return request;
    }

    /** Local paths are made absolute: the worker's working directory is not dvt's concern. */
    private static String absolute(String location) {
        return OutputLocations.isLocal(location) ? Path.of(location).toAbsolutePath().toString() : location;
    }

    /** Spark reports {@code file:/…} URIs for local files; loaders want plain paths. */
    private static String localPath(String file) {
        return file.startsWith("file:") ? Path.of(URI.create(file)).toString() : file;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (worker != null) {
            worker.stop();
            worker = null;
        }
    }
}
