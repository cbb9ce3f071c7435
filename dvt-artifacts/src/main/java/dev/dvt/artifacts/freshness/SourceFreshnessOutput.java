package dev.dvt.artifacts.freshness;

import dev.dvt.artifacts.manifest.FreshnessThreshold;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.artifacts.results.TimingInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A measured source: newest loaded_at, when it was measured, its age, and the verdict (pass, warn, error). */
public final class SourceFreshnessOutput implements SourceFreshnessResult {
    private String uniqueId;
    private Instant maxLoadedAt;
    private Instant snapshottedAt;
    private double maxLoadedAtTimeAgoInS;
    private NodeStatus status;
    private FreshnessThreshold criteria = new FreshnessThreshold();
    private Map<String, Object> adapterResponse = new LinkedHashMap<>();
    private List<TimingInfo> timing = new ArrayList<>();
    private String threadId;
    private double executionTime;

    @Override
    public String getUniqueId() {
        return uniqueId;
    }

    public void setUniqueId(String uniqueId) {
        this.uniqueId = uniqueId;
    }

    public Instant getMaxLoadedAt() {
        return maxLoadedAt;
    }

    public void setMaxLoadedAt(Instant maxLoadedAt) {
        this.maxLoadedAt = maxLoadedAt;
    }

    public Instant getSnapshottedAt() {
        return snapshottedAt;
    }

    public void setSnapshottedAt(Instant snapshottedAt) {
        this.snapshottedAt = snapshottedAt;
    }

    public double getMaxLoadedAtTimeAgoInS() {
        return maxLoadedAtTimeAgoInS;
    }

    public void setMaxLoadedAtTimeAgoInS(double maxLoadedAtTimeAgoInS) {
        this.maxLoadedAtTimeAgoInS = maxLoadedAtTimeAgoInS;
    }

    @Override
    public NodeStatus getStatus() {
        return status;
    }

    public void setStatus(NodeStatus status) {
        this.status = status;
    }

    public FreshnessThreshold getCriteria() {
        return criteria;
    }

    public void setCriteria(FreshnessThreshold criteria) {
        this.criteria = criteria == null ? new FreshnessThreshold() : criteria;
    }

    public Map<String, Object> getAdapterResponse() {
        return adapterResponse;
    }

    public void setAdapterResponse(Map<String, Object> adapterResponse) {
        this.adapterResponse = adapterResponse == null ? new LinkedHashMap<>() : adapterResponse;
    }

    public List<TimingInfo> getTiming() {
        return timing;
    }

    public void setTiming(List<TimingInfo> timing) {
        this.timing = timing == null ? new ArrayList<>() : timing;
    }

    public String getThreadId() {
        return threadId;
    }

    public void setThreadId(String threadId) {
        this.threadId = threadId;
    }

    public double getExecutionTime() {
        return executionTime;
    }

    public void setExecutionTime(double executionTime) {
        this.executionTime = executionTime;
    }
}
