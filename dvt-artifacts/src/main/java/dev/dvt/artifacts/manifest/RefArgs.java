package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The arguments of one {@code ref()} call: {@code ref('pkg', 'name', v=2)}. Version is a string or number. */
public class RefArgs {
    private String name;
    private String packageName;
    private Object version;

    public RefArgs() {
    }

    public RefArgs(String name, String packageName, Object version) {
        this.name = name;
        this.packageName = packageName;
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty("package")
    public String getPackage() {
        return packageName;
    }

    @JsonProperty("package")
    public void setPackage(String packageName) {
        this.packageName = packageName;
    }

    public Object getVersion() {
        return version;
    }

    public void setVersion(Object version) {
        this.version = version;
    }
}
