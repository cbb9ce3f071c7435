package dev.dvt.core.bulk;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.TypeSpec;
import java.sql.Types;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type mapping between source databases, the DuckDB types staged Parquet is written with, and the
 * canonical types target DDL is generated from. Types DuckDB cannot hold faithfully (intervals,
 * arrays, json, money) are staged as their text.
 */
public final class DuckDbTypes {
    private static final int MAX_DECIMAL_PRECISION = 38;
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

    private DuckDbTypes() {
    }

    /**
     * The staged column for a source column as JDBC describes it.
     *
     * @param typeName the driver's type name (e.g. {@code timestamptz}, {@code BIGINT UNSIGNED})
     */
    public static StagedColumn forJdbc(String name, int sqlType, String typeName, int precision, int scale,
            BinaryText binary) {
        String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        switch (type) {
            case "timestamptz", "timestamp with time zone" -> {
                return StagedColumn.direct(name, "TIMESTAMPTZ");
            }
            case "uuid" -> {
                return StagedColumn.direct(name, "UUID");
            }
            case "bool", "boolean" -> {
                return StagedColumn.direct(name, "BOOLEAN");
            }
            default -> {
                // fall through to the JDBC type code
            }
        }
        if (type.contains("unsigned")) {
            return StagedColumn.direct(name, unsigned(sqlType));
        }
        return switch (sqlType) {
            case Types.BOOLEAN -> StagedColumn.direct(name, "BOOLEAN");
            case Types.BIT -> precision > 1 ? binary(name, binary) : StagedColumn.direct(name, "BOOLEAN");
            case Types.TINYINT -> StagedColumn.direct(name, "TINYINT");
            case Types.SMALLINT -> StagedColumn.direct(name, "SMALLINT");
            case Types.INTEGER -> StagedColumn.direct(name, "INTEGER");
            case Types.BIGINT -> StagedColumn.direct(name, "BIGINT");
            case Types.REAL -> StagedColumn.direct(name, "FLOAT");
            case Types.FLOAT, Types.DOUBLE -> StagedColumn.direct(name, "DOUBLE");
            case Types.NUMERIC, Types.DECIMAL -> StagedColumn.direct(name, decimal(precision, scale));
            case Types.DATE -> StagedColumn.direct(name, "DATE");
            case Types.TIME -> StagedColumn.direct(name, "TIME");
            case Types.TIMESTAMP -> StagedColumn.direct(name, "TIMESTAMP");
            case Types.TIMESTAMP_WITH_TIMEZONE -> StagedColumn.direct(name, "TIMESTAMPTZ");
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> binary(name, binary);
            default -> StagedColumn.direct(name, "VARCHAR");
        };
    }

    /**
     * A decimal with the source's precision; unconstrained or wider than DuckDB's 38 digits is
     * staged as DOUBLE, which keeps the magnitude at the cost of digits beyond the 17th.
     */
    private static String decimal(int precision, int scale) {
        if (precision <= 0 || precision > MAX_DECIMAL_PRECISION || scale < 0 || scale > precision) {
            return "DOUBLE";
        }
        return "DECIMAL(" + precision + "," + scale + ")";
    }

    private static String unsigned(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT, Types.BIT -> "USMALLINT";
            case Types.SMALLINT -> "UINTEGER";
            case Types.INTEGER -> "UBIGINT";
            case Types.BIGINT -> "UBIGINT";
            default -> "DOUBLE";
        };
    }

    private static StagedColumn binary(String name, BinaryText binary) {
        String conversion = binary == BinaryText.POSTGRES_HEX ? "unhex(substr(%s, 3))" : "unhex(%s)";
        return new StagedColumn(name, "BLOB", "VARCHAR", conversion);
    }

    /** The canonical type of a DuckDB column type, for target DDL. */
    public static TypeSpec toTypeSpec(String duckType) {
        String type = duckType.trim().toUpperCase(Locale.ROOT);
        Matcher decimal = DECIMAL.matcher(type);
        if (decimal.matches()) {
            return TypeSpec.decimal(Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
        }
        if (type.endsWith("[]") || type.startsWith("STRUCT") || type.startsWith("MAP") || type.startsWith("UNION")) {
            return TypeSpec.of(CanonicalType.TEXT);
        }
        return switch (type) {
            case "BOOLEAN" -> TypeSpec.of(CanonicalType.BOOLEAN);
            case "TINYINT", "SMALLINT", "UTINYINT" -> TypeSpec.of(CanonicalType.SMALLINT);
            case "INTEGER", "USMALLINT" -> TypeSpec.of(CanonicalType.INT);
            case "BIGINT", "UINTEGER" -> TypeSpec.of(CanonicalType.BIGINT);
            case "UBIGINT" -> TypeSpec.decimal(20, 0);
            case "HUGEINT", "UHUGEINT" -> TypeSpec.decimal(MAX_DECIMAL_PRECISION, 0);
            case "FLOAT" -> TypeSpec.of(CanonicalType.FLOAT);
            case "DOUBLE" -> TypeSpec.of(CanonicalType.DOUBLE);
            case "DATE" -> TypeSpec.of(CanonicalType.DATE);
            case "TIME" -> TypeSpec.of(CanonicalType.TIME);
            case "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS" -> TypeSpec.of(CanonicalType.TIMESTAMP);
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> TypeSpec.of(CanonicalType.TIMESTAMP_TZ);
            case "BLOB" -> TypeSpec.of(CanonicalType.BINARY);
            case "JSON" -> TypeSpec.of(CanonicalType.JSON);
            default -> TypeSpec.of(CanonicalType.TEXT);
        };
    }
}
