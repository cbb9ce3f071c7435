package dev.dvt.artifacts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** The {@code metadata} block of run_results, catalog and sources artifacts. */
public class ArtifactMetadata {
    /** The dbt version DVT's artifacts claim compatibility with. */
    public static final String DBT_VERSION = "1.9.0";

    private String dbtSchemaVersion;
    private String dbtVersion = DBT_VERSION;
    private Instant generatedAt = Instant.now();
    private String invocationId;
    private Map<String, Object> env = new LinkedHashMap<>();

    public ArtifactMetadata() {
    }

    public ArtifactMetadata(String dbtSchemaVersion, String invocationId) {
        this.dbtSchemaVersion = requireNonNull(dbtSchemaVersion, "dbtSchemaVersion is null");
        this.invocationId = invocationId;
    }

    public String getDbtSchemaVersion() {
        return dbtSchemaVersion;
    }

    public void setDbtSchemaVersion(String dbtSchemaVersion) {
        this.dbtSchemaVersion = dbtSchemaVersion;
    }

    public String getDbtVersion() {
        return dbtVersion;
    }

    public void setDbtVersion(String dbtVersion) {
        this.dbtVersion = dbtVersion;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public void setGeneratedAt(Instant generatedAt) {
        this.generatedAt = generatedAt;
    }

    public String getInvocationId() {
        return invocationId;
    }

    public void setInvocationId(String invocationId) {
        this.invocationId = invocationId;
    }

    /** {@code DBT_ENV_CUSTOM_ENV_*} variables, keys without the prefix. */
    public Map<String, Object> getEnv() {
        return env;
    }

    public void setEnv(Map<String, Object> env) {
        this.env = env == null ? new LinkedHashMap<>() : env;
    }
}
