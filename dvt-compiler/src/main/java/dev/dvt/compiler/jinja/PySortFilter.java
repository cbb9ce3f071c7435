package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.SortFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sort} that also orders lists of tuples as Python does (element by element), which
 * jinjava's filter leaves unsorted; everything else goes to jinjava's filter.
 */
final class PySortFilter extends SortFilter {

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        boolean noAttribute = args.length < 3 || args[2] == null;
        if (!(var instanceof Iterable<?> items) || !noAttribute || !containsLists(items)) {
            return super.filter(var, interpreter, args);
        }
        boolean reverse = args.length > 0 && Boolean.parseBoolean(args[0]);
        boolean caseSensitive = args.length > 1 && Boolean.parseBoolean(args[1]);
        List<Object> sorted = new ArrayList<>();
        items.forEach(sorted::add);
        Comparator<Object> order = (a, b) -> compare(a, b, caseSensitive);
        sorted.sort(reverse ? order.reversed() : order);
        return sorted;
    }

    private static boolean containsLists(Iterable<?> items) {
        for (Object item : items) {
            if (item instanceof List<?>) {
                return true;
            }
        }
        return false;
    }

    private static int compare(Object a, Object b, boolean caseSensitive) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compare(x.get(i), y.get(i), caseSensitive);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        String x = Values.text(a);
        String y = Values.text(b);
        return caseSensitive ? x.compareTo(y) : x.compareToIgnoreCase(y);
    }
}
