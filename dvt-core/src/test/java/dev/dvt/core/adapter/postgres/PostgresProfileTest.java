package dev.dvt.core.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.events.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PostgresProfileTest {
    private static ProfileKeys keys(String type, String database, Map<String, Object> options) {
        return new ProfileKeys(new TargetConfig("dev", type, 4, "analytics", database, options));
    }

    @Test
    void defaults() {
        PostgresProfile p = PostgresProfile.from(keys("postgres", null, Map.of("user", "me")));
        assertThat(p.host()).isEqualTo("localhost");
        assertThat(p.port()).isEqualTo(5432);
        assertThat(p.database()).isEqualTo("postgres");
        assertThat(p.password()).isNull();
        assertThat(p.connectTimeout()).isEqualTo(10);
        assertThat(p.retries()).isEqualTo(1);
        assertThat(p.applicationName()).isEqualTo("dvt");
        assertThat(p.initSql()).isNull();
        assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/postgres");
        Properties props = p.driverProperties();
        assertThat(props).containsEntry("user", "me").containsEntry("connectTimeout", "10")
                .containsEntry("ApplicationName", "dvt").doesNotContainKeys("password", "sslmode", "options",
                        "tcpKeepAlive");
    }

    @Test
    void everyKeyMapsToItsDriverSetting() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("host", "db.internal");
        o.put("port", 6543);
        o.put("user", "loader");
        o.put("pass", "pw-Secret-9");
        o.put("dbname", "warehouse");
        o.put("sslmode", "verify-full");
        o.put("sslrootcert", "/ca.pem");
        o.put("sslcert", "/c.pem");
        o.put("sslkey", "/k.pk8");
        o.put("keepalives_idle", 30);
        o.put("connect_timeout", 3);
        o.put("search_path", "a, public");
        o.put("role", "Transformer");
        o.put("application_name", "nightly");
        o.put("retries", 0);
        ProfileKeys keys = keys("postgres", null, o);
        PostgresProfile p = PostgresProfile.from(keys);

        assertThat(keys.unknownKeys()).isEmpty();
        assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/warehouse");
        assertThat(p.describe()).isEqualTo("postgres at db.internal:6543/warehouse");
        assertThat(p.driverProperties()).containsEntry("password", "pw-Secret-9")
                .containsEntry("sslmode", "verify-full").containsEntry("sslrootcert", "/ca.pem")
                .containsEntry("sslcert", "/c.pem").containsEntry("sslkey", "/k.pk8")
                .containsEntry("tcpKeepAlive", "true").containsEntry("connectTimeout", "3")
                .containsEntry("options", "-c search_path=a,\\ public").containsEntry("ApplicationName", "nightly");
        assertThat(p.initSql()).isEqualTo("SET ROLE Transformer");
        assertThat(p.retries()).isZero();
        assertThat(p.toString()).doesNotContain("pw-Secret-9");
        assertThat(Redactor.redact("failed with pw-Secret-9")).doesNotContain("pw-Secret-9");
    }

    @Test
    void aRoleThatIsNotAPlainNameIsQuoted() {
        assertThat(PostgresProfile.from(keys("postgres", null, Map.of("user", "u", "role", "data team"))).initSql())
                .isEqualTo("SET ROLE \"data team\"");
    }

    @Test
    void compatibleTypesTakeTheirOwnDefaults() {
        PostgresProfile p = PostgresProfile.from(keys("materialize", null, Map.of("user", "u")));
        assertThat(p.port()).isEqualTo(6875);
        assertThat(p.database()).isEqualTo("materialize");
    }

    @Test
    void unknownKeysAreReportedAndBadValuesNameTheKey() {
        ProfileKeys keys = keys("postgres", "db", Map.of("user", "u", "hots", "x", "threads", 4));
        PostgresProfile.from(keys);
        assertThat(keys.unknownKeys()).containsExactly("hots");
        assertThatThrownBy(() -> PostgresProfile.from(keys("postgres", null, Map.of("user", "u", "port", "abc"))))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE))
                .hasMessage("Target 'dev': 'port' must be a whole number, not 'abc'");
    }
}
