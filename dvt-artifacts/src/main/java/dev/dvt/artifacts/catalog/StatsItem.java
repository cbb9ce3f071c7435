package dev.dvt.artifacts.catalog;

/** One table statistic (row count, size, ...); {@code include} says whether the docs site shows it. */
public class StatsItem {
    public static final String HAS_STATS = "has_stats";

    private String id;
    private String label;
    private Object value;
    private boolean include;
    private String description;

    public StatsItem() {
    }

    public StatsItem(String id, String label, Object value, boolean include, String description) {
        this.id = id;
        this.label = label;
        this.value = value;
        this.include = include;
        this.description = description;
    }

    /** The entry dbt adds when a database reports no statistics, or true when it reported some. */
    public static StatsItem hasStats(boolean present) {
        return new StatsItem(HAS_STATS, "Has Stats?", present, false,
                "Indicates whether there are statistics for this table");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** A boolean, string, number or null. */
    public Object getValue() {
        return value;
    }

    public void setValue(Object value) {
        this.value = value;
    }

    public boolean getInclude() {
        return include;
    }

    public void setInclude(boolean include) {
        this.include = include;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
