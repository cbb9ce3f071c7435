package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import static java.util.Objects.requireNonNull;

/**
 * What every manifest entry has: identity and the file it came from. Reading JSON picks the
 * concrete class from {@code resource_type} (see {@link ManifestResourceDeserializer}).
 */
@JsonDeserialize(using = ManifestResourceDeserializer.class)
public abstract class ManifestResource {
    private final ResourceType resourceType;
    private String name;
    private String packageName;
    private String path;
    private String originalFilePath;
    private String uniqueId;

    protected ManifestResource(ResourceType resourceType) {
        this.resourceType = requireNonNull(resourceType, "resourceType is null");
    }

    /** The resource type as dbt spells it ("model", "seed", ...), which is what Jinja compares against. */
    public String getResourceType() {
        return resourceType.value();
    }

    public ResourceType resourceType() {
        return resourceType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPackageName() {
        return packageName;
    }

    public void setPackageName(String packageName) {
        this.packageName = packageName;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getOriginalFilePath() {
        return originalFilePath;
    }

    public void setOriginalFilePath(String originalFilePath) {
        this.originalFilePath = originalFilePath;
    }

    public String getUniqueId() {
        return uniqueId;
    }

    public void setUniqueId(String uniqueId) {
        this.uniqueId = uniqueId;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + uniqueId + "]";
    }
}
