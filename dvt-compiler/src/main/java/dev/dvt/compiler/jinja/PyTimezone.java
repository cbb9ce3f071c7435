package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.io.IOException;
import java.time.ZoneId;

/**
 * A {@code pytz} time zone ({@code modules.pytz.timezone('UTC')}): {@code localize(naive)} attaches
 * it to a naive datetime, and it prints as its name, as in Python.
 */
public final class PyTimezone implements PyishSerializable {

    private final ZoneId zone;

    PyTimezone(ZoneId zone) {
        this.zone = requireNonNull(zone, "zone is null");
    }

    ZoneId zone() {
        return zone;
    }

    public String getZone() {
        return toString();
    }

    /** {@code tz.localize(dt)}: the same wall-clock time, in this zone. */
    public PyDateTime localize(PyDateTime naive) {
        return naive.atZone(zone);
    }

    @Override
    public String toString() {
        return zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws IOException {
        appendable.append(toString());
        return appendable;
    }
}
