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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staging buckets of the active profile, from buckets.yml next to the profiles.yml in use:
 * {@code <profile>: {target: <default bucket>, buckets: {<name>: {type, ...}}}}.
 *
 * @param file the buckets.yml read, or null when defaults are used
 */
public record BucketsConfig(Path file, String defaultBucket, Map<String, BucketConfig> buckets) {
    private static final Logger LOG = LoggerFactory.getLogger(BucketsConfig.class);

    public static final String FILE_NAME = "buckets.yml";
    /** The bucket used when buckets.yml says nothing: a directory inside the project. */
    public static final String DEFAULT_BUCKET_NAME = "local";

    private static final Map<String, Set<String>> KEYS = Map.of(
            "filesystem", Set.of("type", "path"),
            "hdfs", Set.of("type", "path"),
            "s3", Set.of("type", "bucket", "prefix", "region", "access_key_id",
                    "secret_access_key", "session_token", "iam_role", "use_instance_profile",
                    "storage_integration", "endpoint", "path_style_access"),
            "gcs", Set.of("type", "bucket", "prefix", "project", "keyfile", "keyfile_json",
                    "use_application_default", "storage_integration", "endpoint"),
            "azure", Set.of("type", "container", "storage_account", "prefix", "account_key",
                    "sas_token", "client_id", "client_secret", "tenant_id",
                    "use_managed_identity", "storage_integration", "endpoint"));

    public BucketsConfig {
        requireNonNull(defaultBucket, "defaultBucket is null");
        buckets = Map.copyOf(buckets);
        if (!buckets.containsKey(defaultBucket)) {
            throw new IllegalArgumentException("default bucket " + defaultBucket + " not in "
                    + buckets.keySet());
        }
    }

    /** The default filesystem staging directory of a project. */
    public static Path defaultStagingPath(Path projectRoot) {
        return projectRoot.resolve(".dvt").resolve("staging");
    }

    /** One filesystem bucket named {@code local} at {@code <project>/.dvt/staging}. */
    public static BucketsConfig defaults(Path projectRoot) {
        BucketConfig local = new BucketConfig.Filesystem(DEFAULT_BUCKET_NAME,
                defaultStagingPath(projectRoot));
        return new BucketsConfig(null, DEFAULT_BUCKET_NAME, Map.of(DEFAULT_BUCKET_NAME, local));
    }

    public BucketConfig bucket(String name) {
        BucketConfig bucket = buckets.get(name);
        if (bucket == null) {
            throw new DvtException(ErrorCode.CONFIG, "Bucket '" + name + "' is not defined"
                    + (file == null ? " (no " + FILE_NAME + " is in use)" : " in " + file)
                    + ". Buckets: " + buckets.keySet().stream().sorted().toList());
        }
        return bucket;
    }

    public BucketConfig defaultBucketConfig() {
        return buckets.get(defaultBucket);
    }

