package dev.dvt.core.dialect;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The incremental statement shapes of §6.4, built for one dialect, target and staging table.
 * Dialects with their own upsert syntax build it from the pieces exposed here.
 */
public final class MergeStatements {
    private final SqlDialect dialect;
    private final String target;
    private final String staging;
    private final List<String> keys;
    private final List<String> columns;
    private final List<String> nonKeys;

    public MergeStatements(
            SqlDialect dialect, RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.target = dialect.render(requireNonNull(target, "target is null"));
        this.staging = dialect.render(requireNonNull(staging, "staging is null"));
        this.keys = List.copyOf(uniqueKey);
        this.columns = List.copyOf(columns);
        if (keys.isEmpty() || this.columns.isEmpty()) {
            throw new IllegalArgumentException("merge needs a unique key and columns");
        }
        this.nonKeys = this.columns.stream().filter(c -> !keys.contains(c)).toList();
    }

    public String target() {
        return target;
    }

    public String staging() {
        return staging;
    }

    /** {@code INSERT INTO qt (cols) SELECT cols FROM qs}. */
    public String insertAll() {
        String cols = quoted(columns);
        return "INSERT INTO " + target + " (" + cols + ") SELECT " + cols + " FROM " + staging;
    }

    /**
     * {@code c = <f(c)>} for each non-key column; when every column is a key, the first key is
     * set to itself so the statement stays valid.
     */
    public String updateSet(Function<String, String> assignment) {
        List<String> set = nonKeys.isEmpty() ? keys.subList(0, 1) : nonKeys;
        return set.stream().map(c -> assignment.apply(dialect.quoteIdentifier(c))).collect(Collectors.joining(", "));
    }

    public boolean hasNonKeyColumns() {
        return !nonKeys.isEmpty();
    }

    public String quotedKeys() {
        return quoted(keys);
    }

    /** {@code qt.k = qs.k AND …}, qualified by the full table names. */
    public String keysMatchByTableName() {
        return keys.stream().map(dialect::quoteIdentifier).map(k -> target + "." + k + " = " + staging + "." + k)
                .collect(Collectors.joining(" AND "));
    }

    /** The standard {@code MERGE INTO … AS target USING … AS stg} statement. */
    public String mergeInto() {
        String on = keys.stream().map(dialect::quoteIdentifier).map(k -> "target." + k + " = stg." + k)
                .collect(Collectors.joining(" AND "));
        String setPrefix = dialect.qualifiesMergeSetColumns() ? "target." : "";
        String values = columns.stream().map(c -> "stg." + dialect.quoteIdentifier(c)).collect(Collectors.joining(", "));
        return "MERGE INTO " + target + " " + dialect.tableAlias("target")
                + " USING " + staging + " " + dialect.tableAlias("stg")
                + " ON " + dialect.mergeOn(on)
                + (hasNonKeyColumns() || dialect.mergeUpdatesKeyOnlyTables()
                        ? " WHEN MATCHED THEN UPDATE SET " + updateSet(c -> setPrefix + c + " = stg." + c) : "")
                + " WHEN NOT MATCHED THEN INSERT (" + quoted(columns) + ") VALUES (" + values + ")"
                + dialect.mergeTerminator();
    }

    /** {@code DELETE FROM qt USING qs WHERE qt.k = qs.k …} (PostgreSQL family). */
    public String deleteUsing() {
        return "DELETE FROM " + target + " USING " + staging + " WHERE " + keysMatchByTableName();
    }

    /** A portable delete of target rows that have a staging row with the same key. */
    public String deleteMatching() {
        if (keys.size() == 1) {
            String k = dialect.quoteIdentifier(keys.get(0));
            return "DELETE FROM " + target + " WHERE " + k + " IN (SELECT " + k + " FROM " + staging + ")";
        }
        String match = keys.stream().map(dialect::quoteIdentifier).map(k -> target + "." + k + " = stg." + k)
                .collect(Collectors.joining(" AND "));
        return "DELETE FROM " + target + " WHERE EXISTS (SELECT 1 FROM " + staging + " "
                + dialect.tableAlias("stg") + " WHERE " + match + ")";
    }

    private String quoted(List<String> names) {
        return names.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", "));
    }
}
