package dev.dvt.compiler.context;

import com.hubspot.jinjava.el.ext.NamedParameter;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Map;

/**
 * The {@code config} variable's methods: {@code config.get(name, default)} and
 * {@code config.require(name)}. At parse time it reads nothing (dbt returns the default); when
 * compiling it reads the node's resolved config.
 */
public final class ConfigAccessor {

    private final Map<String, Object> config;
    private final String nodeName;

    /** @param config the node's config, or null at parse time */
    public ConfigAccessor(Map<String, Object> config, String nodeName) {
        this.config = config;
        this.nodeName = nodeName;
    }

    public Object get(Object name) {
        return get(name, null);
    }

    public Object get(Object name, Object defaultValue) {
        Object fallback = unwrap(defaultValue);
        if (config == null) {
            return fallback;
        }
        Object value = config.get(String.valueOf(unwrap(name)));
        return value == null ? fallback : value;
    }

    public Object require(Object name) {
        if (config == null) {
            return "";
        }
        String key = String.valueOf(unwrap(name));
        Object value = config.get(key);
        if (value == null) {
            throw new DvtException(ErrorCode.COMPILATION, "Required config '" + key + "' is not set on "
                    + nodeName + "; set it in config() or in properties YAML");
        }
        return value;
    }

    private static Object unwrap(Object value) {
        return value instanceof NamedParameter named ? named.getValue() : value;
    }
}