    /**
     * Reads {@code <dir>/buckets.yml} for {@code profileName}; defaults when absent. Relative
     * filesystem paths are resolved against the project root, {@code ~} against
     * {@code userHome}.
     */
    public static BucketsConfig load(Path dir, String profileName, Path projectRoot, Path userHome,
            ValueRenderer renderer, RenderContext context) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            LOG.debug("No {} in {}; staging in {}", FILE_NAME, dir, defaultStagingPath(projectRoot));
            return defaults(projectRoot);
        }
        YamlDocument document = YamlFiles.read(file);
        YamlMap root = document.rootMap();
        if (!root.has(profileName)) {
            return defaults(projectRoot);
        }
        YamlMap section = root.map(profileName).orElseThrow();
        section.rejectUnknownKeys(Set.of("target", "buckets"));
        YamlTreeRenderer.render(document, section.raw(), List.of(profileName), renderer, context);
        YamlMap entries = section.map("buckets").orElseThrow(() -> section.error("buckets",
                "Profile '" + profileName + "' in " + FILE_NAME + " has no 'buckets:'"));
        Map<String, BucketConfig> buckets = new LinkedHashMap<>();
        for (String name : entries.keys()) {
            YamlMap entry = entries.mapOrEmpty(name);
            BucketConfig bucket = bucket(name, entry, projectRoot, userHome);
            // Keys and tokens may surface in SDK errors or COPY statements: mask them in every sink.
            bucket.secrets().forEach(Redactor::register);
            buckets.put(name, bucket);
        }
        if (buckets.isEmpty()) {
            throw section.error("buckets", "Profile '" + profileName + "' in " + FILE_NAME
                    + " defines no buckets");
        }
        String target = section.string("target").orElse(null);
        if (target == null) {
            if (buckets.size() == 1) {
                target = buckets.keySet().iterator().next();
            } else if (buckets.containsKey(DEFAULT_BUCKET_NAME)) {
                target = DEFAULT_BUCKET_NAME;
            } else {
                throw section.error("target", "'" + section.pathOf("target") + "' is required"
                        + " when several buckets are defined");
            }
        }
        if (!buckets.containsKey(target)) {
            throw section.error("target", "'" + section.pathOf("target") + "' names bucket '"
                    + target + "', which is not defined. Buckets: "
                    + buckets.keySet().stream().sorted().toList());
        }
        return new BucketsConfig(file, target, buckets);
    }

    private static BucketConfig bucket(String name, YamlMap entry, Path projectRoot,
            Path userHome) {
        String type = entry.string("type", "filesystem");
        Set<String> known = KEYS.get(type);
        if (known == null) {
            throw entry.error("type", "Bucket '" + name + "' has unknown type '" + type
                    + "'; use filesystem, s3, gcs, azure or hdfs");
        }
        entry.rejectUnknownKeys(known);
        return switch (type) {
            case "filesystem" -> new BucketConfig.Filesystem(name, entry.string("path")
                    .map(p -> localPath(p, projectRoot, userHome))
                    .orElse(defaultStagingPath(projectRoot)));
            case "hdfs" -> new BucketConfig.Hdfs(name, entry.requiredString("path"));
            case "s3" -> new BucketConfig.S3(name, entry.requiredString("bucket"),
                    opt(entry, "prefix"), entry.string("region", BucketConfig.S3.DEFAULT_REGION),
                    opt(entry, "access_key_id"), opt(entry, "secret_access_key"),
                    opt(entry, "session_token"), opt(entry, "iam_role"),
                    entry.bool("use_instance_profile", false), opt(entry, "storage_integration"),
                    opt(entry, "endpoint"), entry.bool("path_style_access", false));
            case "gcs" -> new BucketConfig.Gcs(name, entry.requiredString("bucket"),
                    opt(entry, "prefix"), opt(entry, "project"), opt(entry, "keyfile"),
                    opt(entry, "keyfile_json"), entry.bool("use_application_default", false),
                    opt(entry, "storage_integration"), opt(entry, "endpoint"));
            default -> new BucketConfig.Azure(name, entry.requiredString("container"),
                    entry.requiredString("storage_account"), opt(entry, "prefix"),
                    opt(entry, "account_key"), opt(entry, "sas_token"), opt(entry, "client_id"),
                    opt(entry, "client_secret"), opt(entry, "tenant_id"),
                    entry.bool("use_managed_identity", false), opt(entry, "storage_integration"),
                    opt(entry, "endpoint"));
        };
    }

    private static String opt(YamlMap entry, String key) {
        return entry.string(key).orElse(null);
    }

    private static Path localPath(String path, Path projectRoot, Path userHome) {
        if (path.equals("~")) {
            return userHome;
        }
        if (path.startsWith("~/")) {
            return userHome.resolve(path.substring(2)).normalize();
        }
        return projectRoot.resolve(path).toAbsolutePath().normalize();
    }
}
