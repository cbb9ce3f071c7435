package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

/** The primary-key text of one row and the hash of all its values. */
public record RowHash(String key, String hash) {
    public RowHash {
        requireNonNull(key, "key is null");
        requireNonNull(hash, "hash is null");
    }
}
