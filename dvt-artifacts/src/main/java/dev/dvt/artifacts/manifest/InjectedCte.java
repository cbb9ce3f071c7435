package dev.dvt.artifacts.manifest;

/** One ephemeral model's CTE injected into a compiled node: the ephemeral node's id and its SQL. */
public class InjectedCte {
    private String id;
    private String sql;

    public InjectedCte() {
    }

    public InjectedCte(String id, String sql) {
        this.id = id;
        this.sql = sql;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSql() {
        return sql;
    }

    public void setSql(String sql) {
        this.sql = sql;
    }
}
