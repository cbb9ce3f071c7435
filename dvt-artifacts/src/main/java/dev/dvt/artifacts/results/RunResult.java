package dev.dvt.artifacts.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of one node in run_results.json. */
public class RunResult {
    private NodeStatus status;
    private List<TimingInfo> timing = new ArrayList<>();
    private String threadId;
    private double executionTime;
    private Map<String, Object> adapterResponse = new LinkedHashMap<>();
    private String message;
    private Integer failures;
    private String uniqueId;
    private Boolean compiled;
    private String compiledCode;
    private String relationName;
    private BatchResults batchResults;

    public RunResult() {
    }

    public RunResult(String uniqueId, NodeStatus status) {
        this.uniqueId = uniqueId;
        this.status = status;
    }

    public NodeStatus getStatus() {
        return status;
    }

    public void setStatus(NodeStatus status) {
        this.status = status;
    }

    public List<TimingInfo> getTiming() {
        return timing;
    }

    public void setTiming(List<TimingInfo> timing) {
        this.timing = timing == null ? new ArrayList<>() : timing;
    }

    /** dbt's thread name, e.g. "Thread-1 (worker)". */
    public String getThreadId() {
        return threadId;
    }

    public void setThreadId(String threadId) {
        this.threadId = threadId;
    }

    /** Seconds spent on the node. */
    public double getExecutionTime() {
        return executionTime;
    }

    public void setExecutionTime(double executionTime) {
        this.executionTime = executionTime;
    }

    /** What the database reported: {@code _message}, {@code code}, {@code rows_affected}, ... */
    public Map<String, Object> getAdapterResponse() {
        return adapterResponse;
    }

    public void setAdapterResponse(Map<String, Object> adapterResponse) {
        this.adapterResponse = adapterResponse == null ? new LinkedHashMap<>() : adapterResponse;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** Failing row count for tests, null for other nodes. */
    public Integer getFailures() {
        return failures;
    }

    public void setFailures(Integer failures) {
        this.failures = failures;
    }

    public String getUniqueId() {
        return uniqueId;
    }

    public void setUniqueId(String uniqueId) {
        this.uniqueId = uniqueId;
    }

    public Boolean getCompiled() {
        return compiled;
    }

    public void setCompiled(Boolean compiled) {
        this.compiled = compiled;
    }

    public String getCompiledCode() {
        return compiledCode;
    }

    public void setCompiledCode(String compiledCode) {
        this.compiledCode = compiledCode;
    }

    public String getRelationName() {
        return relationName;
    }

    public void setRelationName(String relationName) {
        this.relationName = relationName;
    }

    public BatchResults getBatchResults() {
        return batchResults;
    }

    public void setBatchResults(BatchResults batchResults) {
        this.batchResults = batchResults;
    }
}
