package dev.dvt.federation.staging;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A filesystem staging bucket. Layout: {@code <root>/<source_uid>/<fingerprint>/part-*.parquet}
 * (with {@code _row_hashes.parquet} beside the parts when delta extraction is possible),
 * {@code <root>/_state/} for state files and {@code <root>/_results/} for compute output. New data
 * is written into a hidden work directory and published by renaming it into place, so a reader
 * never sees half a dataset.
 */
public final class StagingBucket {
    public static final String DEFAULT_NAME = "default";
    private static final String HASHES = "_row_hashes.parquet";

    private final String name;
    private final Path root;

    public StagingBucket(String name, Path root) {
        this.name = requireNonNull(name, "name is null");
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
    }

    /**
     * The bucket for a buckets.yml entry; null means the default {@code <project>/.dvt/staging}.
     * Only filesystem buckets stage locally in this build.
     */
    public static StagingBucket of(BucketConfig config, Path projectDir) {
        if (config == null) {
            return new StagingBucket(DEFAULT_NAME, projectDir.resolve(".dvt").resolve("staging"));
        }
        if (config instanceof BucketConfig.Filesystem fs) {
            Path path = fs.path().isAbsolute() ? fs.path() : projectDir.resolve(fs.path());
            return new StagingBucket(fs.name(), path);
        }
        throw new DvtException(ErrorCode.FEDERATION, "Bucket '" + config.name() + "' is of type " + config.type()
                + ", and federation can stage only on filesystem buckets so far; use a bucket with type: filesystem");
    }

    public String name() {
        return name;
    }

    public Path root() {
        return root;
    }

    /** Creates the root if needed and proves it writable with a probe file. */
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
    }

    public StateStore stateStore() {
        return new StateStore(root);
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

    /**
     * Makes {@code work} the published data of the source under {@code fingerprint}. Data staged
     * under other fingerprints stays: other models read the same source with other columns or
     * predicates, possibly at this moment.
     */
    public Path publish(Path work, String sourceUniqueId, String fingerprint) {
        Path target = stagedDirectory(sourceUniqueId, fingerprint);
        Path retired = sourceDirectory(sourceUniqueId).resolve(".retired-" + UUID.randomUUID());
        try {
            if (Files.exists(target)) {
                move(target, retired);
            }
            move(work, target);
            deleteTree(retired);
            return target;
        } catch (IOException e) {
            throw notWritable(target, e);
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
