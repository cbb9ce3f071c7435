package dev.dvt.artifacts.freshness;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.dvt.artifacts.results.NodeStatus;

/**
 * One entry of sources.json: either a measured freshness or a runtime error. On read, the kind
 * is deduced from the keys present ({@code error} vs {@code max_loaded_at}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(SourceFreshnessOutput.class), @JsonSubTypes.Type(SourceFreshnessRuntimeError.class)})
public sealed interface SourceFreshnessResult permits SourceFreshnessOutput, SourceFreshnessRuntimeError {
    String getUniqueId();

    NodeStatus getStatus();
}
