package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A singular data test: a SQL file under {@code tests/} whose returned rows are failures. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class SingularTestNode extends CompiledNode {
    public SingularTestNode() {
        super(ResourceType.TEST);
    }
}
