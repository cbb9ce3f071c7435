package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An {@code on-run-start} / {@code on-run-end} hook; {@code index} is its position in the project's hook list. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class HookNode extends CompiledNode {
    private Integer index;

    public HookNode() {
        super(ResourceType.OPERATION);
    }

    public Integer getIndex() {
        return index;
    }

    public void setIndex(Integer index) {
        this.index = index;
    }
}
