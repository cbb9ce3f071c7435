package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;

/**
 * A column or model constraint (check, not_null, unique, primary_key, foreign_key, custom).
 * {@code columns} is only set for model-level constraints; column-level ones must not carry it.
 */
public class Constraint {
    private String type;
    private String name;
    private String expression;
    private boolean warnUnenforced = true;
    private boolean warnUnsupported = true;
    private String to;
    private List<String> toColumns = new ArrayList<>();
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private List<String> columns;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public boolean getWarnUnenforced() {
        return warnUnenforced;
    }

    public void setWarnUnenforced(boolean warnUnenforced) {
        this.warnUnenforced = warnUnenforced;
    }

    public boolean getWarnUnsupported() {
        return warnUnsupported;
    }

    public void setWarnUnsupported(boolean warnUnsupported) {
        this.warnUnsupported = warnUnsupported;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<String> getToColumns() {
        return toColumns;
    }

    public void setToColumns(List<String> toColumns) {
        this.toColumns = toColumns == null ? new ArrayList<>() : toColumns;
    }

    public List<String> getColumns() {
        return columns;
    }

    public void setColumns(List<String> columns) {
        this.columns = columns;
    }
}
