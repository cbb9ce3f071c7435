package dev.dvt.federation.transpile;

import dev.dvt.federation.sql.SqlDialect;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a type name written in a source dialect's CAST to the compute's type. */
final class TypeTranslator {
    private static final Pattern TYPE = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_ ]*?)\\s*(?:\\(([^)]*)\\))?\\s*");
    private static final int MAX_DECIMAL_PRECISION = 38;

    private enum Kind { STRING, BIGINT, INT, SMALLINT, TINYINT, DECIMAL, DOUBLE, FLOAT, BOOLEAN, DATE,
        TIMESTAMP, TIMESTAMPTZ, TIME, BINARY, JSON, UUID }

    private static final Map<String, Kind> NAMES = Map.ofEntries(
            Map.entry("varchar", Kind.STRING), Map.entry("character varying", Kind.STRING),
            Map.entry("char", Kind.STRING), Map.entry("character", Kind.STRING), Map.entry("bpchar", Kind.STRING),
            Map.entry("nchar", Kind.STRING), Map.entry("nvarchar", Kind.STRING), Map.entry("varchar2", Kind.STRING),
            Map.entry("nvarchar2", Kind.STRING), Map.entry("text", Kind.STRING), Map.entry("ntext", Kind.STRING),
            Map.entry("string", Kind.STRING), Map.entry("clob", Kind.STRING), Map.entry("nclob", Kind.STRING),
            Map.entry("tinytext", Kind.STRING), Map.entry("mediumtext", Kind.STRING), Map.entry("longtext", Kind.STRING),
            Map.entry("bigint", Kind.BIGINT), Map.entry("int8", Kind.BIGINT), Map.entry("signed", Kind.BIGINT),
            Map.entry("unsigned", Kind.BIGINT), Map.entry("signed integer", Kind.BIGINT),
            Map.entry("integer", Kind.INT), Map.entry("int", Kind.INT), Map.entry("int4", Kind.INT),
            Map.entry("mediumint", Kind.INT), Map.entry("smallint", Kind.SMALLINT), Map.entry("int2", Kind.SMALLINT),
            Map.entry("tinyint", Kind.TINYINT), Map.entry("byteint", Kind.TINYINT),
            Map.entry("decimal", Kind.DECIMAL), Map.entry("numeric", Kind.DECIMAL), Map.entry("number", Kind.DECIMAL),
            Map.entry("money", Kind.DECIMAL),
            Map.entry("double", Kind.DOUBLE), Map.entry("double precision", Kind.DOUBLE), Map.entry("float8", Kind.DOUBLE),
            Map.entry("float", Kind.DOUBLE), Map.entry("binary_double", Kind.DOUBLE),
            Map.entry("real", Kind.FLOAT), Map.entry("float4", Kind.FLOAT), Map.entry("binary_float", Kind.FLOAT),
            Map.entry("boolean", Kind.BOOLEAN), Map.entry("bool", Kind.BOOLEAN), Map.entry("bit", Kind.BOOLEAN),
            Map.entry("date", Kind.DATE),
            Map.entry("timestamp", Kind.TIMESTAMP), Map.entry("datetime", Kind.TIMESTAMP),
            Map.entry("datetime2", Kind.TIMESTAMP), Map.entry("smalldatetime", Kind.TIMESTAMP),
            Map.entry("timestamp without time zone", Kind.TIMESTAMP), Map.entry("timestamp_ntz", Kind.TIMESTAMP),
            Map.entry("timestamptz", Kind.TIMESTAMPTZ), Map.entry("timestamp with time zone", Kind.TIMESTAMPTZ),
            Map.entry("datetimeoffset", Kind.TIMESTAMPTZ), Map.entry("timestamp_tz", Kind.TIMESTAMPTZ),
            Map.entry("timestamp_ltz", Kind.TIMESTAMPTZ),
            Map.entry("time", Kind.TIME), Map.entry("time without time zone", Kind.TIME),
            Map.entry("bytea", Kind.BINARY), Map.entry("varbinary", Kind.BINARY), Map.entry("binary", Kind.BINARY),
            Map.entry("blob", Kind.BINARY), Map.entry("longblob", Kind.BINARY), Map.entry("raw", Kind.BINARY),
            Map.entry("json", Kind.JSON), Map.entry("jsonb", Kind.JSON),
            Map.entry("uuid", Kind.UUID), Map.entry("uniqueidentifier", Kind.UUID));

    private TypeTranslator() {
    }

    /**
     * The compute type for a source type such as {@code varchar(20)} or {@code number(10,2)};
     * {@code in} is the expression holding it, shown when the type cannot be translated.
     */
    static String translate(String sourceType, SqlDialect from, ComputeDialect to, Object in) {
        Matcher m = TYPE.matcher(sourceType);
        if (!m.matches()) {
            throw Untranslatable.of("type " + sourceType, from, to, "it is not a plain type name", in);
        }
        String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String args = m.group(2) == null ? "" : m.group(2).replaceAll("\\s+", "");
        Kind kind = NAMES.get(name);
        if (kind == null) {
            throw Untranslatable.of("type " + sourceType, from, to, "the type has no known equivalent; cast to "
                    + "a standard type (varchar, bigint, decimal(p,s), double, boolean, date, timestamp)", in);
        }
        boolean spark = to == ComputeDialect.SPARK;
        return switch (kind) {
            case STRING -> spark ? "STRING" : "VARCHAR";
            case BIGINT -> "BIGINT";
            case INT -> spark ? "INT" : "INTEGER";
            case SMALLINT -> "SMALLINT";
            case TINYINT -> "TINYINT";
            case DECIMAL -> decimal(name, args, from, to, sourceType, in);
            case DOUBLE -> "DOUBLE";
            case FLOAT -> spark ? "FLOAT" : "REAL";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> spark ? "TIMESTAMP_NTZ" : "TIMESTAMP";
            case TIMESTAMPTZ -> spark ? "TIMESTAMP" : "TIMESTAMPTZ";
            case TIME -> {
                if (spark) {
                    throw Untranslatable.of("type " + sourceType, from, to, "Spark SQL has no TIME type", in);
                }
                yield "TIME";
            }
            case BINARY -> spark ? "BINARY" : "BLOB";
            case JSON -> spark ? "STRING" : "JSON";
            case UUID -> spark ? "STRING" : "UUID";
        };
    }

    private static String decimal(String name, String args, SqlDialect from, ComputeDialect to, String sourceType,
            Object in) {
        if (args.isEmpty()) {
            // NUMBER and NUMERIC without precision hold any number; DOUBLE is the closest fit
            return switch (name) {
                case "money" -> "DECIMAL(19,4)";
                case "decimal" -> "DECIMAL(18,0)";
                default -> "DOUBLE";
            };
        }
        String[] parts = args.split(",");
        try {
            int precision = Integer.parseInt(parts[0]);
            int scale = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (precision > MAX_DECIMAL_PRECISION || scale < 0 || scale > precision) {
                throw Untranslatable.of("type " + sourceType, from, to, "the compute supports DECIMAL precision up "
                        + "to 38 with 0 <= scale <= precision", in);
            }
            return "DECIMAL(" + precision + "," + scale + ")";
        } catch (NumberFormatException e) {
            throw Untranslatable.of("type " + sourceType, from, to, "its precision is not a number", in);
        }
    }
}
