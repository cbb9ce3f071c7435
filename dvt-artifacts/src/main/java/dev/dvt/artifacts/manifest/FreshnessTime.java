package dev.dvt.artifacts.manifest;

/** An age limit such as "12 hours": a count and a period (minute, hour, day); both null when unset. */
public class FreshnessTime {
    private Integer count;
    private String period;

    public FreshnessTime() {
    }

    public FreshnessTime(Integer count, String period) {
        this.count = count;
        this.period = period;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
