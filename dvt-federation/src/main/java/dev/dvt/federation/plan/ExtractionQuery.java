package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.sql.Hashes;
import dev.dvt.federation.sql.Identifiers;
import dev.dvt.federation.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The query that reads one input from its own database, in that database's dialect, and its
 * fingerprint: the MD5 of the query text, so that a change of columns, filters or limit is
 * noticed and staging made for another query is never reused.
 */
public record ExtractionQuery(String sql, String fingerprint) {
    public ExtractionQuery {
        requireNonNull(sql, "sql is null");
        requireNonNull(fingerprint, "fingerprint is null");
    }

    /**
     * @param columns real column names to read, quoted as given; empty for {@code *}
     * @param predicates conditions already written in the source dialect, joined with AND
     */
    public static ExtractionQuery build(InputRelation input, List<String> columns, List<String> predicates,
            OptionalLong limit) {
        requireNonNull(input, "input is null");
        requireNonNull(columns, "columns is null");
        requireNonNull(predicates, "predicates is null");
        requireNonNull(limit, "limit is null");
        SqlDialect dialect = input.sqlDialect();
        String projection = columns.isEmpty() ? "*"
                : columns.stream().map(dialect::quote).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("SELECT ");
        if (limit.isPresent() && dialect.limitStyle() == SqlDialect.LimitStyle.TOP) {
            sql.append("TOP ").append(limit.getAsLong()).append(' ');
        }
        sql.append(projection).append(" FROM ").append(relationName(input));
        if (!predicates.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", predicates));
        }
        if (limit.isPresent()) {
            switch (dialect.limitStyle()) {
                case LIMIT -> sql.append(" LIMIT ").append(limit.getAsLong());
                case FETCH_FIRST -> sql.append(" FETCH FIRST ").append(limit.getAsLong()).append(" ROWS ONLY");
                case TOP -> {
                    // already placed after SELECT
                }
            }
        }
        String text = sql.toString();
        return new ExtractionQuery(text, Hashes.md5Hex(text));
    }

    /**
     * The relation's name in the source dialect. A part quoted in the model SQL is re-quoted with
     * the source's quote characters; a bare part stays bare, so the source folds its case the way
     * it did when the name was rendered.
     */
    static String relationName(InputRelation input) {
        SqlDialect dialect = input.sqlDialect();
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {input.database(), input.schema(), input.identifier()}) {
            if (part != null && !part.isBlank()) {
                parts.add(Identifiers.isQuoted(part) ? dialect.quote(Identifiers.unquote(part)) : part);
            }
        }
        return String.join(".", parts);
    }
}
