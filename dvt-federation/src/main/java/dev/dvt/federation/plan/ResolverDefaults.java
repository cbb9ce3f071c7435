package dev.dvt.federation.plan;

/**
 * The values a run resolves against. CLI values are null when the flag was not given; the
 * defaults are the profile's default target, computes.yml {@code <profile>.target} and
 * buckets.yml {@code <profile>.target}, null when the file or key is absent.
 */
public record ResolverDefaults(String cliTarget, String cliCompute, String cliBucket,
        String profileTarget, String defaultCompute, String defaultBucket) {
    public static final String FALLBACK_TARGET = "default";
    public static final String FALLBACK_COMPUTE = "local_spark";
    public static final String FALLBACK_BUCKET = "local";

    /** The target the run is on: {@code -t}, else the profile default, else "default". */
    public String runTarget() {
        return firstNonBlank(cliTarget, profileTarget, FALLBACK_TARGET);
    }

    /** CLI {@code -c} > the node's {@code compute:} config > computes.yml default > the fallback. */
    public String compute(String configured) {
        return firstNonBlank(cliCompute, configured, defaultCompute, FALLBACK_COMPUTE);
    }

    /** CLI {@code -b} > the node's {@code bucket:} config > buckets.yml default > the fallback. */
    public String bucket(String configured) {
        return firstNonBlank(cliBucket, configured, defaultBucket, FALLBACK_BUCKET);
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
