package dev.dvt.spi;

import java.util.Locale;

/** What kind of object a relation is, spelled as dbt spells it ({@code table}, {@code view}, …). */
public enum RelationType {
    TABLE, VIEW, CTE, EXTERNAL, MATERIALIZED_VIEW;

    /** dbt's lower-case spelling. */
    public String dbtName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses dbt's spelling or a database's {@code table_type} ({@code BASE TABLE}, {@code VIEW}, …). */
    public static RelationType parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        return switch (t) {
            case "TABLE", "BASE_TABLE", "LOCAL_TEMPORARY", "TEMPORARY" -> TABLE;
            case "VIEW" -> VIEW;
            case "CTE" -> CTE;
            case "EXTERNAL", "FOREIGN", "FOREIGN_TABLE" -> EXTERNAL;
            case "MATERIALIZED_VIEW", "MATERIALIZEDVIEW" -> MATERIALIZED_VIEW;
            default -> throw new IllegalArgumentException("unknown relation type '" + text
                    + "'; use table, view, cte, external or materialized_view");
        };
    }

    @Override
    public String toString() {
        return dbtName();
    }
}
