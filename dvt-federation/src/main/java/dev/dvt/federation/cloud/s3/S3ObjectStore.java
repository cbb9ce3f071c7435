package dev.dvt.federation.cloud.s3;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.ObjectInfo;
import dev.dvt.federation.cloud.ObjectStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A {@code type: s3} bucket through the AWS SDK v2 over the JDK's URLConnection (no Netty). An
 * {@code endpoint} makes it talk to an S3-compatible store (MinIO, Ceph, an emulator); such
 * stores get only the checksums S3 requires, since many reject the newer default ones.
 */
public final class S3ObjectStore implements ObjectStore {
    private static final int DELETE_BATCH = 1000;

    private final BucketConfig.S3 config;
    private final S3Client client;

    public S3ObjectStore(BucketConfig.S3 config) {
        this.config = requireNonNull(config, "config is null");
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(config.pathStyleAccess())
                        .chunkedEncodingEnabled(config.endpoint() == null).build());
        if (config.endpoint() != null) {
            builder.endpointOverride(URI.create(config.endpoint()))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        this.client = builder.build();
    }

    private static AwsCredentialsProvider credentials(BucketConfig.S3 config) {
        if (config.accessKeyId() != null && config.secretAccessKey() != null) {
            return StaticCredentialsProvider.create(config.sessionToken() == null
                    ? AwsBasicCredentials.create(config.accessKeyId(), config.secretAccessKey())
                    : AwsSessionCredentials.create(config.accessKeyId(), config.secretAccessKey(), config.sessionToken()));
        }
        if (config.useInstanceProfile()) {
            return InstanceProfileCredentialsProvider.create();
        }
        // Environment, ~/.aws, web identity, container and instance credentials, as the AWS CLI.
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public BucketConfig config() {
        return config;
    }

    @Override
    public List<ObjectInfo> list(String keyPrefix) {
        try {
            List<ObjectInfo> out = new ArrayList<>();
            for (S3Object o : client.listObjectsV2Paginator(r -> r.bucket(config.bucket()).prefix(keyPrefix)).contents()) {
                out.add(new ObjectInfo(o.key(), o.size(), o.eTag(), o.lastModified()));
            }
            return out;
        } catch (SdkException e) {
            throw S3Errors.translate(this, "listing " + keyPrefix, e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            HeadObjectResponse head = client.headObject(r -> r.bucket(config.bucket()).key(key));
            return Optional.of(new ObjectInfo(key, head.contentLength(), head.eTag(), instant(head.lastModified())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !S3Errors.isMissingBucket(e)) {
                return Optional.empty();
            }
            throw S3Errors.translate(this, "reading " + key, e);
        } catch (SdkException e) {
            throw S3Errors.translate(this, "reading " + key, e);
        }
    }

    @Override
    public ObjectInfo upload(Path file, String key) {
        try {
            long size = Files.size(file);
            PutObjectResponse put = client.putObject(r -> r.bucket(config.bucket()).key(key).contentLength(size),
                    RequestBody.fromFile(file));
            return new ObjectInfo(key, size, put.eTag(), Instant.now());
        } catch (SdkException e) {
            throw S3Errors.translate(this, "uploading " + key, e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public ObjectInfo put(String key, byte[] content) {
        try {
            PutObjectResponse put = client.putObject(r -> r.bucket(config.bucket()).key(key), RequestBody.fromBytes(content));
            return new ObjectInfo(key, content.length, put.eTag(), Instant.now());
        } catch (SdkException e) {
            throw S3Errors.translate(this, "writing " + key, e);
        }
    }

    @Override
    public ObjectInfo download(String key, Path target) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".download");
        try {
            Files.deleteIfExists(tmp);
            GetObjectResponse got = client.getObject(r -> r.bucket(config.bucket()).key(key), tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ObjectInfo(key, got.contentLength(), got.eTag(), instant(got.lastModified()));
        } catch (SdkException e) {
            throw S3Errors.translate(this, "downloading " + key, e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            tmp.toFile().delete();
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            ResponseBytes<GetObjectResponse> bytes = client.getObjectAsBytes(r -> r.bucket(config.bucket()).key(key));
            return Optional.of(bytes.asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw S3Errors.translate(this, "reading " + key, e);
        }
    }

    @Override
    public void delete(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        try {
            for (int i = 0; i < all.size(); i += DELETE_BATCH) {
                List<ObjectIdentifier> batch = all.subList(i, Math.min(all.size(), i + DELETE_BATCH)).stream()
                        .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
                client.deleteObjects(r -> r.bucket(config.bucket()).delete(Delete.builder().objects(batch).quiet(true).build()));
            }
        } catch (SdkException e) {
            throw S3Errors.translate(this, "deleting " + all.size() + " objects", e);
        }
    }

    private static Instant instant(Instant t) {
        return t == null ? Instant.EPOCH : t;
    }

    @Override
    public void close() {
        client.close();
    }

}
