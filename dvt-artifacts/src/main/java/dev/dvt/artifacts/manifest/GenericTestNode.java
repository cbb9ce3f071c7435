package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A generic data test instantiated from properties YAML, e.g. {@code not_null} on a column. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class GenericTestNode extends CompiledNode {
    private String columnName;
    private String fileKeyName;
    private String attachedNode;
    private TestMetadata testMetadata = new TestMetadata();

    public GenericTestNode() {
        super(ResourceType.TEST);
    }

    public String getColumnName() {
        return columnName;
    }

    public void setColumnName(String columnName) {
        this.columnName = columnName;
    }

    /** The YAML key the test was declared under, such as {@code models.orders} or {@code sources.raw}. */
    public String getFileKeyName() {
        return fileKeyName;
    }

    public void setFileKeyName(String fileKeyName) {
        this.fileKeyName = fileKeyName;
    }

    /** The unique id of the model, seed, snapshot or source the test is declared on. */
    public String getAttachedNode() {
        return attachedNode;
    }

    public void setAttachedNode(String attachedNode) {
        this.attachedNode = attachedNode;
    }

    public TestMetadata getTestMetadata() {
        return testMetadata;
    }

    public void setTestMetadata(TestMetadata testMetadata) {
        this.testMetadata = testMetadata == null ? new TestMetadata() : testMetadata;
    }
}
