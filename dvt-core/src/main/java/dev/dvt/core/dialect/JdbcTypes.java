package dev.dvt.core.dialect;

import java.sql.Types;
import java.util.Locale;

/** Turns what {@code ResultSetMetaData} reports about a column into a {@link TypeSpec}. */
public final class JdbcTypes {
    /** Drivers report unbounded text as a huge precision (PostgreSQL: 2147483647). */
    private static final int MAX_BOUNDED_LENGTH = 65_535;

    private JdbcTypes() {}

    /**
     * @param sqlType a {@link java.sql.Types} code
     * @param typeName the driver's type name, may be null; used to recognise json/jsonb
     */
    public static TypeSpec toTypeSpec(int sqlType, String typeName, int precision, int scale) {
        if (typeName != null && typeName.toLowerCase(Locale.ROOT).startsWith("json")) {
            return TypeSpec.of(CanonicalType.JSON);
        }
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR ->
                    TypeSpec.string(precision > 0 && precision <= MAX_BOUNDED_LENGTH ? precision : 0);
            case Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB, Types.SQLXML ->
                    TypeSpec.of(CanonicalType.TEXT);
            case Types.INTEGER -> TypeSpec.of(CanonicalType.INT);
            case Types.BIGINT -> TypeSpec.of(CanonicalType.BIGINT);
            case Types.SMALLINT, Types.TINYINT -> TypeSpec.of(CanonicalType.SMALLINT);
            case Types.REAL -> TypeSpec.of(CanonicalType.FLOAT);
            // JDBC FLOAT is double precision.
            case Types.FLOAT, Types.DOUBLE -> TypeSpec.of(CanonicalType.DOUBLE);
            case Types.NUMERIC, Types.DECIMAL -> decimal(precision, scale);
            case Types.BOOLEAN -> TypeSpec.of(CanonicalType.BOOLEAN);
            case Types.BIT -> precision > 1 ? TypeSpec.of(CanonicalType.BINARY) : TypeSpec.of(CanonicalType.BOOLEAN);
            case Types.DATE -> TypeSpec.of(CanonicalType.DATE);
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> TypeSpec.of(CanonicalType.TIME);
            case Types.TIMESTAMP -> TypeSpec.of(CanonicalType.TIMESTAMP);
            case Types.TIMESTAMP_WITH_TIMEZONE -> TypeSpec.of(CanonicalType.TIMESTAMP_TZ);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> TypeSpec.of(CanonicalType.BINARY);
            // uuid, interval, arrays and other driver-specific types keep their text form.
            default -> TypeSpec.of(CanonicalType.TEXT);
        };
    }

    private static TypeSpec decimal(int precision, int scale) {
        // Unconstrained numerics come back as precision 0 or a huge number, and a negative scale.
        if (precision <= 0 || precision > 1000 || scale < 0 || scale > precision) {
            return TypeSpec.decimal(0, 0);
        }
        return TypeSpec.decimal(precision, scale);
    }
}
