package dev.dvt.federation.cloud;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.Redactor;

/**
 * The one-paragraph errors of cloud staging: which buckets.yml entry, which operation, what the
 * store said, and what to do. Store messages pass through the redactor before they are kept,
 * since some SDKs quote request details back.
 */
public final class CloudFailures {
    private CloudFailures() {
    }

    enum Kind {
        MISSING_BUCKET, ACCESS_DENIED, UNREACHABLE, OTHER
    }

    public static DvtException missingBucket(ObjectStore store, String operation, String detail, Throwable cause) {
        return of(store, Kind.MISSING_BUCKET, operation, detail, cause);
    }

    public static DvtException accessDenied(ObjectStore store, String operation, String detail, Throwable cause) {
        return of(store, Kind.ACCESS_DENIED, operation, detail, cause);
    }

    public static DvtException unreachable(ObjectStore store, String operation, String detail, Throwable cause) {
        return of(store, Kind.UNREACHABLE, operation, detail, cause);
    }

    public static DvtException other(ObjectStore store, String operation, String detail, Throwable cause) {
        return of(store, Kind.OTHER, operation, detail, cause);
    }

    private static DvtException of(ObjectStore store, Kind kind, String operation, String detail, Throwable cause) {
        String where = "Staging bucket '" + store.bucketName() + "' (" + store.location().display() + ") in buckets.yml";
        String advice = switch (kind) {
            case MISSING_BUCKET -> "the " + container(store) + " does not exist. Create it, or fix "
                    + containerKey(store) + " of that entry.";
            case ACCESS_DENIED -> "the store refused the credentials. Check the entry's "
                    + credentialKeys(store) + ", and that they may list, read, write and delete objects under the prefix.";
            case UNREACHABLE -> "the store cannot be reached. Check the network and the entry's "
                    + (store.location().type().equals("s3") ? "endpoint and region" : "endpoint") + ".";
            case OTHER -> "the store reported an error. Check the entry's settings and the store's status, then run again.";
        };
        String message = where + ": " + operation + " failed: " + advice + " (" + Redactor.redact(detail) + ")";
        return new DvtException(ErrorCode.FEDERATION, message, cause);
    }

    private static String container(ObjectStore store) {
        return store.location().type().equals("azure") ? "container '" + store.location().container() + "'"
                : "bucket '" + store.location().container() + "'";
    }

    private static String containerKey(ObjectStore store) {
        return store.location().type().equals("azure") ? "`container:` (and `storage_account:`)" : "`bucket:`";
    }

    private static String credentialKeys(ObjectStore store) {
        return switch (store.location().type()) {
            case "s3" -> "access_key_id / secret_access_key / session_token (or the machine's AWS credentials)";
            case "gcs" -> "keyfile / keyfile_json / use_application_default";
            default -> "account_key or sas_token";
        };
    }
}
