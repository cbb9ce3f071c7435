package dev.dvt.core.adapter.mysql;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.events.Events;
import java.util.Locale;
import java.util.Properties;

/**
 * A MySQL/MariaDB output of profiles.yml with dbt-mysql's keys: server (or host), port (3306),
 * username (or user), password, schema (a MySQL database; {@code database}, when given, must
 * equal it), ssl_disabled, ssl_ca, charset; plus connect_timeout (10 s) and retries (1). Client
 * certificates come from a PKCS#12 keystore (ssl_keystore, ssl_keystore_password) because MariaDB
 * Connector/J does not read PEM keys.
 */
public record MySqlProfile(String type, String host, int port, String user, String password, String schema,
        boolean sslDisabled, String sslCa, String sslKeystore, String sslKeystorePassword, int connectTimeout,
        int retries) {

    public MySqlProfile {
        requireNonNull(type, "type is null");
        requireNonNull(host, "host is null");
        requireNonNull(user, "user is null");
        requireNonNull(schema, "schema is null");
    }

    public static MySqlProfile from(ProfileKeys keys) {
        String target = keys.target().name();
        String type = keys.target().type().trim().toLowerCase(Locale.ROOT);
        String schema = keys.required("schema");
        keys.string("database").filter(db -> !db.equalsIgnoreCase(schema)).ifPresent(db -> {
            throw new DvtException(ErrorCode.PROFILE, "Target '" + target + "' (" + type + ") sets database '" + db
                    + "' and schema '" + schema + "': in MySQL a schema is a database, so remove 'database' or give"
                    + " it the same value as 'schema'");
        });
        if (keys.string("ssl_cert").isPresent() || keys.string("ssl_key").isPresent()) {
            throw new DvtException(ErrorCode.PROFILE, "Target '" + target + "' (" + type + "): MariaDB Connector/J"
                    + " reads client certificates from a PKCS#12 keystore, not from PEM files. Convert them with"
                    + " `openssl pkcs12 -export -in <ssl_cert> -inkey <ssl_key> -out client.p12` and set"
                    + " ssl_keystore (and ssl_keystore_password) instead of ssl_cert/ssl_key");
        }
        keys.string("charset").filter(c -> !c.toLowerCase(Locale.ROOT).startsWith("utf8")).ifPresent(c ->
                Events.warn("AdapterIgnoredSetting", "Target '" + target + "': charset '" + c + "' is ignored;"
                        + " DVT always talks utf8mb4 to the server, which converts stored text as needed"));
        int defaultPort = type.equals("tidb") ? 4000 : 3306;
        return new MySqlProfile(
                type,
                keys.string("server", "host").orElse("localhost"),
                keys.integer("port", defaultPort),
                keys.required("username", "user"),
                keys.string("password", "pass").orElse(null),
                schema,
                keys.bool("ssl_disabled", false),
                keys.string("ssl_ca").orElse(null),
                keys.string("ssl_keystore").orElse(null),
                keys.string("ssl_keystore_password").orElse(null),
                keys.integer("connect_timeout", 10),
                keys.integer("retries", 1));
    }

    /** No default database in the URL: like dbt-mysql, every name DVT writes is schema-qualified. */
    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/";
    }

    public String describe() {
        return type + " at " + host + ":" + port;
    }

    /** MariaDB Connector/J properties for these keys. */
    public Properties driverProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        // Seeds load with LOAD DATA LOCAL INFILE.
        p.setProperty("allowLocalInfile", "true");
        p.setProperty("connectTimeout", Integer.toString(connectTimeout * 1000));
        p.setProperty("tcpKeepAlive", "true");
        if (sslDisabled) {
            p.setProperty("sslMode", "disable");
        } else if (sslCa != null) {
            p.setProperty("sslMode", "verify-ca");
            p.setProperty("serverSslCert", sslCa);
        }
        if (sslKeystore != null) {
            p.setProperty("keyStore", sslKeystore);
            if (sslKeystorePassword != null) {
                p.setProperty("keyStorePassword", sslKeystorePassword);
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return "MySqlProfile[" + describe() + ", user=" + user + ", schema=" + schema + "]";
    }
}
