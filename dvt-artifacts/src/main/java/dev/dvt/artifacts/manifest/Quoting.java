package dev.dvt.artifacts.manifest;

/** Per-part identifier quoting of a source; null means "use the adapter's default". */
public class Quoting {
    private Boolean database;
    private Boolean schema;
    private Boolean identifier;
    private Boolean column;

    public Boolean getDatabase() {
        return database;
    }

    public void setDatabase(Boolean database) {
        this.database = database;
    }

    public Boolean getSchema() {
        return schema;
    }

    public void setSchema(Boolean schema) {
        this.schema = schema;
    }

    public Boolean getIdentifier() {
        return identifier;
    }

    public void setIdentifier(Boolean identifier) {
        this.identifier = identifier;
    }

    public Boolean getColumn() {
        return column;
    }

    public void setColumn(Boolean column) {
        this.column = column;
    }
}
