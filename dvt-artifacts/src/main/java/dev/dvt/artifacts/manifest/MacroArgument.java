package dev.dvt.artifacts.manifest;

/** A documented macro argument from properties YAML. */
public class MacroArgument {
    private String name;
    private String type;
    private String description = "";

    public MacroArgument() {
    }

    public MacroArgument(String name, String type, String description) {
        this.name = name;
        this.type = type;
        this.description = description == null ? "" : description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }
}
