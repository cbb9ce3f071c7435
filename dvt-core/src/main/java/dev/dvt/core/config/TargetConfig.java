package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.yaml.SecretKeys;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output of a profile (a "target" or "connection"): the keys every adapter has, plus all
 * other keys as written, rendered, in file order. {@link #toString()} masks secrets.
 *
 * @param threads the output's {@code threads}, 1 when absent
 * @param schema {@code schema}, or BigQuery's {@code dataset}; null when neither is set
 * @param database {@code database}, or Postgres' {@code dbname}; null when neither is set
 * @param options every key other than name, type, threads, schema and database
 */
public record TargetConfig(String name, String type, int threads, String schema, String database,
        Map<String, Object> options) {
    public TargetConfig {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(options,
                "options is null")));
    }

    /** A key of this output as written (including the common ones), or null. */
    public Object get(String key) {
        return switch (key) {
            case "name" -> name;
            case "type" -> type;
            case "threads" -> threads;
            case "schema" -> schema != null ? schema : options.get("schema");
            case "database" -> database != null ? database : options.get("database");
            default -> options.get(key);
        };
    }

    /** Every key with its real value (secrets included), for adapters opening connections. */
    public Map<String, Object> asMap() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("name", name);
        all.put("type", type);
        all.put("threads", threads);
        if (schema != null) {
            all.put("schema", schema);
        }
        if (database != null) {
            all.put("database", database);
        }
        options.forEach(all::putIfAbsent);
        return all;
    }

    @Override
    public String toString() {
        return "TargetConfig" + SecretKeys.masked(asMap());
    }
}
