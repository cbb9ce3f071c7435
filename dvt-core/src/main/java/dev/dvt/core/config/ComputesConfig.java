package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.Redactor;
import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.core.yaml.YamlMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The computes of the active profile, from computes.yml next to the profiles.yml in use:
 * {@code <profile>: {target: <default compute>, computes: {<name>: {type, ...}}}}.
 *
 * @param file the computes.yml read, or null when defaults are used
 * @param defaultCompute the name of the compute federated models use unless told otherwise
 */
public record ComputesConfig(Path file, String defaultCompute, Map<String, ComputeConfig> computes) {
    private static final Logger LOG = LoggerFactory.getLogger(ComputesConfig.class);

    public static final String FILE_NAME = "computes.yml";

    /**
     * Without computes.yml (or without a section for the profile) DVT uses embedded DuckDB: it
     * needs no download, starts instantly and is much faster than Spark local mode on one
     * machine. {@code dvt init} writes a Spark compute for users who want one.
     */
    public static final String DEFAULT_COMPUTE_NAME = "local_duckdb";

    /** DVT's name for the Spark template compute; preferred when a profile omits {@code target}. */
    static final String SPARK_TEMPLATE_NAME = "local_spark";

    private static final Pattern CONNECT_TOKEN = Pattern.compile(";token=([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SPARK_KEYS = Set.of("type", "version", "master", "config",
            "jdbc_extraction", "jdbc_load", "java_home");
    private static final Set<String> DUCKDB_KEYS = Set.of("type", "memory_limit", "threads",
            "temp_directory", "jdbc_extraction", "jdbc_load");
    private static final Pattern MEMORY = Pattern.compile(
            "(?i)\\d+(\\.\\d+)?\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib|%)?");

    public ComputesConfig {
        requireNonNull(defaultCompute, "defaultCompute is null");
        computes = Map.copyOf(computes);
        if (!computes.containsKey(defaultCompute)) {
            throw new IllegalArgumentException("default compute " + defaultCompute + " not in "
                    + computes.keySet());
        }
    }

    /** The built-in configuration: one embedded DuckDB compute. */
    public static ComputesConfig defaults() {
        ComputeConfig duckdb = new ComputeConfig.DuckDb(DEFAULT_COMPUTE_NAME, null, null, null,
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);
        return new ComputesConfig(null, DEFAULT_COMPUTE_NAME, Map.of(DEFAULT_COMPUTE_NAME, duckdb));
    }

    /** A compute by name; an unknown name is a CONFIG error listing the known ones. */
    public ComputeConfig compute(String name) {
        ComputeConfig compute = computes.get(name);
        if (compute == null) {
            throw new DvtException(ErrorCode.CONFIG, "Compute '" + name + "' is not defined"
                    + (file == null ? " (no " + FILE_NAME + " is in use)" : " in " + file)
                    + ". Computes: " + computes.keySet().stream().sorted().toList());
        }
        return compute;
    }

    public ComputeConfig defaultComputeConfig() {
        return computes.get(defaultCompute);
    }

