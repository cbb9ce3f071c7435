package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** dbt's {@code resource_type} values, as written in manifest.json and used in unique ids. */
public enum ResourceType {
    MODEL("model"),
    SEED("seed"),
    SNAPSHOT("snapshot"),
    ANALYSIS("analysis"),
    TEST("test"),
    OPERATION("operation"),
    SQL_OPERATION("sql_operation"),
    SOURCE("source"),
    MACRO("macro"),
    DOC("doc"),
    EXPOSURE("exposure"),
    METRIC("metric"),
    GROUP("group"),
    SAVED_QUERY("saved_query"),
    SEMANTIC_MODEL("semantic_model"),
    UNIT_TEST("unit_test");

    private final String value;

    ResourceType(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static ResourceType fromValue(String value) {
        for (ResourceType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown dbt resource type '" + value + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
