package dev.dvt.federation.staging;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.CloudLocation;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.ObjectInfo;
import dev.dvt.federation.cloud.ObjectStore;
import dev.dvt.federation.cloud.ObjectStores;
import dev.dvt.federation.state.SourceState;
import dev.dvt.federation.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A staging bucket. Layout: {@code <root>/<source_uid>/<fingerprint>/part-*.parquet} (with
 * {@code _row_hashes.parquet} beside the parts when delta extraction is possible),
 * {@code <root>/_state/} for state files and {@code <root>/_results/} for compute output. New data
 * is written into a hidden work directory and published by renaming it into place, so a reader
 * never sees half a dataset.
 *
 * <p>A cloud bucket (s3, gcs, azure) has the same layout under its prefix. DVT still writes and
 * reads Parquet locally, in a cache at {@code <project>/.dvt/staging-cache/<bucket>} laid out the
 * same way: a published dataset is uploaded part by part, and its state, listing each part's
 * size and ETag, is written last; readers trust a dataset only while the bucket still holds
 * exactly those objects, and download a part only when the cached copy's ETag or size differs.
 */
public final class StagingBucket implements AutoCloseable {
    public static final String DEFAULT_NAME = "default";
    /** Where cloud buckets keep local copies, under the project. */
    public static final String CACHE_DIRECTORY = "staging-cache";
    private static final String HASHES = "_row_hashes.parquet";

    private final String name;
    private final Path root;
    private final ObjectStore remote;

    public StagingBucket(String name, Path root) {
        this(name, root, null);
    }

    private StagingBucket(String name, Path root, ObjectStore remote) {
        this.name = requireNonNull(name, "name is null");
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
        this.remote = remote;
    }

    /**
     * The bucket for a buckets.yml entry; null means the default {@code <project>/.dvt/staging}.
     * Cloud entries open their store's client here (no request is sent yet).
     */
    public static StagingBucket of(BucketConfig config, Path projectDir) {
        if (config == null) {
            return new StagingBucket(DEFAULT_NAME, projectDir.resolve(".dvt").resolve("staging"));
        }
        if (config instanceof BucketConfig.Filesystem fs) {
            Path path = fs.path().isAbsolute() ? fs.path() : projectDir.resolve(fs.path());
            return new StagingBucket(fs.name(), path);
        }
        if (config.isCloud()) {
            return cloud(ObjectStores.open(config), projectDir);
        }
        throw new DvtException(ErrorCode.FEDERATION, "Bucket '" + config.name() + "' is of type " + config.type()
                + ", which federation cannot stage on yet; use a bucket of type filesystem, s3, gcs or azure");
    }

    /** A cloud bucket over an open store, cached under {@code <project>/.dvt/staging-cache/<bucket>}. */
    public static StagingBucket cloud(ObjectStore store, Path projectDir) {
        return new StagingBucket(store.bucketName(), cacheDirectory(projectDir, store.bucketName()), store);
    }

    /** The local cache of a cloud bucket. */
    public static Path cacheDirectory(Path projectDir, String bucketName) {
        return projectDir.resolve(".dvt").resolve(CACHE_DIRECTORY).resolve(bucketName);
    }

    /** The cloud store behind this bucket; empty for a filesystem bucket. */
    public Optional<ObjectStore> remote() {
        return Optional.ofNullable(remote);
    }

    public boolean isRemote() {
        return remote != null;
    }

    public String name() {
        return name;
    }

    public Path root() {
        return root;
    }

