package dev.dvt.core.dialect;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canonical type with its size: {@code precision} is the length of a STRING or the precision
 * of a DECIMAL, {@code scale} the scale of a DECIMAL; 0 means "not given", and the dialect then
 * picks an unbounded or generous size.
 */
public record TypeSpec(CanonicalType type, int precision, int scale) {
    private static final Pattern SYNTAX =
            Pattern.compile("\\s*([a-z_]+)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

    public TypeSpec {
        requireNonNull(type, "type is null");
        if (precision < 0 || scale < 0 || (precision > 0 && scale > precision)) {
            throw new IllegalArgumentException("bad size (" + precision + ", " + scale + ") for " + type);
        }
    }

    public static TypeSpec of(CanonicalType type) {
        return new TypeSpec(type, 0, 0);
    }

    public static TypeSpec string(int length) {
        return new TypeSpec(CanonicalType.STRING, length, 0);
    }

    public static TypeSpec decimal(int precision, int scale) {
        return new TypeSpec(CanonicalType.DECIMAL, precision, scale);
    }

    /** Reads {@code string}, {@code string(40)}, {@code decimal(10,2)}, {@code timestamp_tz}, … */
    public static TypeSpec parse(String text) {
        requireNonNull(text, "text is null");
        Matcher m = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
        CanonicalType type = m.matches() ? lookup(m.group(1)) : null;
        if (type == null) {
            throw new DvtException(ErrorCode.CONFIG, "Unknown column type '" + text + "'; use one of "
                    + Arrays.toString(CanonicalType.values()).toLowerCase(Locale.ROOT)
                    + ", with (length) for string and (precision, scale) for decimal");
        }
        int precision = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new TypeSpec(type, precision, scale);
    }

    private static CanonicalType lookup(String name) {
        for (CanonicalType t : CanonicalType.values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
