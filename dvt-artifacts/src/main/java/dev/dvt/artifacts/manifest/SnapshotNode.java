package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.Map;

/** A snapshot (SCD type 2 table); strategy, unique_key, updated_at and check_cols live in its config. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class SnapshotNode extends CompiledNode {
    private Map<String, Object> deferRelation;

    public SnapshotNode() {
        super(ResourceType.SNAPSHOT);
    }

    /** The relation of this node in the {@code --state} manifest when deferring, else null. */
    public Map<String, Object> getDeferRelation() {
        return deferRelation;
    }

    public void setDeferRelation(Map<String, Object> deferRelation) {
        this.deferRelation = deferRelation;
    }
}
