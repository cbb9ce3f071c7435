package dev.dvt.federation.cloud.s3;

import dev.dvt.core.DvtException;
import dev.dvt.federation.cloud.CloudFailures;
import dev.dvt.federation.cloud.ObjectStore;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns AWS SDK exceptions into the staging errors users can act on. */
final class S3Errors {
    private S3Errors() {
    }

    static boolean isMissingBucket(S3Exception e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return "NoSuchBucket".equals(code);
    }

    static DvtException translate(ObjectStore store, String operation, SdkException e) {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? "" : s3.awsErrorDetails().errorCode();
            String detail = "HTTP " + s3.statusCode() + (code == null || code.isEmpty() ? "" : " " + code);
            if (isMissingBucket(s3)) {
                return CloudFailures.missingBucket(store, operation, detail, e);
            }
            if (s3.statusCode() == 401 || s3.statusCode() == 403 || "InvalidAccessKeyId".equals(code)
                    || "SignatureDoesNotMatch".equals(code)) {
                return CloudFailures.accessDenied(store, operation, detail, e);
            }
            return CloudFailures.other(store, operation, detail, e);
        }
        if (e instanceof SdkClientException) {
            return CloudFailures.unreachable(store, operation, rootMessage(e), e);
        }
        return CloudFailures.other(store, operation, rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
