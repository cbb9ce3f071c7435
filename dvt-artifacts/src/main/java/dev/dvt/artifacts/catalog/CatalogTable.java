package dev.dvt.artifacts.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** One relation of catalog.json: its metadata, columns by name in ordinal order, and stats by id. */
public class CatalogTable {
    private TableMetadata metadata = new TableMetadata();
    private Map<String, ColumnMetadata> columns = new LinkedHashMap<>();
    private Map<String, StatsItem> stats = new LinkedHashMap<>();
    private String uniqueId;

    public CatalogTable() {
        stats.put(StatsItem.HAS_STATS, StatsItem.hasStats(false));
    }

    /** Adds a column at the next ordinal position. */
    public void addColumn(String name, String type, String comment) {
        columns.put(name, new ColumnMetadata(name, type, columns.size() + 1, comment));
    }

    /** Adds a statistic and marks the table as having stats. */
    public void addStat(StatsItem item) {
        stats.put(item.getId(), item);
        stats.put(StatsItem.HAS_STATS, StatsItem.hasStats(true));
    }

    public TableMetadata getMetadata() {
        return metadata;
    }

    public void setMetadata(TableMetadata metadata) {
        this.metadata = metadata == null ? new TableMetadata() : metadata;
    }

    public Map<String, ColumnMetadata> getColumns() {
        return columns;
    }

    public void setColumns(Map<String, ColumnMetadata> columns) {
        this.columns = columns == null ? new LinkedHashMap<>() : columns;
    }

    public Map<String, StatsItem> getStats() {
        return stats;
    }

    public void setStats(Map<String, StatsItem> stats) {
        this.stats = stats == null ? new LinkedHashMap<>() : stats;
    }

    public String getUniqueId() {
        return uniqueId;
    }

    public void setUniqueId(String uniqueId) {
        this.uniqueId = uniqueId;
    }
}
