package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.el.ext.NamedParameter;
import java.beans.FeatureDescriptor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * Gives Python's meaning to what stock jinjava resolves the Java way: {@code str} methods
 * ({@code 'a,b'.split(',')}, {@code .strip('"')}, {@code .upper()}, {@code '{}_x'.format(y)}, …),
 * string indexing, {@code dict.pop}, {@code get} on {@link MappingView}s, Python list methods on
 * plain Java lists ({@code (xs | list).pop()}), and name lookup on result rows and columns
 * ({@code row['id']}, {@code table.columns['id']}). It sits before jinjava's own resolvers.
 */
final class PyResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base instanceof String s && (property instanceof Number || property instanceof String p && isNumber(p))) {
            int index = Integer.parseInt(property.toString());
            int i = index < 0 ? s.length() + index : index;
            context.setPropertyResolved(true);
            return i >= 0 && i < s.length() ? String.valueOf(s.charAt(i)) : null;
        }
        if (base instanceof ResultRow row && property instanceof String name && !isNumber(name)) {
            context.setPropertyResolved(true);
            return row.get(name);
        }
        if (base instanceof ResultTable.Columns columns && property instanceof String name && !isNumber(name)) {
            context.setPropertyResolved(true);
            return columns.get(name);
        }
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!(method instanceof String name)) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        if (base instanceof String s) {
            Object[] positional = positional(args);
            if (PyStrings.supports(name)) {
                context.setPropertyResolved(true);
                return PyStrings.call(s, name, positional, args);
            }
        } else if (base instanceof List<?> list && !(base instanceof com.hubspot.jinjava.objects.collections.PyList)
                && PY_LIST_METHODS.contains(name)) {
            context.setPropertyResolved(true);
            return listMethod(list, name, positional(args));
        } else if (base instanceof Map<?, ?> map && map.get(name) instanceof CallableNamespace callable) {
            // a class inside a module, called to construct: modules.datetime.date(2024, 1, 31)
            context.setPropertyResolved(true);
            return callable.evaluate(args);
        } else if (base instanceof MappingView view && name.equals("get") && args.length >= 1) {
            context.setPropertyResolved(true);
            Map<String, Object> mapping = view.asMapping();
            Object key = String.valueOf(args[0]);
            return mapping.containsKey(key) ? mapping.get(key) : args.length > 1 ? args[1] : null;
        } else if (base instanceof Map<?, ?> map && name.equals("get") && args.length == 2
                && !(map.get(name) instanceof com.hubspot.jinjava.el.ext.AbstractCallableMethod)) {
            // Python's dict.get(key, default) on maps that came from Java rather than from a template
            context.setPropertyResolved(true);
            return map.containsKey(args[0]) ? map.get(args[0]) : args[1];
        } else if (base instanceof Map<?, ?> map && name.equals("pop") && args.length >= 1
                && !(map.get(name) instanceof com.hubspot.jinjava.el.ext.AbstractCallableMethod)) {
            context.setPropertyResolved(true);
            Object key = args[0];
            if (!map.containsKey(key)) {
                return args.length > 1 ? args[1] : null;
            }
            return map.remove(key);
        }
        return null;
    }

    private static final java.util.Set<String> PY_LIST_METHODS = java.util.Set.of("pop", "append", "extend",
            "insert", "index", "count", "remove");

    /** Python's list methods on a Java list (e.g. what the {@code list} filter returns). */
    @SuppressWarnings("unchecked")
    private static Object listMethod(List<?> base, String name, Object[] args) {
        List<Object> list = (List<Object>) base;
        switch (name) {
            case "pop":
                return list.remove(args.length == 0 ? list.size() - 1 : index(list, args[0]));
            case "append":
                list.add(args[0]);
                return null;
            case "extend":
                ((Iterable<Object>) args[0]).forEach(list::add);
                return null;
            case "insert":
                list.add(Math.min(index(list, args[0]), list.size()), args[1]);
                return null;
            case "index":
                return (long) list.indexOf(args[0]);
            case "count":
                return list.stream().filter(v -> java.util.Objects.equals(v, args[0])).count();
            default:
                list.remove(args[0]);
                return null;
        }
    }

    private static int index(List<?> list, Object position) {
        int i = ((Number) position).intValue();
        return i < 0 ? list.size() + i : i;
    }

    private static Object[] positional(Object[] args) {
        List<Object> out = new ArrayList<>(args.length);
        for (Object a : args) {
            if (!(a instanceof NamedParameter)) {
                out.add(a);
            }
        }
        return out.toArray();
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = s.charAt(0) == '-' ? 1 : 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Not handled here: the resolvers after this one set values.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
