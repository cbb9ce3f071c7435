package dev.dvt.artifacts.manifest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code metadata} block of manifest.json. */
public class ManifestMetadata {
    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/manifest/v12.json";
    /** The dbt version DVT's artifacts claim compatibility with. */
    public static final String DBT_VERSION = "1.9.0";

    private String dbtSchemaVersion = SCHEMA_VERSION;
    private String dbtVersion = DBT_VERSION;
    private Instant generatedAt = Instant.now();
    private String invocationId;
    private Map<String, Object> env = new LinkedHashMap<>();
    private String projectName;
    private String projectId;
    private String userId;
    private Boolean sendAnonymousUsageStats = false;
    private String adapterType;

    /** dbt's project_id: the MD5 hex digest of the project name. */
    public static String projectIdFor(String projectName) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(projectName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
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

    /** {@code DBT_ENV_CUSTOM_ENV_*} variables, keys without the prefix, as dbt records them. */
    public Map<String, Object> getEnv() {
        return env;
    }

    public void setEnv(Map<String, Object> env) {
        this.env = env == null ? new LinkedHashMap<>() : env;
    }

    public String getProjectName() {
        return projectName;
    }

    /** Also sets {@code project_id} to dbt's MD5 of the name. */
    public void setProjectName(String projectName) {
        this.projectName = projectName;
        if (projectName != null && projectId == null) {
            this.projectId = projectIdFor(projectName);
        }
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Boolean getSendAnonymousUsageStats() {
        return sendAnonymousUsageStats;
    }

    public void setSendAnonymousUsageStats(Boolean sendAnonymousUsageStats) {
        this.sendAnonymousUsageStats = sendAnonymousUsageStats;
    }

    public String getAdapterType() {
        return adapterType;
    }

    public void setAdapterType(String adapterType) {
        this.adapterType = adapterType;
    }
}
