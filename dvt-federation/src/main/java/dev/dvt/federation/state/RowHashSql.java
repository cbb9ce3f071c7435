package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.federation.sql.SqlDialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL expressions, in a source's dialect, for the two values delta extraction compares: the
 * primary-key text ({@code _pk}) and the MD5 of all column values ({@code _hash}). Columns are
 * hashed in name order so the hash does not depend on the table's column order, and NULL counts
 * as an empty string, as the row hash helper of the original did.
 */
public final class RowHashSql {
    private RowHashSql() {
    }

    public static boolean supports(SqlDialect dialect) {
        return textType(dialect) != null;
    }

    /** {@code md5(concat_ws('|', coalesce(cast("a" as text), ''), …))} over the sorted columns. */
    public static String hashExpression(SqlDialect dialect, List<String> columns) {
        String text = requireText(dialect);
        requireNonEmpty(columns, "columns");
        String values = columns.stream().sorted()
                .map(c -> "coalesce(cast(" + dialect.quote(c) + " as " + text + "), '')")
                .collect(Collectors.joining(", "));
        return "md5(concat_ws('|', " + values + "))";
    }

    /** The single key cast to text, or {@code concat_ws('|', …)} of the keys in key order. */
    public static String pkExpression(SqlDialect dialect, List<String> pkColumns) {
        String text = requireText(dialect);
        requireNonEmpty(pkColumns, "pkColumns");
        List<String> casts = pkColumns.stream()
                .map(c -> "cast(" + dialect.quote(c) + " as " + text + ")")
                .toList();
        return casts.size() == 1 ? casts.get(0) : "concat_ws('|', " + String.join(", ", casts) + ")";
    }

    private static String textType(SqlDialect dialect) {
        requireNonNull(dialect, "dialect is null");
        return switch (dialect.family()) {
            case "postgres" -> "text";
            case "duckdb" -> "varchar";
            case "mysql" -> "char";
            default -> null;
        };
    }

    private static String requireText(SqlDialect dialect) {
        String text = textType(dialect);
        if (text == null) {
            throw new DvtException(ErrorCode.FEDERATION, "Delta extraction has no row-hash SQL for "
                    + dialect.name() + " sources; the source is extracted in full instead");
        }
        return text;
    }

    private static void requireNonEmpty(List<String> columns, String what) {
        requireNonNull(columns, what + " is null");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
    }
}
