package dev.dvt.federation.cloud;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One object of a cloud bucket: its full key, size and ETag (without the quotes some stores put
 * around it). Size and ETag together identify a version of the object's content.
 */
public record ObjectInfo(String key, long size, String etag, Instant lastModified) {
    public ObjectInfo {
        requireNonNull(key, "key is null");
        etag = etag == null ? "" : unquote(etag);
        requireNonNull(lastModified, "lastModified is null");
    }

    /** The last path segment of the key. */
    public String name() {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    private static String unquote(String etag) {
        String e = etag.trim();
        if (e.startsWith("W/")) {
            e = e.substring(2);
        }
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }
}
