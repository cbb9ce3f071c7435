package dev.dvt.artifacts.catalog;

import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.ArtifactMetadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code target/catalog.json} (dbt catalog v1), written by {@code docs generate}. */
public class Catalog {
    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/catalog/v1.json";

    private ArtifactMetadata metadata = new ArtifactMetadata(SCHEMA_VERSION, null);
    private Map<String, CatalogTable> nodes = new LinkedHashMap<>();
    private Map<String, CatalogTable> sources = new LinkedHashMap<>();
    private List<String> errors;

    public static Catalog read(Path file) {
        return ArtifactJson.read(file, Catalog.class);
    }

    public void write(Path file) {
        ArtifactJson.write(file, this);
    }

    public ArtifactMetadata getMetadata() {
        return metadata;
    }

    public void setMetadata(ArtifactMetadata metadata) {
        this.metadata = metadata == null ? new ArtifactMetadata(SCHEMA_VERSION, null) : metadata;
    }

    public Map<String, CatalogTable> getNodes() {
        return nodes;
    }

    public void setNodes(Map<String, CatalogTable> nodes) {
        this.nodes = nodes == null ? new LinkedHashMap<>() : nodes;
    }

    public Map<String, CatalogTable> getSources() {
        return sources;
    }

    public void setSources(Map<String, CatalogTable> sources) {
        this.sources = sources == null ? new LinkedHashMap<>() : sources;
    }

    /** Messages of relations that could not be described; null when there were none. */
    public List<String> getErrors() {
        return errors;
    }

    public void setErrors(List<String> errors) {
        this.errors = errors;
    }

    public void addError(String error) {
        if (errors == null) {
            errors = new ArrayList<>();
        }
        errors.add(error);
    }
}
