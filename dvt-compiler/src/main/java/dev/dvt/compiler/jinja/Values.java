package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

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
        if (value instanceof PyishSerializable || value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return repr(value);
        }
        return value.toString();
    }

    /** {@code repr(value)}: strings quoted, containers printed element by element. */
    static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(value, out);
        return out.toString();
    }

    private static void appendRepr(Object value, StringBuilder out) {
        if (value instanceof CharSequence s) {
            String text = s.toString().replace("\\", "\\\\");
            if (text.contains("'") && !text.contains("\"")) {
                out.append('"').append(text).append('"');
            } else {
                out.append('\'').append(text.replace("'", "\\'")).append('\'');
            }
        } else if (value instanceof PyishSerializable p && !(value instanceof Collection<?>)
                && !(value instanceof Map<?, ?>)) {
            try {
                out.append(p.appendPyishString(new StringBuilder()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                appendRepr(e.getKey(), out);
                out.append(": ");
                appendRepr(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Set<?> set) {
            out.append(set.isEmpty() ? "set()" : "{");
            appendItems(set, out);
            out.append(set.isEmpty() ? "" : "}");
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            appendItems(list, out);
            out.append(']');
        } else {
            out.append(text(value));
        }
    }

    private static void appendItems(Collection<?> items, StringBuilder out) {
        boolean first = true;
        for (Object item : items) {
            out.append(first ? "" : ", ");
            first = false;
            appendRepr(item, out);
        }
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
