package dev.dvt.artifacts.manifest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which generic test a test node instantiates ({@code not_null}, {@code dbt_utils.expression_is_true}) and with what arguments. */
public class TestMetadata {
    private String name = "test";
    private Map<String, Object> kwargs = new LinkedHashMap<>();
    private String namespace;

    public TestMetadata() {
    }

    public TestMetadata(String name, Map<String, Object> kwargs, String namespace) {
        this.name = name;
        this.kwargs = kwargs == null ? new LinkedHashMap<>() : kwargs;
        this.namespace = namespace;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<String, Object> getKwargs() {
        return kwargs;
    }

    public void setKwargs(Map<String, Object> kwargs) {
        this.kwargs = kwargs == null ? new LinkedHashMap<>() : kwargs;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }
}
