package dev.dvt.core.seed;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.TypeSpec;

/**
 * Watches the values of one column go by and keeps what they could all still be. Costs a few
 * fields per column, whatever the number of rows.
 */
final class ColumnInference {
    private static final long INT_MIN = Integer.MIN_VALUE;
    private static final long INT_MAX = Integer.MAX_VALUE;

    private final boolean forcedText;
    private boolean number = true;
    private boolean whole = true;
    private boolean fitsInt = true;
    private boolean fitsLong = true;
    private boolean temporal = true;
    private boolean allDates = true;
    private boolean anyOffset;
    private boolean bool = true;
    private long nonNull;

    ColumnInference(boolean forcedText) {
        this.forcedText = forcedText;
    }

    void accept(String text) {
        if (forcedText || SeedValues.isNull(text)) {
            return;
        }
        nonNull++;
        if (number) {
            acceptNumber(text);
        }
        if (temporal) {
            SeedValues.Temporal value = SeedValues.temporal(text);
            if (value == null) {
                temporal = false;
            } else {
                allDates &= !value.hasTime();
                anyOffset |= value.hasOffset();
            }
        }
        if (bool && SeedValues.bool(text) == null) {
            bool = false;
        }
    }

    private void acceptNumber(String text) {
        SeedValues.Number value = SeedValues.number(text);
        if (value == null) {
            number = false;
            return;
        }
        if (!value.whole()) {
            whole = false;
            return;
        }
        if (fitsLong) {
            String digits = value.plain();
            int length = digits.startsWith("-") ? digits.length() - 1 : digits.length();
            if (length > 18) {
                fitsLong = length == 19 && fitsInLong(digits);
            }
            if (fitsLong && length <= 10) {
                long v = Long.parseLong(digits);
                fitsInt &= v >= INT_MIN && v <= INT_MAX;
            } else {
                fitsInt = false;
            }
        }
    }

    private static boolean fitsInLong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    SeedType type() {
        if (forcedText) {
            return SeedType.TEXT;
        }
        if (number && whole) {
            return SeedType.INTEGER;
        }
        if (number) {
            return SeedType.NUMBER;
        }
        if (temporal) {
            return allDates ? SeedType.DATE : SeedType.DATETIME;
        }
        return bool ? SeedType.BOOLEAN : SeedType.TEXT;
    }

    /** The database-neutral type the column is created with. */
    TypeSpec canonicalType() {
        return switch (type()) {
            case INTEGER -> fitsInt ? TypeSpec.of(CanonicalType.INT)
                    : fitsLong ? TypeSpec.of(CanonicalType.BIGINT) : TypeSpec.decimal(38, 0);
            case NUMBER -> TypeSpec.of(CanonicalType.DOUBLE);
            case DATE -> TypeSpec.of(CanonicalType.DATE);
            case DATETIME -> TypeSpec.of(anyOffset ? CanonicalType.TIMESTAMP_TZ : CanonicalType.TIMESTAMP);
            case BOOLEAN -> TypeSpec.of(CanonicalType.BOOLEAN);
            case TEXT -> TypeSpec.of(CanonicalType.TEXT);
        };
    }

    long nonNullCount() {
        return nonNull;
    }
}
