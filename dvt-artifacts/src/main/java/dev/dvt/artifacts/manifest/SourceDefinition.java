package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a {@code sources:} entry. DVT's {@code connection} (the target holding the table)
 * is kept in {@link #getConfig() config}, which the schema leaves open.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class SourceDefinition extends ManifestResource {
    private String database;
    private String schema;
    private List<String> fqn = new ArrayList<>();
    private String sourceName;
    private String sourceDescription = "";
    private String loader = "";
    private String identifier;
    private Quoting quoting = new Quoting();
    private String loadedAtField;
    private FreshnessThreshold freshness;
    private Map<String, Object> external;
    private String description = "";
    private Map<String, ColumnInfo> columns = new LinkedHashMap<>();
    private Map<String, Object> meta = new LinkedHashMap<>();
    private Map<String, Object> sourceMeta = new LinkedHashMap<>();
    private List<String> tags = new ArrayList<>();
    private NodeConfig config = NodeConfig.defaultsFor(ResourceType.SOURCE);
    private String patchPath;
    private Map<String, Object> unrenderedConfig = new LinkedHashMap<>();
    private String relationName;
    private double createdAt = System.currentTimeMillis() / 1000.0;
    private String unrenderedDatabase;
    private String unrenderedSchema;

    public SourceDefinition() {
        super(ResourceType.SOURCE);
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

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSourceDescription() {
        return sourceDescription;
    }

    public void setSourceDescription(String sourceDescription) {
        this.sourceDescription = sourceDescription == null ? "" : sourceDescription;
    }

    public String getLoader() {
        return loader;
    }

    public void setLoader(String loader) {
        this.loader = loader == null ? "" : loader;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public Quoting getQuoting() {
        return quoting;
    }

    public void setQuoting(Quoting quoting) {
        this.quoting = quoting == null ? new Quoting() : quoting;
    }

    public String getLoadedAtField() {
        return loadedAtField;
    }

    public void setLoadedAtField(String loadedAtField) {
        this.loadedAtField = loadedAtField;
    }

    public FreshnessThreshold getFreshness() {
        return freshness;
    }

    public void setFreshness(FreshnessThreshold freshness) {
        this.freshness = freshness;
    }

    public Map<String, Object> getExternal() {
        return external;
    }

    public void setExternal(Map<String, Object> external) {
        this.external = external;
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

    public Map<String, Object> getSourceMeta() {
        return sourceMeta;
    }

    public void setSourceMeta(Map<String, Object> sourceMeta) {
        this.sourceMeta = sourceMeta == null ? new LinkedHashMap<>() : sourceMeta;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    public NodeConfig getConfig() {
        return config;
    }

    public void setConfig(NodeConfig config) {
        this.config = config == null ? NodeConfig.defaultsFor(ResourceType.SOURCE) : config;
    }

    public String getPatchPath() {
        return patchPath;
    }

    public void setPatchPath(String patchPath) {
        this.patchPath = patchPath;
    }

    public Map<String, Object> getUnrenderedConfig() {
        return unrenderedConfig;
    }

    public void setUnrenderedConfig(Map<String, Object> unrenderedConfig) {
        this.unrenderedConfig = unrenderedConfig == null ? new LinkedHashMap<>() : unrenderedConfig;
    }

    public String getRelationName() {
        return relationName;
    }

    public void setRelationName(String relationName) {
        this.relationName = relationName;
    }

    public double getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(double createdAt) {
        this.createdAt = createdAt;
    }

    public String getUnrenderedDatabase() {
        return unrenderedDatabase;
    }

    public void setUnrenderedDatabase(String unrenderedDatabase) {
        this.unrenderedDatabase = unrenderedDatabase;
    }

    public String getUnrenderedSchema() {
        return unrenderedSchema;
    }

    public void setUnrenderedSchema(String unrenderedSchema) {
        this.unrenderedSchema = unrenderedSchema;
    }
}
