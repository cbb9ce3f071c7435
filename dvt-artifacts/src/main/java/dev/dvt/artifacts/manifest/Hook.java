package dev.dvt.artifacts.manifest;

import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A pre-hook or post-hook: SQL, whether it runs inside the model's transaction, and its position.
 * In a {@link NodeConfig} hooks are stored as maps ({@link #toMap()}) because dbt's macros read
 * them as dicts ({@code hook.get('sql')}).
 */
public record Hook(String sql, boolean transaction, Integer index) {
    public Hook {
        requireNonNull(sql, "sql is null");
    }

    public static Hook of(String sql) {
        return new Hook(sql, true, null);
    }

    /** Accepts a SQL string or a map with {@code sql} and optional {@code transaction} / {@code index}. */
    public static Hook from(Object value) {
        if (value instanceof Hook hook) {
            return hook;
        }
        if (value instanceof Map<?, ?> map) {
            Object sql = map.get("sql");
            if (sql == null) {
                throw new IllegalArgumentException("A hook given as a mapping needs an 'sql' key, got " + map.keySet());
            }
            Object transaction = map.get("transaction");
            Object index = map.get("index");
            return new Hook(sql.toString(),
                    transaction == null || Boolean.parseBoolean(transaction.toString()),
                    index instanceof Number number ? number.intValue() : null);
        }
        if (value == null) {
            throw new IllegalArgumentException("A hook cannot be null");
        }
        return of(value.toString());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sql", sql);
        map.put("transaction", transaction);
        map.put("index", index);
        return map;
    }
}
