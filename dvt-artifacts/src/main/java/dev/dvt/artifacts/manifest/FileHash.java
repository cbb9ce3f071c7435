package dev.dvt.artifacts.manifest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file checksum as dbt records it: {@code sha256} of the contents, or for seeds above
 * {@link #MAX_HASHED_SEED_BYTES} the name {@code path} with the file path as "checksum".
 */
public class FileHash {
    /** dbt stops hashing seed contents above 1 MiB and records the path instead. */
    public static final long MAX_HASHED_SEED_BYTES = 1024L * 1024L;

    private String name;
    private String checksum;

    public FileHash() {
    }

    public FileHash(String name, String checksum) {
        this.name = name;
        this.checksum = checksum;
    }

    public static FileHash sha256(String contents) {
        return sha256(contents.getBytes(StandardCharsets.UTF_8));
    }

    public static FileHash sha256(byte[] contents) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(contents);
            return new FileHash("sha256", HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    public static FileHash path(String path) {
        return new FileHash("path", path);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getChecksum() {
        return checksum;
    }

    public void setChecksum(String checksum) {
        this.checksum = checksum;
    }
}
