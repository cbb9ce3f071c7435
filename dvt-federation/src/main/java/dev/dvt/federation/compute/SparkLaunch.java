package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ComputeConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Spark worker JVM is started: its command line (JVM flags and classpath only) and the
 * Spark settings it receives on stdin.
 */
final class SparkLaunch {
    /** Spark's own default for {@code spark.driver.memory}. */
    static final String DEFAULT_DRIVER_MEMORY = "1g";
    /** A Spark Connect client only sends plans and reads back a count and a schema. */
    static final String CONNECT_CLIENT_HEAP = "512m";


    private static final Pattern MEMORY = Pattern.compile("(\\d+)\\s*([kmgt]?)b?", Pattern.CASE_INSENSITIVE);
    private static final String DRIVER_MEMORY = "spark.driver.memory";
    private static final String EXTRA_JAVA_OPTIONS = "spark.driver.extraJavaOptions";
    private static final String EXTRA_CLASSPATH = "spark.driver.extraClassPath";

    private final ComputeConfig.Spark config;

    SparkLaunch(ComputeConfig.Spark config) {
        this.config = requireNonNull(config, "config is null");
    }

    /**
     * The worker's command line. Driver settings that only act at JVM start (memory, extra Java
     * options, extra classpath) become JVM flags here; every other setting goes on stdin. With a
     * Spark Connect master the driver runs on the server, so they stay settings and the local
     * client JVM gets a small fixed heap.
     */
    List<String> command(Path java, Path workerJar, List<Path> sparkJars) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xmx" + (isConnect() ? CONNECT_CLIENT_HEAP
                : heap(config.config().getOrDefault(DRIVER_MEMORY, DEFAULT_DRIVER_MEMORY))));
        command.addAll(SparkJvmFlags.MODULE_OPTIONS);
        String extraOptions = config.config().get(EXTRA_JAVA_OPTIONS);
        if (!isConnect() && extraOptions != null && !extraOptions.isBlank()) {
            command.addAll(List.of(extraOptions.trim().split("\\s+")));
        }
        List<String> classpath = new ArrayList<>();
        classpath.add(workerJar.toString());
        String extraClasspath = config.config().get(EXTRA_CLASSPATH);
        if (!isConnect() && extraClasspath != null && !extraClasspath.isBlank()) {
            classpath.add(extraClasspath.trim());
        }
        sparkJars.forEach(jar -> classpath.add(jar.toString()));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(SparkWorkerJar.MAIN_CLASS);
        return command;
    }

    /**
     * The Spark settings sent to the worker: DVT's defaults for a worker on this machine (no UI,
     * loopback only, UTC session time zone, Parquet timestamps as INT64 micros that every reader
     * understands), then every {@code config} entry of computes.yml, which wins. A Spark Connect
     * session takes only SQL settings, so it gets just the last two defaults.
     */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!isConnect()) {
            settings.put("spark.ui.enabled", "false");
            settings.put("spark.driver.bindAddress", "127.0.0.1");
        }
        if (isLocal()) {
            settings.put("spark.driver.host", "127.0.0.1");
        }
        settings.put("spark.sql.session.timeZone", "UTC");
        settings.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        settings.putAll(config.config());
        return settings;
    }

    String master() {
        return config.master().trim();
    }

    boolean isConnect() {
        return SparkConnectUrl.isConnect(master());
    }

    /**
     * A cloud bucket's Hadoop setting as this master takes it. A Spark Connect session cannot change
     * the server's {@code spark.hadoop.*} settings, but Spark builds each session's Hadoop
     * configuration from its SQL settings too, so there the plain {@code fs.*} key is set.
     */
    String hadoopKey(String sparkHadoopKey) {
        String prefix = "spark.hadoop.";
        return isConnect() && sparkHadoopKey.startsWith(prefix) ? sparkHadoopKey.substring(prefix.length()) : sparkHadoopKey;
    }

    boolean isLocal() {
        return master().toLowerCase(Locale.ROOT).startsWith("local");
    }

    /** {@code spark.driver.memory} as a JVM heap size: {@code 2g}, {@code 512m}; no unit means MiB, as in Spark. */
    static String heap(String memory) {
        Matcher matcher = MEMORY.matcher(memory.trim());
        if (!matcher.matches()) {
            throw new DvtException(ErrorCode.CONFIG, "spark.driver.memory '" + memory
                    + "' in computes.yml is not a size: write it like 2g or 512m");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "" -> amount + "m";
            case "t" -> amount * 1024 + "g";
            default -> amount + unit;
        };
    }
}
