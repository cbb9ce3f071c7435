package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A model: a SELECT under {@code models/} materialized as a view, table, incremental or ephemeral. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class ModelNode extends CompiledNode {
    private String access = "protected";
    private List<Constraint> constraints = new ArrayList<>();
    private Object version;
    private Object latestVersion;
    private String deprecationDate;
    private Map<String, Object> deferRelation;
    private List<String> primaryKey = new ArrayList<>();
    private Map<String, Object> timeSpine;

    public ModelNode() {
        super(ResourceType.MODEL);
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public List<Constraint> getConstraints() {
        return constraints;
    }

    public void setConstraints(List<Constraint> constraints) {
        this.constraints = constraints == null ? new ArrayList<>() : constraints;
    }

    /** The model version (string or number), null for unversioned models. */
    public Object getVersion() {
        return version;
    }

    public void setVersion(Object version) {
        this.version = version;
    }

    public Object getLatestVersion() {
        return latestVersion;
    }

    public void setLatestVersion(Object latestVersion) {
        this.latestVersion = latestVersion;
    }

    public String getDeprecationDate() {
        return deprecationDate;
    }

    public void setDeprecationDate(String deprecationDate) {
        this.deprecationDate = deprecationDate;
    }

    /** The relation of this node in the {@code --state} manifest when deferring, else null. */
    public Map<String, Object> getDeferRelation() {
        return deferRelation;
    }

    public void setDeferRelation(Map<String, Object> deferRelation) {
        this.deferRelation = deferRelation;
    }

    public List<String> getPrimaryKey() {
        return primaryKey;
    }

    public void setPrimaryKey(List<String> primaryKey) {
        this.primaryKey = primaryKey == null ? new ArrayList<>() : primaryKey;
    }

    public Map<String, Object> getTimeSpine() {
        return timeSpine;
    }

    public void setTimeSpine(Map<String, Object> timeSpine) {
        this.timeSpine = timeSpine;
    }
}
