package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A downstream use of the project (dashboard, notebook, analysis, ml, application) declared in YAML. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class Exposure extends ManifestResource {
    private List<String> fqn = new ArrayList<>();
    private String type;
    private Owner owner = new Owner();
    private String description = "";
    private String label;
    private String maturity;
    private Map<String, Object> meta = new LinkedHashMap<>();
    private List<String> tags = new ArrayList<>();
    private NodeConfig config = NodeConfig.defaultsFor(ResourceType.EXPOSURE);
    private Map<String, Object> unrenderedConfig = new LinkedHashMap<>();
    private String url;
    private DependsOn dependsOn = new DependsOn();
    private List<RefArgs> refs = new ArrayList<>();
    private List<List<String>> sources = new ArrayList<>();
    private List<List<String>> metrics = new ArrayList<>();
    private double createdAt = System.currentTimeMillis() / 1000.0;

    public Exposure() {
        super(ResourceType.EXPOSURE);
    }

    public List<String> getFqn() {
        return fqn;
    }

    public void setFqn(List<String> fqn) {
        this.fqn = fqn == null ? new ArrayList<>() : fqn;
    }

    /** One of dashboard, notebook, analysis, ml, application. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Owner getOwner() {
        return owner;
    }

    public void setOwner(Owner owner) {
        this.owner = owner == null ? new Owner() : owner;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** One of low, medium, high, or null. */
    public String getMaturity() {
        return maturity;
    }

    public void setMaturity(String maturity) {
        this.maturity = maturity;
    }

    public Map<String, Object> getMeta() {
        return meta;
    }

    public void setMeta(Map<String, Object> meta) {
        this.meta = meta == null ? new LinkedHashMap<>() : meta;
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
        this.config = config == null ? NodeConfig.defaultsFor(ResourceType.EXPOSURE) : config;
    }

    public Map<String, Object> getUnrenderedConfig() {
        return unrenderedConfig;
    }

    public void setUnrenderedConfig(Map<String, Object> unrenderedConfig) {
        this.unrenderedConfig = unrenderedConfig == null ? new LinkedHashMap<>() : unrenderedConfig;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public DependsOn getDependsOn() {
        return dependsOn;
    }

    public void setDependsOn(DependsOn dependsOn) {
        this.dependsOn = dependsOn == null ? new DependsOn() : dependsOn;
    }

    public List<RefArgs> getRefs() {
        return refs;
    }

    public void setRefs(List<RefArgs> refs) {
        this.refs = refs == null ? new ArrayList<>() : refs;
    }

    public List<List<String>> getSources() {
        return sources;
    }

    public void setSources(List<List<String>> sources) {
        this.sources = sources == null ? new ArrayList<>() : sources;
    }

    public List<List<String>> getMetrics() {
        return metrics;
    }

    public void setMetrics(List<List<String>> metrics) {
        this.metrics = metrics == null ? new ArrayList<>() : metrics;
    }

    public double getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(double createdAt) {
        this.createdAt = createdAt;
    }
}
