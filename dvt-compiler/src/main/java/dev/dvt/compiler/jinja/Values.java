package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.objects.serialization.PyishObjectMapper;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Python truthiness, text and number conversions for values crossing Jinja and Java. */
final class Values {

    private Values() {
    }

    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** {@code str(value)} as Python prints it. */
    static String text(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Number || value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return PyishObjectMapper.getAsPyishString(value);
        }
        return value.toString();
    }

    /** A number from a number or numeric text: Long when integral, else Double or BigDecimal. */
    static Object number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        String s = String.valueOf(value).trim();
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            BigDecimal d = new BigDecimal(s);
            return d.scale() > 0 && d.precision() > 15 ? d : (Object) d.doubleValue();
        }
    }
}
