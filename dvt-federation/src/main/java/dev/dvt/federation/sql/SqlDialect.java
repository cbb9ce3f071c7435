package dev.dvt.federation.sql;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;

/**
 * The few facts about a database's SQL that extraction and transpilation need: its dialect
 * family (the parser/translator family, e.g. {@code tsql} for SQL Server), how it quotes
 * identifiers and how it limits rows. Built from an adapter type with {@link #of(String)}.
 */
public record SqlDialect(String name, String family, String quoteOpen, String quoteClose,
        LimitStyle limitStyle) {

    /** Where the row limit goes. */
    public enum LimitStyle {
        /** {@code SELECT … LIMIT n} */
        LIMIT,
        /** {@code SELECT TOP n …} */
        TOP,
        /** {@code SELECT … FETCH FIRST n ROWS ONLY} */
        FETCH_FIRST
    }

    private static final Set<String> POSTGRES_FAMILY = Set.of("postgres", "postgresql", "greenplum",
            "materialize", "risingwave", "cratedb", "alloydb", "timescaledb");
    private static final Set<String> MYSQL_FAMILY = Set.of("mysql", "mariadb", "tidb", "singlestore");
    private static final Set<String> TSQL_FAMILY = Set.of("sqlserver", "synapse", "fabric", "tsql");
    private static final Set<String> TRINO_FAMILY = Set.of("trino", "starburst");
    private static final Set<String> BACKTICK_QUOTED = Set.of("bigquery", "spark", "databricks", "hive");
    private static final Set<String> TOP_LIMITED = Set.of("sybase", "teradata");
    private static final Set<String> FETCH_LIMITED = Set.of("oracle", "db2");

    public SqlDialect {
        requireNonNull(name, "name is null");
        requireNonNull(family, "family is null");
        requireNonNull(quoteOpen, "quoteOpen is null");
        requireNonNull(quoteClose, "quoteClose is null");
        requireNonNull(limitStyle, "limitStyle is null");
    }

    /** The dialect of an adapter type (profile {@code type}), case-insensitive. */
    public static SqlDialect of(String adapterType) {
        String name = requireNonNull(adapterType, "adapterType is null").trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("adapter type is empty");
        }
        String family = familyOf(name);
        String open = "\"";
        String close = "\"";
        if (family.equals("mysql") || BACKTICK_QUOTED.contains(name)) {
            open = "`";
            close = "`";
        } else if (family.equals("tsql") || name.equals("sybase")) {
            open = "[";
            close = "]";
        }
        LimitStyle limit = LimitStyle.LIMIT;
        if (family.equals("tsql") || TOP_LIMITED.contains(name)) {
            limit = LimitStyle.TOP;
        } else if (FETCH_LIMITED.contains(name)) {
            limit = LimitStyle.FETCH_FIRST;
        }
        return new SqlDialect(name, family, open, close, limit);
    }

    private static String familyOf(String name) {
        if (POSTGRES_FAMILY.contains(name)) {
            return "postgres";
        }
        if (MYSQL_FAMILY.contains(name)) {
            return "mysql";
        }
        if (TSQL_FAMILY.contains(name)) {
            return "tsql";
        }
        if (TRINO_FAMILY.contains(name)) {
            return "trino";
        }
        return name;
    }

    /** The identifier quoted exactly as given, with the closing quote character doubled. */
    public String quote(String identifier) {
        requireNonNull(identifier, "identifier is null");
        return quoteOpen + identifier.replace(quoteClose, quoteClose + quoteClose) + quoteClose;
    }

    /** True for dialects whose string literals treat a backslash as an escape (MySQL family). */
    public boolean backslashEscapes() {
        return family.equals("mysql");
    }

    public boolean isFamily(String candidate) {
        return family.equals(candidate);
    }
}