    /** Reads {@code <dir>/computes.yml} for {@code profileName}; defaults when absent. */
    public static ComputesConfig load(Path dir, String profileName, ValueRenderer renderer,
            RenderContext context) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            LOG.debug("No {} in {}; using embedded DuckDB compute '{}'", FILE_NAME, dir,
                    DEFAULT_COMPUTE_NAME);
            return defaults();
        }
        YamlDocument document = YamlFiles.read(file);
        YamlMap root = document.rootMap();
        if (!root.has(profileName)) {
            LOG.debug("{} has no section for profile '{}'; using embedded DuckDB", file,
                    profileName);
            return defaults();
        }
        YamlMap section = root.map(profileName).orElseThrow();
        section.rejectUnknownKeys(Set.of("target", "computes", "max_federation_threads"));
        YamlTreeRenderer.render(document, section.raw(), List.of(profileName), renderer, context);
        YamlMap entries = section.map("computes").orElseThrow(() -> section.error("computes",
                "Profile '" + profileName + "' in " + FILE_NAME + " has no 'computes:'"));
        Map<String, ComputeConfig> computes = new LinkedHashMap<>();
        for (String name : entries.keys()) {
            YamlMap entry = entries.map(name).orElseThrow(() -> entries.error(name,
                    "Compute '" + name + "' is empty; it needs at least 'type:'"));
            computes.put(name, compute(name, entry));
        }
        if (computes.isEmpty()) {
            throw section.error("computes", "Profile '" + profileName + "' in " + FILE_NAME
                    + " defines no computes");
        }
        String target = section.string("target").orElseGet(() -> defaultName(computes, section));
        if (!computes.containsKey(target)) {
            throw section.error("target", "'" + section.pathOf("target") + "' names compute '"
                    + target + "', which is not defined. Computes: "
                    + computes.keySet().stream().sorted().toList());
        }
        return new ComputesConfig(file, target, computes);
    }

    private static String defaultName(Map<String, ComputeConfig> computes, YamlMap section) {
        if (computes.size() == 1) {
            return computes.keySet().iterator().next();
        }
        if (computes.containsKey(SPARK_TEMPLATE_NAME)) {
            return SPARK_TEMPLATE_NAME;
        }
        throw section.error("target", "'" + section.pathOf("target") + "' is required when"
                + " several computes are defined");
    }

    private static ComputeConfig compute(String name, YamlMap entry) {
        String type = entry.string("type", "spark");
        ComputeConfig.JdbcExtraction extraction = entry.map("jdbc_extraction").map(m -> {
            m.rejectUnknownKeys(Set.of("num_partitions", "fetch_size"));
            return new ComputeConfig.JdbcExtraction(m.positive("num_partitions", 8),
                    m.positive("fetch_size", 10_000));
        }).orElse(ComputeConfig.JdbcExtraction.DEFAULT);
        ComputeConfig.JdbcLoad load = entry.map("jdbc_load").map(m -> {
            m.rejectUnknownKeys(Set.of("num_partitions", "batch_size"));
            return new ComputeConfig.JdbcLoad(m.positive("num_partitions", ComputeConfig.JdbcLoad.DEFAULT_PARTITIONS),
                    m.positive("batch_size", 10_000));
        }).orElse(ComputeConfig.JdbcLoad.DEFAULT);
        switch (type) {
            case "spark" -> {
                entry.rejectUnknownKeys(SPARK_KEYS);
                Map<String, String> config = new LinkedHashMap<>();
                YamlMap settings = entry.mapOrEmpty("config");
                for (String key : settings.keys()) {
                    Object value = settings.get(key);
                    if (value instanceof Map || value instanceof List) {
                        throw settings.error(key, "'" + settings.pathOf(key)
                                + "' must be a single value, not a list or mapping");
                    }
                    config.put(key, value == null ? "" : String.valueOf(value));
                }
                String master = entry.string("master", ComputeConfig.Spark.DEFAULT_MASTER);
                registerConnectToken(master);
                return new ComputeConfig.Spark(name, entry.string("version").orElse(null), master, config,
                        extraction, load);
            }
            case "duckdb" -> {
                entry.rejectUnknownKeys(DUCKDB_KEYS);
                String memory = entry.string("memory_limit").orElse(null);
                if (memory != null && !MEMORY.matcher(memory.strip()).matches()) {
                    throw entry.error("memory_limit", "'" + entry.pathOf("memory_limit")
                            + "' must be a size such as 4GB, 512MB or 50%, got '" + memory + "'");
                }
                Integer threads = entry.has("threads") ? entry.positive("threads", 1) : null;
                return new ComputeConfig.DuckDb(name, memory, threads,
                        entry.string("temp_directory").orElse(null), extraction, load);
            }
            default -> throw entry.error("type", "Compute '" + name + "' has unknown type '"
                    + type + "'; use spark or duckdb");
        }
    }

    /** A Spark Connect URL can carry a bearer token ({@code sc://host/;token=…}); it must never be printed. */
    private static void registerConnectToken(String master) {
        Matcher token = CONNECT_TOKEN.matcher(master);
        while (token.find()) {
            Redactor.register(token.group(1));
        }
    }
}
