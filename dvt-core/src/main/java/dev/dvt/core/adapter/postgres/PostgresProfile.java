package dev.dvt.core.adapter.postgres;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.database.DatabaseCatalog;
import dev.dvt.core.database.DatabaseDefinition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL output of profiles.yml with dbt-postgres' keys and defaults: host, port (5432),
 * user, password, dbname/database, schema, sslmode, sslrootcert, sslcert, sslkey, keepalives_idle,
 * connect_timeout (10 s), search_path, role, application_name, retries (1).
 */
public record PostgresProfile(String type, String host, int port, String user, String password, String database,
        String schema, String sslmode, String sslrootcert, String sslcert, String sslkey, int keepalivesIdle,
        int connectTimeout, String searchPath, String role, String applicationName, int retries) {

    public PostgresProfile {
        requireNonNull(type, "type is null");
        requireNonNull(host, "host is null");
        requireNonNull(user, "user is null");
        requireNonNull(database, "database is null");
        requireNonNull(schema, "schema is null");
        requireNonNull(applicationName, "applicationName is null");
    }

    /** Reads the output; PostgreSQL-compatible types take their own default port and database. */
    public static PostgresProfile from(ProfileKeys keys) {
        String type = keys.target().type().trim().toLowerCase(Locale.ROOT);
        Map<String, String> defaults = defaults(type);
        return new PostgresProfile(
                type,
                keys.string("host").orElse(defaults.getOrDefault("host", "localhost")),
                keys.integer("port", Integer.parseInt(defaults.getOrDefault("port", "5432"))),
                keys.required("user"),
                keys.string("password", "pass").orElse(null),
                keys.string("database", "dbname").orElse(defaults.getOrDefault("database", "postgres")),
                keys.required("schema"),
                keys.string("sslmode").orElse(null),
                keys.string("sslrootcert").orElse(null),
                keys.string("sslcert").orElse(null),
                keys.string("sslkey").orElse(null),
                keys.integer("keepalives_idle", 0),
                keys.integer("connect_timeout", 10),
                keys.string("search_path").orElse(null),
                keys.string("role").orElse(null),
                keys.string("application_name").orElse("dvt"),
                keys.integer("retries", 1));
    }

    private static Map<String, String> defaults(String type) {
        DatabaseDefinition definition = DatabaseCatalog.require("postgres");
        Map<String, String> forType = definition.typeDefaults().get(type);
        if (forType == null) {
            return definition.defaults();
        }
        Map<String, String> merged = new HashMap<>(definition.defaults());
        merged.putAll(forType);
        return merged;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** What messages name: type, host, port and database, never credentials. */
    public String describe() {
        return type + " at " + host + ":" + port + "/" + database;
    }

    /** pgjdbc connection properties for these keys. */
    public Properties driverProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        putIfSet(p, "sslmode", sslmode);
        putIfSet(p, "sslrootcert", sslrootcert);
        putIfSet(p, "sslcert", sslcert);
        putIfSet(p, "sslkey", sslkey);
        if (keepalivesIdle > 0) {
            // pgjdbc cannot tune the idle time; it can switch TCP keep-alives on.
            p.setProperty("tcpKeepAlive", "true");
        }
        p.setProperty("connectTimeout", Integer.toString(connectTimeout));
        p.setProperty("loginTimeout", Integer.toString(connectTimeout));
        p.setProperty("ApplicationName", applicationName);
        if (searchPath != null) {
            // As dbt-postgres does: a server option, spaces escaped for the options syntax.
            p.setProperty("options", "-c search_path=" + searchPath.replace("\\", "\\\\").replace(" ", "\\ "));
        }
        return p;
    }

    /** {@code SET ROLE}, unquoted for a plain name (so it folds as dbt's does), quoted otherwise. */
    public String initSql() {
        if (role == null) {
            return null;
        }
        boolean plain = role.matches("[A-Za-z_][A-Za-z0-9_$]*");
        return "SET ROLE " + (plain ? role : PostgresDialect.DEFAULT.quoteIdentifier(role));
    }

    private static void putIfSet(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    @Override
    public String toString() {
        return "PostgresProfile[" + describe() + ", user=" + user + ", schema=" + schema + "]";
    }
}
