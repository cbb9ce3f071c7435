package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields shared by every entry of {@code manifest.nodes}: models, seeds, snapshots, analyses,
 * tests, hooks and SQL operations. A new node starts with the config defaults of its type.
 */
public abstract class ManifestNode extends ManifestResource {
    private String database;
    private String schema;
    private List<String> fqn = new ArrayList<>();
    private String alias;
    private FileHash checksum;
    private NodeConfig config;
    private List<String> tags = new ArrayList<>();
    private String description = "";
    private Map<String, ColumnInfo> columns = new LinkedHashMap<>();
    private Map<String, Object> meta = new LinkedHashMap<>();
    private String group;
    private Docs docs = new Docs();
    private String patchPath;
    private String buildPath;
    private Map<String, Object> unrenderedConfig = new LinkedHashMap<>();
    private double createdAt = System.currentTimeMillis() / 1000.0;
    // dbt keeps these two for partial parsing and leaves them out of the artifact when empty.
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private Map<String, Object> configCallDict = new LinkedHashMap<>();
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private Map<String, Object> unrenderedConfigCallDict = new LinkedHashMap<>();
    private String relationName;
    private String rawCode = "";
    private DependsOn dependsOn = new DependsOn();

    protected ManifestNode(ResourceType resourceType) {
        super(resourceType);
        this.config = NodeConfig.defaultsFor(resourceType);
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public List<String> getFqn() {
        return fqn;
    }

    public void setFqn(List<String> fqn) {
        this.fqn = fqn == null ? new ArrayList<>() : fqn;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public FileHash getChecksum() {
        return checksum;
    }

    public void setChecksum(FileHash checksum) {
        this.checksum = checksum;
    }

    public NodeConfig getConfig() {
        return config;
    }

    public void setConfig(NodeConfig config) {
        this.config = config == null ? NodeConfig.defaultsFor(resourceType()) : config;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Map<String, ColumnInfo> getColumns() {
        return columns;
    }

    public void setColumns(Map<String, ColumnInfo> columns) {
        this.columns = columns == null ? new LinkedHashMap<>() : columns;
    }

    public Map<String, Object> getMeta() {
        return meta;
    }

    public void setMeta(Map<String, Object> meta) {
        this.meta = meta == null ? new LinkedHashMap<>() : meta;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public Docs getDocs() {
        return docs;
    }

    public void setDocs(Docs docs) {
        this.docs = docs == null ? new Docs() : docs;
    }

    public String getPatchPath() {
        return patchPath;
    }

    public void setPatchPath(String patchPath) {
        this.patchPath = patchPath;
    }

    public String getBuildPath() {
        return buildPath;
    }

    public void setBuildPath(String buildPath) {
        this.buildPath = buildPath;
    }

    public Map<String, Object> getUnrenderedConfig() {
        return unrenderedConfig;
    }

    public void setUnrenderedConfig(Map<String, Object> unrenderedConfig) {
        this.unrenderedConfig = unrenderedConfig == null ? new LinkedHashMap<>() : unrenderedConfig;
    }

    public double getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(double createdAt) {
        this.createdAt = createdAt;
    }

    public Map<String, Object> getConfigCallDict() {
        return configCallDict;
    }

    public void setConfigCallDict(Map<String, Object> configCallDict) {
        this.configCallDict = configCallDict == null ? new LinkedHashMap<>() : configCallDict;
    }

    public Map<String, Object> getUnrenderedConfigCallDict() {
        return unrenderedConfigCallDict;
    }

    public void setUnrenderedConfigCallDict(Map<String, Object> unrenderedConfigCallDict) {
        this.unrenderedConfigCallDict = unrenderedConfigCallDict == null ? new LinkedHashMap<>() : unrenderedConfigCallDict;
    }

    public String getRelationName() {
        return relationName;
    }

    public void setRelationName(String relationName) {
        this.relationName = relationName;
    }

    public String getRawCode() {
        return rawCode;
    }

    public void setRawCode(String rawCode) {
        this.rawCode = rawCode == null ? "" : rawCode;
    }

    public DependsOn getDependsOn() {
        return dependsOn;
    }

    public void setDependsOn(DependsOn dependsOn) {
        this.dependsOn = dependsOn == null ? new DependsOn() : dependsOn;
    }
}
