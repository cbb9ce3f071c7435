package dev.dvt.artifacts.schema;

/** The dbt artifacts DVT writes, each with the official JSON Schema it must satisfy. */
public enum Artifact {
    MANIFEST("manifest.json", "manifest-v12.json"),
    RUN_RESULTS("run_results.json", "run-results-v6.json"),
    CATALOG("catalog.json", "catalog-v1.json"),
    SOURCES("sources.json", "sources-v3.json");

    private final String fileName;
    private final String schemaResource;

    Artifact(String fileName, String schemaResource) {
        this.fileName = fileName;
        this.schemaResource = schemaResource;
    }

    /** The file name under {@code target/}. */
    public String fileName() {
        return fileName;
    }

    /** The schema's resource name next to {@link ArtifactSchemas}. */
    public String schemaResource() {
        return schemaResource;
    }
}
