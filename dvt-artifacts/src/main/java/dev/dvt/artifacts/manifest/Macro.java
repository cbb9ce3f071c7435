package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Jinja macro from {@code macros/}, a package, or DVT's built-in macro library. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class Macro extends ManifestResource {
    private String macroSql;
    private DependsOn dependsOn = new DependsOn();
    private String description = "";
    private Map<String, Object> meta = new LinkedHashMap<>();
    private Docs docs = new Docs();
    private String patchPath;
    private List<MacroArgument> arguments = new ArrayList<>();
    private double createdAt = System.currentTimeMillis() / 1000.0;
    private List<String> supportedLanguages;

    public Macro() {
        super(ResourceType.MACRO);
    }

    public String getMacroSql() {
        return macroSql;
    }

    public void setMacroSql(String macroSql) {
        this.macroSql = macroSql;
    }

    /** Macros depend on macros only; the schema allows no {@code nodes} key here. */
    @JsonSerialize(using = MacroDependsOnSerializer.class)
    public DependsOn getDependsOn() {
        return dependsOn;
    }

    public void setDependsOn(DependsOn dependsOn) {
        this.dependsOn = dependsOn == null ? new DependsOn() : dependsOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Map<String, Object> getMeta() {
        return meta;
    }

    public void setMeta(Map<String, Object> meta) {
        this.meta = meta == null ? new LinkedHashMap<>() : meta;
    }

    public Docs getDocs() {
        return docs;
    }

    public void setDocs(Docs docs) {
        this.docs = docs == null ? new Docs() : docs;
    }

    public String getPatchPath() {
        return patchPath;
    }

    public void setPatchPath(String patchPath) {
        this.patchPath = patchPath;
    }

    public List<MacroArgument> getArguments() {
        return arguments;
    }

    public void setArguments(List<MacroArgument> arguments) {
        this.arguments = arguments == null ? new ArrayList<>() : arguments;
    }

    public double getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(double createdAt) {
        this.createdAt = createdAt;
    }

    /** Null means "sql" for dbt; materialization macros list the languages they accept. */
    public List<String> getSupportedLanguages() {
        return supportedLanguages;
    }

    public void setSupportedLanguages(List<String> supportedLanguages) {
        this.supportedLanguages = supportedLanguages;
    }
}