    /**
     * Creates the root if needed and proves it writable with a probe file; for a cloud bucket,
     * also lists the prefix and writes and deletes a probe object there.
     */
    public void ensureWritable() {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".dvt-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Staging bucket '" + name + "' at " + root
                    + " is not writable (" + e.getMessage() + "); fix its permissions or set another path in"
                    + " buckets.yml", e);
        }
        if (remote != null) {
            remote.list(remote.location().directoryKey("_state"));
            String probe = remote.location().key("_state/.dvt-probe-" + UUID.randomUUID());
            remote.put(probe, new byte[0]);
            remote.delete(List.of(probe));
        }
    }

    public StateStore stateStore() {
        return remote == null ? new StateStore(root) : new StateStore(root, remote);
    }

    /**
     * Whether the source's data for this query is staged: part files on a filesystem bucket; for
     * a cloud bucket, the stored state's objects, each still of the same size and ETag.
     */
    public boolean isStaged(String sourceUniqueId, String fingerprint, Optional<SourceState> stored) {
        if (remote == null) {
            return isStaged(sourceUniqueId, fingerprint);
        }
        if (stored.isEmpty() || stored.get().objects().stream().noneMatch(o -> o.name().startsWith("part-"))) {
            return false;
        }
        Map<String, ObjectInfo> present = new HashMap<>();
        for (ObjectInfo o : remote.list(datasetKey(sourceUniqueId, fingerprint) + "/")) {
            present.put(o.name(), o);
        }
        return stored.get().objects().stream().allMatch(o -> {
            ObjectInfo now = present.get(o.name());
            return now != null && now.size() == o.size() && now.etag().equals(o.etag());
        });
    }

    /**
     * The local directory holding the dataset the state describes: for a cloud bucket, parts
     * whose cached copy is missing or stale are downloaded first (and must still be the version
     * the state names).
     */
    public Path localCopy(String sourceUniqueId, String fingerprint, SourceState state) {
        Path dir = stagedDirectory(sourceUniqueId, fingerprint);
        if (remote == null) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            Set<String> wanted = new HashSet<>();
            for (SourceState.StagedObject o : state.objects()) {
                wanted.add(o.name());
                Path file = dir.resolve(o.name());
                CacheKey key = new CacheKey(o.etag(), o.size());
                if (key.matches(file)) {
                    continue;
                }
                ObjectInfo got = remote.download(datasetKey(sourceUniqueId, fingerprint) + "/" + o.name(), file);
                if (!CacheKey.of(got).equals(key)) {
                    Files.deleteIfExists(file);
                    throw new DvtException(ErrorCode.FEDERATION, "Staging bucket '" + name + "': " + sourceUniqueId
                            + " was replaced in the bucket while this run read it; run again.");
                }
                key.record(file);
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String n = f.getFileName().toString();
                    if (!wanted.contains(n) && !(n.startsWith(".") && wanted.contains(n.substring(1, n.length() - 5)))) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw notWritable(dir, e);
        }
    }

    /** The object key of a source's dataset directory in a cloud bucket (no trailing slash). */
    public String datasetKey(String sourceUniqueId, String fingerprint) {
        return location().key(safe(sourceUniqueId) + "/" + requireNonNull(fingerprint, "fingerprint is null"));
    }

    /** The URI Spark reads a staged dataset under: {@code s3a://b/prefix/<uid>/<fp>/part-*.parquet}. */
    public String datasetUri(String sourceUniqueId, String fingerprint) {
        return location().hadoopUri(datasetKey(sourceUniqueId, fingerprint) + "/part-*.parquet");
    }

    public CloudLocation location() {
        if (remote == null) {
            throw new IllegalStateException("bucket '" + name + "' is not a cloud bucket");
        }
        return remote.location();
    }

    public Path stagedDirectory(String sourceUniqueId, String fingerprint) {
        return sourceDirectory(sourceUniqueId).resolve(requireNonNull(fingerprint, "fingerprint is null"));
    }

    /** The part files of a published dataset, in name order; empty when nothing is staged. */
    public List<Path> partFiles(String sourceUniqueId, String fingerprint) {
        return partFiles(stagedDirectory(sourceUniqueId, fingerprint));
    }

    public static List<Path> partFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("(part|delta)-\\d+\\.parquet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isStaged(String sourceUniqueId, String fingerprint) {
        return !partFiles(sourceUniqueId, fingerprint).isEmpty();
    }

    /** The stored row hashes of a published dataset (may not exist). */
    public Path hashesFile(String sourceUniqueId, String fingerprint) {
        return stagedDirectory(sourceUniqueId, fingerprint).resolve(HASHES);
    }

    public static Path hashesFileIn(Path directory) {
        return directory.resolve(HASHES);
    }

    /** A fresh hidden directory to write a new version of a source's data into. */
    public Path newWorkDirectory(String sourceUniqueId) {
        Path dir = sourceDirectory(sourceUniqueId).resolve(".work-" + UUID.randomUUID());
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw notWritable(dir, e);
        }
    }

    /** A fresh directory for one compute result of a model; delete it after loading. */
    public Path newResultDirectory(String modelUniqueId) {
        Path dir = root.resolve("_results").resolve(safe(modelUniqueId)).resolve(UUID.randomUUID().toString());
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw notWritable(dir, e);
        }
    }

    /** A published dataset: its local directory and, in a cloud bucket, the objects uploaded. */
    public record Published(Path directory, List<SourceState.StagedObject> objects) {
        public Published {
            requireNonNull(directory, "directory is null");
            objects = List.copyOf(objects);
        }
    }

    /**
     * Makes {@code work} the published data of the source under {@code fingerprint}. Data staged
     * under other fingerprints stays: other models read the same source with other columns or
     * predicates, possibly at this moment. In a cloud bucket the old state is deleted first and
     * the files are then uploaded; the caller writes the new state last.
     */
    public Published publish(Path work, String sourceUniqueId, String fingerprint) {
        Path target = stagedDirectory(sourceUniqueId, fingerprint);
        Path retired = sourceDirectory(sourceUniqueId).resolve(".retired-" + UUID.randomUUID());
        try {
            if (Files.exists(target)) {
                move(target, retired);
            }
            move(work, target);
            deleteTree(retired);
        } catch (IOException e) {
            throw notWritable(target, e);
        }
        return new Published(target, remote == null ? List.of() : upload(target, sourceUniqueId, fingerprint));
    }

    private List<SourceState.StagedObject> upload(Path dir, String sourceUniqueId, String fingerprint) {
        stateStore().delete(sourceUniqueId, fingerprint);
        String prefix = datasetKey(sourceUniqueId, fingerprint) + "/";
        List<SourceState.StagedObject> uploaded = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                ObjectInfo o = remote.upload(file, prefix + file.getFileName());
                uploaded.add(new SourceState.StagedObject(file.getFileName().toString(), o.size(), o.etag()));
                CacheKey.of(o).record(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new HashSet<>();
        uploaded.forEach(o -> names.add(o.name()));
        List<String> stale = remote.list(prefix).stream().filter(o -> !names.contains(o.name())).map(ObjectInfo::key)
                .toList();
        if (!stale.isEmpty()) {
            remote.delete(stale);
        }
        return uploaded;
    }

    /** The key prefix of a fresh result directory of a model in a cloud bucket. */
    public String newResultKey(String modelUniqueId) {
        return location().key("_results/" + safe(modelUniqueId) + "/" + UUID.randomUUID()) + "/";
    }

    /** Uploads a compute result's Parquet files under {@code directoryKey}. */
    public void uploadResult(List<Path> files, String directoryKey) {
        for (Path f : files) {
            remote.upload(f, directoryKey + f.getFileName());
        }
    }

    /** Downloads up to {@code limit} of the Parquet files under {@code directoryKey} into {@code localDirectory}. */
    public List<Path> downloadResult(String directoryKey, Path localDirectory, int limit) {
        List<Path> files = new ArrayList<>();
        for (ObjectInfo o : remote.list(directoryKey)) {
            if (o.name().endsWith(".parquet") && files.size() < limit) {
                Path file = localDirectory.resolve(o.name());
                remote.download(o.key(), file);
                files.add(file);
            }
        }
        files.sort(null);
        return files;
    }

    /** Deletes every object under {@code keyPrefix}; returns how many. */
    public int deleteObjects(String keyPrefix) {
        List<String> keys = remote.list(keyPrefix).stream().map(ObjectInfo::key).toList();
        if (!keys.isEmpty()) {
            remote.delete(keys);
        }
        return keys.size();
    }

    /**
     * {@code dvt clean} of a cloud bucket: deletes the objects under the prefix (data, results and
     * {@code _state/}), only those last modified before {@code cutoff} when one is given, and the
     * local cache. Returns the number of objects deleted.
     */
    public int cleanRemote(Instant cutoff) {
        String prefix = location().directoryKey("");
        List<String> keys = remote.list(prefix).stream()
                .filter(o -> cutoff == null || o.lastModified().isBefore(cutoff)).map(ObjectInfo::key).toList();
        if (!keys.isEmpty()) {
            remote.delete(keys);
        }
        if (cutoff == null) {
            deleteTree(root);
        }
        return keys.size();
    }

    @Override
    public void close() {
        if (remote != null) {
            remote.close();
        }
    }

    public static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path sourceDirectory(String sourceUniqueId) {
        return root.resolve(safe(sourceUniqueId));
    }

    private static String safe(String id) {
        requireNonNull(id, "id is null");
        if (id.isBlank() || id.startsWith(".") || id.startsWith("_") || id.contains("/") || id.contains("\\")) {
            throw new DvtException(ErrorCode.INTERNAL, "'" + id + "' cannot name a staging directory");
        }
        return id;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private DvtException notWritable(Path path, IOException e) {
        return new DvtException(ErrorCode.FEDERATION, "Staging bucket '" + name + "': cannot write " + path + " ("
                + e.getMessage() + "); check that " + root + " is writable", e);
    }
}
