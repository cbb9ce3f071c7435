package dev.dvt.artifacts.freshness;

import dev.dvt.artifacts.results.NodeStatus;

/** A source whose freshness query failed; its status is always {@code runtime error}. */
public final class SourceFreshnessRuntimeError implements SourceFreshnessResult {
    private String uniqueId;
    private String error;
    private NodeStatus status = NodeStatus.RUNTIME_ERROR;

    public SourceFreshnessRuntimeError() {
    }

    public SourceFreshnessRuntimeError(String uniqueId, String error) {
        this.uniqueId = uniqueId;
        this.error = error;
    }

    @Override
    public String getUniqueId() {
        return uniqueId;
    }

    public void setUniqueId(String uniqueId) {
        this.uniqueId = uniqueId;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    @Override
    public NodeStatus getStatus() {
        return status;
    }

    /** Present for reading: the schema allows only {@code runtime error} here. */
    public void setStatus(NodeStatus status) {
        if (status != NodeStatus.RUNTIME_ERROR) {
            throw new IllegalArgumentException("A freshness runtime error has status 'runtime error', not '" + status + "'");
        }
        this.status = status;
    }
}
