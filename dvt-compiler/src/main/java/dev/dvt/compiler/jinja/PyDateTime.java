package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.objects.date.PyishDate;
import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A date or timestamp fetched from the database, as a Python {@code date}/{@code datetime}: it
 * prints like {@code str()} ({@code 2017-01-01 00:00:00}, {@code 2017-01-01}), so
 * {@code '{{ value }}'} is a literal the database reads back, and offers {@code strftime},
 * {@code isoformat}, {@code year} … {@code microsecond}. Stock jinjava prints dates as a
 * {@code strtotime} filter expression instead. {@code modules.datetime} makes them too; they support
 * {@code replace(...)}, {@code date()} and {@code ± timedelta} (see {@link DateArithmetic}).
 */
public final class PyDateTime implements PyishSerializable, Comparable<PyDateTime> {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LocalDateTime local;
    private final ZoneOffset offset;
    private final boolean dateOnly;

    private PyDateTime(LocalDateTime local, ZoneOffset offset, boolean dateOnly) {
        this.local = requireNonNull(local, "local is null");
        this.offset = offset;
        this.dateOnly = dateOnly;
    }

    /** A naive {@code datetime}, or an aware one when {@code zone} is not null. */
    static PyDateTime of(LocalDateTime local, ZoneId zone) {
        return new PyDateTime(local, zone == null ? null : zone.getRules().getOffset(local), false);
    }

    /** A {@code date}. */
    static PyDateTime ofDate(LocalDate date) {
        return new PyDateTime(date.atStartOfDay(), null, true);
    }

    boolean isDate() {
        return dateOnly;
    }

    PyDateTime plus(Duration duration) {
        return new PyDateTime(local.plus(duration), offset, dateOnly);
    }

    /** {@code this - other} as a duration, comparing instants when both are aware. */
    Duration minus(PyDateTime other) {
        if (offset != null && other.offset != null) {
            return Duration.between(other.local.toInstant(other.offset), local.toInstant(offset));
        }
        return Duration.between(other.local, local);
    }

    /** {@code date()}: the calendar day of this value. */
    public PyDateTime date() {
        return new PyDateTime(local.toLocalDate().atStartOfDay(), null, true);
    }

    /** {@code replace(year=, month=, day=, hour=, minute=, second=, microsecond=, tzinfo=)}. */
    public MacroFunction getReplace() {
        return JavaMacro.of("replace(year=None, month=None, day=None, hour=None, minute=None, second=None,"
                + " microsecond=None, tzinfo=None)", a -> {
                    LocalDateTime t = local
                            .withYear(part(a.get("year"), local.getYear()))
                            .withMonth(part(a.get("month"), local.getMonthValue()))
                            .withDayOfMonth(part(a.get("day"), local.getDayOfMonth()))
                            .withHour(part(a.get("hour"), local.getHour()))
                            .withMinute(part(a.get("minute"), local.getMinute()))
                            .withSecond(part(a.get("second"), local.getSecond()))
                            .withNano(part(a.get("microsecond"), local.getNano() / 1000) * 1000);
                    ZoneOffset zone = a.get("tzinfo") == null ? offset
                            : ZoneId.of(a.string("tzinfo")).getRules().getOffset(t);
                    return new PyDateTime(t, zone, dateOnly);
                }).function();
    }

    private static int part(Object value, int current) {
        return value == null ? current : ((Number) value).intValue();
    }

    /** The Python value for a JDBC date or time value, or {@code value} itself when it is neither. */
    public static Object fromDatabase(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return new PyDateTime(t.toLocalDateTime(), null, false);
        }
        if (value instanceof java.sql.Date d) {
            return new PyDateTime(d.toLocalDate().atStartOfDay(), null, true);
        }
        if (value instanceof LocalDateTime t) {
            return new PyDateTime(t, null, false);
        }
        if (value instanceof LocalDate d) {
            return new PyDateTime(d.atStartOfDay(), null, true);
        }
        if (value instanceof OffsetDateTime t) {
            return new PyDateTime(t.toLocalDateTime(), t.getOffset(), false);
        }
        if (value instanceof ZonedDateTime t) {
            return new PyDateTime(t.toLocalDateTime(), t.getOffset(), false);
        }
        return value;
    }

    public int getYear() {
        return local.getYear();
    }

    public int getMonth() {
        return local.getMonthValue();
    }

    public int getDay() {
        return local.getDayOfMonth();
    }

    public Integer getHour() {
        return dateOnly ? null : local.getHour();
    }

    public Integer getMinute() {
        return dateOnly ? null : local.getMinute();
    }

    public Integer getSecond() {
        return dateOnly ? null : local.getSecond();
    }

    public Integer getMicrosecond() {
        return dateOnly ? null : local.getNano() / 1000;
    }

    public String strftime(String format) {
        return new PyishDate(local.atZone(offset == null ? ZoneOffset.UTC : offset)).strftime(format);
    }

    /** Python's {@code isoformat()}: {@code T} between date and time. */
    public String isoformat() {
        return dateOnly ? local.toLocalDate().toString() : toString().replace(' ', 'T');
    }

    @Override
    public String toString() {
        if (dateOnly) {
            return local.toLocalDate().toString();
        }
        StringBuilder text = new StringBuilder(SECONDS.format(local));
        int micros = local.getNano() / 1000;
        if (micros != 0) {
            text.append('.').append(String.format("%06d", micros));
        }
        if (offset != null) {
            text.append(offset.getId().equals("Z") ? "+00:00" : offset.getId());
        }
        return text.toString();
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws IOException {
        appendable.append(toString());
        return appendable;
    }

    /** {@code timestamp()}: seconds since the epoch (a naive value counts as local time, as Python does). */
    public double timestamp() {
        java.time.Instant instant = offset != null ? local.toInstant(offset)
                : local.atZone(ZoneId.systemDefault()).toInstant();
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    /** {@code weekday()}: Monday is 0. */
    public int weekday() {
        return local.getDayOfWeek().getValue() - 1;
    }

    /** {@code isoweekday()}: Monday is 1. */
    public int isoweekday() {
        return local.getDayOfWeek().getValue();
    }

    /** The time zone of an aware datetime, or null for a naive one ({@code dt.tzinfo is none}). */
    public Object getTzinfo() {
        return offset == null ? null : new PyTimezone(offset);
    }

    /** This wall-clock time in {@code zone} (pytz's {@code localize}). */
    PyDateTime atZone(ZoneId zone) {
        return new PyDateTime(local, zone.getRules().getOffset(local), dateOnly);
    }

    /** {@code astimezone(tz)}: the same instant in another zone. */
    public PyDateTime astimezone(Object tz) {
        ZoneId zone = tz instanceof PyTimezone t ? t.zone() : ZoneId.of(String.valueOf(tz));
        ZonedDateTime at = local.atOffset(offset == null ? ZoneOffset.UTC : offset).atZoneSameInstant(zone);
        return new PyDateTime(at.toLocalDateTime(), at.getOffset(), false);
    }

    @Override
    public int compareTo(PyDateTime other) {
        if (offset != null && other.offset != null) {
            return local.toInstant(offset).compareTo(other.local.toInstant(other.offset));
        }
        return local.compareTo(other.local);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyDateTime d && d.local.equals(local) && d.dateOnly == dateOnly
                && java.util.Objects.equals(d.offset, offset);
    }

    @Override
    public int hashCode() {
        return local.hashCode();
    }
}
