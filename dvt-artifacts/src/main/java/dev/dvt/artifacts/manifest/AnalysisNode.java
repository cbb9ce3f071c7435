package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An analysis: SQL under {@code analyses/} that is compiled but never run. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class AnalysisNode extends CompiledNode {
    public AnalysisNode() {
        super(ResourceType.ANALYSIS);
    }
}
