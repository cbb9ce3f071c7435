package dev.dvt.federation.cloud.azure;

import static java.util.Objects.requireNonNull;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.options.BlobUploadFromFileOptions;
import com.azure.storage.common.StorageSharedKeyCredential;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.CloudFailures;
import dev.dvt.federation.cloud.ObjectInfo;
import dev.dvt.federation.cloud.ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A {@code type: azure} container through the Azure Storage Blob SDK over the JDK's HttpClient
 * (no Netty). Authenticates with the account key or a SAS token; {@code endpoint} replaces
 * {@code https://<account>.blob.core.windows.net} (azurite, sovereign clouds).
 */
public final class AzureObjectStore implements ObjectStore {
    private final BucketConfig.Azure config;
    private final BlobContainerClient container;

    public AzureObjectStore(BucketConfig.Azure config) {
        this.config = requireNonNull(config, "config is null");
        HttpClient http = new JdkHttpClientBuilder().build();
        String endpoint = config.endpoint() != null ? config.endpoint()
                : "https://" + config.storageAccount() + ".blob.core.windows.net";
        BlobServiceClientBuilder builder = new BlobServiceClientBuilder().endpoint(endpoint).httpClient(http);
        if (config.accountKey() != null) {
            builder.credential(new StorageSharedKeyCredential(config.storageAccount(), config.accountKey()));
        } else if (config.sasToken() != null) {
            builder.sasToken(config.sasToken());
        } else {
            throw new DvtException(ErrorCode.CONFIG, "Staging bucket '" + config.name() + "' (azure) in buckets.yml has"
                    + " no account_key or sas_token. DVT stages on Azure with one of those; service principals"
                    + " (client_id/client_secret/tenant_id) and managed identities are used only by the warehouses'"
                    + " COPY through storage_integration. Add account_key or sas_token to the entry.");
        }
        this.container = builder.buildClient().getBlobContainerClient(config.container());
    }

    @Override
    public BucketConfig config() {
        return config;
    }

    @Override
    public List<ObjectInfo> list(String keyPrefix) {
        try {
            List<ObjectInfo> out = new ArrayList<>();
            for (BlobItem item : container.listBlobs(new ListBlobsOptions().setPrefix(keyPrefix), null)) {
                if (Boolean.TRUE.equals(item.isPrefix())) {
                    continue;
                }
                out.add(new ObjectInfo(item.getName(), item.getProperties().getContentLength(),
                        item.getProperties().getETag(), instant(item.getProperties().getLastModified())));
            }
            return out;
        } catch (RuntimeException e) {
            throw translate("listing " + keyPrefix, e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            BlobProperties p = container.getBlobClient(key).getProperties();
            return Optional.of(new ObjectInfo(key, p.getBlobSize(), p.getETag(), instant(p.getLastModified())));
        } catch (BlobStorageException e) {
            if (e.getStatusCode() == 404 && !isMissingContainer(e)) {
                return Optional.empty();
            }
            throw translate("reading " + key, e);
        } catch (RuntimeException e) {
            throw translate("reading " + key, e);
        }
    }

    @Override
    public ObjectInfo upload(Path file, String key) {
        try {
            var response = container.getBlobClient(key).uploadFromFileWithResponse(
                    new BlobUploadFromFileOptions(file.toString()), null, null);
            return new ObjectInfo(key, Files.size(file), response.getValue().getETag(), Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw translate("uploading " + key, e);
        }
    }

    @Override
    public ObjectInfo put(String key, byte[] content) {
        try {
            var response = container.getBlobClient(key).getBlockBlobClient().uploadWithResponse(
                    new com.azure.storage.blob.options.BlockBlobSimpleUploadOptions(BinaryData.fromBytes(content)),
                    null, null);
            return new ObjectInfo(key, content.length, response.getValue().getETag(), Instant.now());
        } catch (RuntimeException e) {
            throw translate("writing " + key, e);
        }
    }

    @Override
    public ObjectInfo download(String key, Path target) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".download");
        try {
            Files.deleteIfExists(tmp);
            BlobClient blob = container.getBlobClient(key);
            BlobProperties p = blob.downloadToFile(tmp.toString(), true);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ObjectInfo(key, p.getBlobSize(), p.getETag(), instant(p.getLastModified()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw translate("downloading " + key, e);
        } finally {
            tmp.toFile().delete();
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(container.getBlobClient(key).downloadContent().toBytes());
        } catch (BlobStorageException e) {
            if (e.getStatusCode() == 404 && !isMissingContainer(e)) {
                return Optional.empty();
            }
            throw translate("reading " + key, e);
        } catch (RuntimeException e) {
            throw translate("reading " + key, e);
        }
    }

    @Override
    public void delete(Collection<String> keys) {
        for (String key : keys) {
            try {
                container.getBlobClient(key).deleteIfExists();
            } catch (RuntimeException e) {
                throw translate("deleting " + key, e);
            }
        }
    }

    @Override
    public void close() {
        // The JDK HttpClient holds no resources that outlive the run.
    }

    private static boolean isMissingContainer(BlobStorageException e) {
        return e.getErrorCode() != null && "ContainerNotFound".equals(e.getErrorCode().toString());
    }

    private DvtException translate(String operation, RuntimeException e) {
        if (e instanceof BlobStorageException b) {
            String detail = "HTTP " + b.getStatusCode() + (b.getErrorCode() == null ? "" : " " + b.getErrorCode());
            if (isMissingContainer(b)) {
                return CloudFailures.missingBucket(this, operation, detail, e);
            }
            if (b.getStatusCode() == 401 || b.getStatusCode() == 403) {
                return CloudFailures.accessDenied(this, operation, detail, e);
            }
            return CloudFailures.other(this, operation, detail, e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IOException) {
            return CloudFailures.unreachable(this, operation, root.getClass().getSimpleName() + ": " + root.getMessage(), e);
        }
        return CloudFailures.other(this, operation, root.getClass().getSimpleName() + ": " + root.getMessage(), e);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? Instant.EPOCH : t.toInstant();
    }
}
