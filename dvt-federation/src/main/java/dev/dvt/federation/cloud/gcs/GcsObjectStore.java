package dev.dvt.federation.cloud.gcs;

import static java.util.Objects.requireNonNull;

import com.google.api.client.http.HttpResponseException;
import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.NoCredentials;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.CloudFailures;
import dev.dvt.federation.cloud.ObjectInfo;
import dev.dvt.federation.cloud.ObjectStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A {@code type: gcs} bucket through google-cloud-storage's JSON API client. Credentials: the
 * {@code keyfile} or {@code keyfile_json} of a service account, else Application Default
 * Credentials; an {@code endpoint} without credentials talks to a GCS-compatible server.
 */
public final class GcsObjectStore implements ObjectStore {
    /**
     * Three retries over about two seconds: enough for a transient error, where the client's own
     * defaults (six attempts within 50 s) kept an unreachable store silent for most of a minute.
     */
    static final RetrySettings RETRIES = StorageOptions.getDefaultRetrySettings().toBuilder()
            .setMaxAttempts(4)
            .setInitialRetryDelayDuration(Duration.ofMillis(250))
            .setRetryDelayMultiplier(2.0)
            .setMaxRetryDelayDuration(Duration.ofSeconds(2))
            .setTotalTimeoutDuration(Duration.ofSeconds(20))
            .build();

    private final BucketConfig.Gcs config;
    private final Storage storage;

    public GcsObjectStore(BucketConfig.Gcs config) {
        this(config, client(config));
    }

    /** Over a given client, such as an in-process fake. */
    public GcsObjectStore(BucketConfig.Gcs config, Storage storage) {
        this.config = requireNonNull(config, "config is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    private static Storage client(BucketConfig.Gcs config) {
        StorageOptions.Builder options = StorageOptions.http();
        if (config.project() != null) {
            options.setProjectId(config.project());
        }
        try {
            if (config.keyfileJson() != null) {
                options.setCredentials(GoogleCredentials.fromStream(
                        new ByteArrayInputStream(config.keyfileJson().getBytes(StandardCharsets.UTF_8))));
            } else if (config.keyfile() != null) {
                try (InputStream in = Files.newInputStream(Path.of(config.keyfile()))) {
                    options.setCredentials(GoogleCredentials.fromStream(in));
                }
            } else if (config.endpoint() != null && !config.useApplicationDefault()) {
                options.setCredentials(NoCredentials.getInstance());
            } else {
                options.setCredentials(GoogleCredentials.getApplicationDefault());
            }
        } catch (IOException e) {
            throw new DvtException(ErrorCode.CONFIG, "Staging bucket '" + config.name() + "' (gcs) in buckets.yml: its"
                    + " credentials cannot be read (" + e.getClass().getSimpleName() + "). Check keyfile / keyfile_json,"
                    + " or set use_application_default and run `gcloud auth application-default login`.", e);
        }
        if (config.endpoint() != null) {
            options.setHost(config.endpoint());
        }
        options.setRetrySettings(RETRIES);
        return options.build().getService();
    }

    @Override
    public BucketConfig config() {
        return config;
    }

    @Override
    public List<ObjectInfo> list(String keyPrefix) {
        try {
            List<ObjectInfo> out = new ArrayList<>();
            for (Blob blob : storage.list(config.bucket(), Storage.BlobListOption.prefix(keyPrefix)).iterateAll()) {
                if (!blob.isDirectory()) {
                    out.add(info(blob));
                }
            }
            return out;
        } catch (StorageException e) {
            throw translate("listing " + keyPrefix, e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            return Optional.ofNullable(storage.get(BlobId.of(config.bucket(), key))).map(GcsObjectStore::info);
        } catch (StorageException e) {
            throw translate("reading " + key, e);
        }
    }

    @Override
    public ObjectInfo upload(Path file, String key) {
        try {
            return info(storage.createFrom(BlobInfo.newBuilder(config.bucket(), key).build(), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StorageException e) {
            throw translate("uploading " + key, e);
        }
    }

    @Override
    public ObjectInfo put(String key, byte[] content) {
        try {
            return info(storage.create(BlobInfo.newBuilder(config.bucket(), key).build(), content));
        } catch (StorageException e) {
            throw translate("writing " + key, e);
        }
    }

    @Override
    public ObjectInfo download(String key, Path target) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".download");
        try {
            Blob blob = storage.get(BlobId.of(config.bucket(), key));
            if (blob == null) {
                throw CloudFailures.other(this, "downloading " + key, "the object does not exist", null);
            }
            Files.deleteIfExists(tmp);
            // Streamed to disk: a part can be tens of megabytes, more than the heap should hold.
            blob.downloadTo(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return info(blob);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StorageException e) {
            throw translate("downloading " + key, e);
        } finally {
            tmp.toFile().delete();
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            Blob blob = storage.get(BlobId.of(config.bucket(), key));
            return blob == null ? Optional.empty() : Optional.of(blob.getContent());
        } catch (StorageException e) {
            throw translate("reading " + key, e);
        }
    }

    @Override
    public void delete(Collection<String> keys) {
        for (String key : keys) {
            try {
                storage.delete(BlobId.of(config.bucket(), key));
            } catch (StorageException e) {
                throw translate("deleting " + key, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            storage.close();
        } catch (Exception e) {
            // Nothing is left to release that matters once the run ends.
        }
    }

    private static ObjectInfo info(Blob blob) {
        Instant modified = blob.getUpdateTimeOffsetDateTime() == null ? Instant.EPOCH
                : blob.getUpdateTimeOffsetDateTime().toInstant();
        // GCS always sends an ETag; the generation (a new one per write) stands in where a
        // GCS-compatible server sends neither it nor an MD5 (composite objects have no MD5).
        String etag = blob.getEtag() != null ? blob.getEtag() : blob.getMd5() != null ? blob.getMd5()
                : blob.getGeneration() == null ? null : "generation-" + blob.getGeneration();
        return new ObjectInfo(blob.getName(), blob.getSize() == null ? 0 : blob.getSize(), etag, modified);
    }

    private DvtException translate(String operation, StorageException e) {
        String detail = "HTTP " + e.getCode() + (e.getReason() == null ? "" : " " + e.getReason());
        if (e.getCode() == 404) {
            return CloudFailures.missingBucket(this, operation, detail, e);
        }
        if (e.getCode() == 401 || e.getCode() == 403) {
            return CloudFailures.accessDenied(this, operation, detail, e);
        }
        // An HTTP answer (its cause is the client's HttpResponseException, an IOException too) means
        // the store was reached; only a failure without one is a network problem.
        if (e.getCode() == 0 || e.getCause() instanceof IOException && !(e.getCause() instanceof HttpResponseException)) {
            Throwable root = e.getCause() == null ? e : e.getCause();
            return CloudFailures.unreachable(this, operation, root.getClass().getSimpleName() + ": " + root.getMessage(), e);
        }
        return CloudFailures.other(this, operation, detail, e);
    }
}
