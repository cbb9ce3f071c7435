package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.Map;

/** A seed: a CSV file under {@code seeds/} loaded as a table. Seeds depend on macros only. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class SeedNode extends ManifestNode {
    private String rootPath;
    private Map<String, Object> deferRelation;

    public SeedNode() {
        super(ResourceType.SEED);
    }

    /** The manifest schema allows only {@code macros} in a seed's depends_on. */
    @Override
    @JsonSerialize(using = MacroDependsOnSerializer.class)
    public DependsOn getDependsOn() {
        return super.getDependsOn();
    }

    public String getRootPath() {
        return rootPath;
    }

    public void setRootPath(String rootPath) {
        this.rootPath = rootPath;
    }

    /** The relation of this node in the {@code --state} manifest when deferring, else null. */
    public Map<String, Object> getDeferRelation() {
        return deferRelation;
    }

    public void setDeferRelation(Map<String, Object> deferRelation) {
        this.deferRelation = deferRelation;
    }
}
