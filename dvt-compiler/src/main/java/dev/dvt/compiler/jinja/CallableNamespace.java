package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Python class as templates use it: callable ({@code modules.datetime.date(2020, 1, 31)}) and
 * holding class-level functions ({@code modules.datetime.date.today()}). jinjava calls a map entry
 * that is a macro, and reads members of a map, so this is both. Read-only.
 */
final class CallableNamespace extends MacroFunction implements Map<String, Object> {

    private final MacroFunction constructor;
    private final Map<String, Object> members;

    CallableNamespace(JavaMacro constructor, Map<String, Object> members) {
        super(List.of(), constructor.name(), new LinkedHashMap<>(), false, null, 0, 0);
        this.constructor = constructor.function();
        this.members = Map.copyOf(members);
    }

    @Override
    public Object evaluate(Object... args) {
        return constructor.evaluate(args);
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        return constructor.doEvaluate(argMap, kwargMap, varArgs);
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public boolean isEmpty() {
        return members.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return members.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return members.containsValue(value);
    }

    @Override
    public Object get(Object key) {
        return members.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException("a module's class is read-only");
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException("a module's class is read-only");
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        throw new UnsupportedOperationException("a module's class is read-only");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("a module's class is read-only");
    }

    @Override
    public Set<String> keySet() {
        return members.keySet();
    }

    @Override
    public Collection<Object> values() {
        return members.values();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return members.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
