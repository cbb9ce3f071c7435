package dev.dvt.core.seed;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How seed cell text is read, as dbt reads it through agate: empty and {@code null} (any case,
 * surrounding blanks ignored) are NULL; numbers may carry a sign, thousands separators and an
 * exponent; dates are {@code YYYY-MM-DD}; datetimes are that date with a time after a space or
 * {@code T}, optionally with fractional seconds and a {@code Z} or {@code ±HH:MM} offset;
 * booleans are {@code true} / {@code false} in any case. Each reader returns the value in a
 * canonical spelling every database accepts, or null when the text is not of that kind.
 */
final class SeedValues {
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private SeedValues() {
    }

    static boolean isNull(String text) {
        if (text.isEmpty()) {
            return true;
        }
        String stripped = text.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase("null");
    }

    /** A parsed number: its plain digits and how many of them follow the decimal point. */
    record Number(String plain, int scale, boolean whole) {
    }

    static Number number(String text) {
        String s = text.strip();
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String integerPart = m.group(2).replace(",", "");
        String fraction = m.group(3);
        if (integerPart.isEmpty() && (fraction == null || fraction.isEmpty())) {
            return null;
        }
        int scale = fraction == null ? 0 : fraction.length();
        String exponent = m.group(4);
        if (exponent == null && scale == 0) {
            String digits = stripLeadingZeros(integerPart);
            String sign = m.group(1).equals("-") && !digits.equals("0") ? "-" : "";
            return new Number(sign + digits, 0, true);
        }
        BigDecimal value = new BigDecimal(m.group(1) + (integerPart.isEmpty() ? "0" : integerPart)
                + (fraction == null || fraction.isEmpty() ? "" : "." + fraction)
                + (exponent == null ? "" : "e" + exponent));
        return new Number(value.toPlainString(), Math.max(scale, 1), false);
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** {@code true} / {@code false}, or null. */
    static String bool(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("false") ? s : null;
    }

    /** A date or datetime: {@code hasTime} false for a bare date, {@code hasOffset} for Z or ±HH:MM. */
    record Temporal(String canonical, boolean hasTime, boolean hasOffset) {
    }

    static Temporal temporal(String text) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        StringBuilder out = new StringBuilder(32).append(date);
        boolean hasTime = m.group(4) != null;
        if (hasTime) {
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (hour > 23 || minute > 59 || second > 59) {
                return null;
            }
            out.append(' ').append(twoDigits(hour)).append(':').append(twoDigits(minute)).append(':')
                    .append(twoDigits(second));
            if (m.group(7) != null) {
                out.append('.').append(m.group(7));
            }
        }
        String offset = m.group(8);
        if (offset != null) {
            if (!hasTime) {
                return null;
            }
            out.append(canonicalOffset(offset));
        }
        return new Temporal(out.toString(), hasTime, offset != null);
    }

    /** Spells a temporal value for a timestamp column: a bare date gets midnight. */
    static String asTimestamp(Temporal value) {
        return value.hasTime() ? value.canonical() : value.canonical() + " 00:00:00";
    }

    private static String canonicalOffset(String offset) {
        if (offset.equals("Z")) {
            return "+00:00";
        }
        String digits = offset.substring(1).replace(":", "");
        return offset.charAt(0) + digits.substring(0, 2) + ":" + (digits.length() > 2 ? digits.substring(2) : "00");
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
