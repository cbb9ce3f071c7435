package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An ad-hoc SQL operation, such as the query of {@code dvt show --inline} or {@code dvt compile --inline}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class SqlOperationNode extends CompiledNode {
    public SqlOperationNode() {
        super(ResourceType.SQL_OPERATION);
    }
}
