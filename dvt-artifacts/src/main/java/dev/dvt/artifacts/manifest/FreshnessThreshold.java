package dev.dvt.artifacts.manifest;

/** A source's freshness rule: warn and error ages plus an optional WHERE filter for the max(loaded_at) query. */
public class FreshnessThreshold {
    private FreshnessTime warnAfter = new FreshnessTime();
    private FreshnessTime errorAfter = new FreshnessTime();
    private String filter;

    public FreshnessTime getWarnAfter() {
        return warnAfter;
    }

    public void setWarnAfter(FreshnessTime warnAfter) {
        this.warnAfter = warnAfter;
    }

    public FreshnessTime getErrorAfter() {
        return errorAfter;
    }

    public void setErrorAfter(FreshnessTime errorAfter) {
        this.errorAfter = errorAfter;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
