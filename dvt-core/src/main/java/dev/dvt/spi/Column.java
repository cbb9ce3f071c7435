package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;

/**
 * A column as the database describes it. Getters are JavaBean style for templates
 * ({@code column.name}, {@code column.data_type}, {@code column.quoted}); {@code dtype} is the bare
 * type name and {@code data_type} the type with its size ({@code varchar(20)}, {@code numeric(10,2)}).
 */
public class Column {
    private static final Set<String> STRING_TYPES = Set.of("varchar", "character varying", "text", "char",
            "character", "string", "nvarchar", "bpchar", "nchar");
    private static final Set<String> NUMBER_TYPES = Set.of("numeric", "decimal", "integer", "int", "bigint",
            "smallint", "tinyint", "hugeint", "ubigint", "uinteger", "usmallint", "utinyint", "uhugeint",
            "double", "double precision", "real", "float", "float4", "float8", "int2", "int4", "int8", "number");
    private static final Set<String> FLOAT_TYPES = Set.of("double", "double precision", "real", "float", "float4",
            "float8");

    private final String name;
    private final String dtype;
    private final Integer charSize;
    private final Integer numericPrecision;
    private final Integer numericScale;
    private final String quoteCharacter;

    /**
     * @param dtype the type name without size, e.g. {@code varchar}, {@code decimal}
     * @param quoteCharacter the identifier quote of the database, used by {@link #getQuoted()}
     */
    public Column(String name, String dtype, Integer charSize, Integer numericPrecision, Integer numericScale,
            String quoteCharacter) {
        this.name = requireNonNull(name, "name is null");
        this.dtype = requireNonNull(dtype, "dtype is null");
        this.charSize = charSize;
        this.numericPrecision = numericPrecision;
        this.numericScale = numericScale;
        this.quoteCharacter = requireNonNull(quoteCharacter, "quoteCharacter is null");
    }

    /** A column whose type is a full type text such as {@code DECIMAL(10,2)} or {@code VARCHAR}. */
    public static Column fromTypeText(String name, String typeText, String quoteCharacter) {
        String t = typeText.trim();
        int open = t.indexOf('(');
        if (open < 0 || !t.endsWith(")")) {
            return new Column(name, t, null, null, null, quoteCharacter);
        }
        String base = t.substring(0, open).trim();
        String[] args = t.substring(open + 1, t.length() - 1).split(",");
        try {
            if (args.length == 1 && STRING_TYPES.contains(base.toLowerCase(Locale.ROOT))) {
                return new Column(name, base, Integer.valueOf(args[0].trim()), null, null, quoteCharacter);
            }
            if (args.length <= 2 && NUMBER_TYPES.contains(base.toLowerCase(Locale.ROOT))) {
                return new Column(name, base, null, Integer.valueOf(args[0].trim()),
                        args.length == 2 ? Integer.valueOf(args[1].trim()) : 0, quoteCharacter);
            }
        } catch (NumberFormatException e) {
            // A size that is not a number (e.g. VARCHAR(MAX)) keeps the text as the type.
        }
        return new Column(name, t, null, null, null, quoteCharacter);
    }

    public String getName() {
        return name;
    }

    public String getColumn() {
        return name;
    }

    public String getDtype() {
        return dtype;
    }

    public Integer getCharSize() {
        return charSize;
    }

    public Integer getNumericPrecision() {
        return numericPrecision;
    }

    public Integer getNumericScale() {
        return numericScale;
    }

    /** The type with its size where it has one: what DDL needs. */
    public String getDataType() {
        if (isString() && charSize != null && charSize > 0) {
            return dtype + "(" + charSize + ")";
        }
        if (isNumeric() && numericPrecision != null && numericPrecision > 0) {
            return dtype + "(" + numericPrecision + "," + (numericScale == null ? 0 : numericScale) + ")";
        }
        return dtype;
    }

    public String getQuoted() {
        return quoteCharacter + name.replace(quoteCharacter, quoteCharacter + quoteCharacter) + quoteCharacter;
    }

    private String lowerType() {
        return dtype.toLowerCase(Locale.ROOT);
    }

    public boolean isString() {
        return STRING_TYPES.contains(lowerType());
    }

    public boolean isNumber() {
        return NUMBER_TYPES.contains(lowerType());
    }

    public boolean isFloat() {
        return FLOAT_TYPES.contains(lowerType());
    }

    public boolean isInteger() {
        return isNumber() && !isFloat() && !isNumeric();
    }

    /** Fixed-point: {@code numeric}/{@code decimal}. */
    public boolean isNumeric() {
        return lowerType().equals("numeric") || lowerType().equals("decimal");
    }

    /** Whether {@code other}'s type is a wider string than this one (dbt's expand_target_column_types). */
    public boolean canExpandTo(Column other) {
        return isString() && other.isString() && charSize != null && charSize > 0
                && (other.charSize == null || other.charSize == 0 || other.charSize > charSize);
    }

    // Templates call these by dbt's Python names ({{ column.is_string() }}); jinjava maps snake_case only
    // for properties, so the methods carry those names too.

    public boolean is_string() {
        return isString();
    }

    public boolean is_number() {
        return isNumber();
    }

    public boolean is_numeric() {
        return isNumeric();
    }

    public boolean is_integer() {
        return isInteger();
    }

    public boolean is_float() {
        return isFloat();
    }

    public boolean can_expand_to(Column other) {
        return canExpandTo(other);
    }

    @Override
    public String toString() {
        return "<Column " + name + " (" + getDataType() + ")>";
    }
}
