package dev.dvt.core.dialect;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Locale;

/** dbt's incremental_strategy values, as written in model config. */
public enum IncrementalStrategy {
    APPEND("append"),
    MERGE("merge"),
    DELETE_INSERT("delete+insert"),
    INSERT_OVERWRITE("insert_overwrite"),
    MICROBATCH("microbatch");

    private final String configName;

    IncrementalStrategy(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static IncrementalStrategy parse(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (IncrementalStrategy s : values()) {
            if (s.configName.equals(wanted)) {
                return s;
            }
        }
        throw new DvtException(ErrorCode.CONFIG, "Unknown incremental_strategy '" + value
                + "'; use append, merge, delete+insert, insert_overwrite or microbatch");
    }
}
