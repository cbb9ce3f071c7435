package dev.dvt.artifacts.manifest;

import dev.dvt.artifacts.ArtifactMetadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code metadata} block of manifest.json. */
public class ManifestMetadata extends ArtifactMetadata {
    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/manifest/v12.json";

    private String projectName;
    private String projectId;
    private String userId;
    private Boolean sendAnonymousUsageStats = false;
    private String adapterType;

    public ManifestMetadata() {
        setDbtSchemaVersion(SCHEMA_VERSION);
    }

    /** dbt's project_id: the MD5 hex digest of the project name. */
    public static String projectIdFor(String projectName) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(projectName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
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
