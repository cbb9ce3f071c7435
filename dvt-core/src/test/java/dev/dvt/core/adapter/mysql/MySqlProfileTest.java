package dev.dvt.core.adapter.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.config.TargetConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MySqlProfileTest {
    private static ProfileKeys keys(String type, String database, Map<String, Object> options) {
        return new ProfileKeys(new TargetConfig("mart", type, 4, "shop", database, options));
    }

    @Test
    void defaults() {
        MySqlProfile p = MySqlProfile.from(keys("mysql", null, Map.of("username", "root")));
        assertThat(p.host()).isEqualTo("localhost");
        assertThat(p.port()).isEqualTo(3306);
        assertThat(p.schema()).isEqualTo("shop");
        assertThat(p.connectTimeout()).isEqualTo(10);
        assertThat(p.jdbcUrl()).isEqualTo("jdbc:mariadb://localhost:3306/");
        assertThat(p.driverProperties()).containsEntry("user", "root").containsEntry("allowLocalInfile", "true")
                .containsEntry("connectTimeout", "10000").doesNotContainKeys("password", "sslMode");
        assertThat(MySqlProfile.from(keys("tidb", null, Map.of("user", "root"))).port()).isEqualTo(4000);
    }

    @Test
    void everyKeyMapsToItsDriverSetting() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("server", "maria.internal");
        o.put("port", 3307);
        o.put("username", "etl");
        o.put("password", "pw");
        o.put("ssl_ca", "/ca.pem");
        o.put("ssl_keystore", "/client.p12");
        o.put("ssl_keystore_password", "ks");
        o.put("charset", "utf8mb4");
        o.put("connect_timeout", 2);
        o.put("retries", 3);
        ProfileKeys keys = keys("mariadb", "shop", o);
        MySqlProfile p = MySqlProfile.from(keys);
        assertThat(keys.unknownKeys()).isEmpty();
        assertThat(p.describe()).isEqualTo("mariadb at maria.internal:3307");
        assertThat(p.retries()).isEqualTo(3);
        assertThat(p.driverProperties()).containsEntry("password", "pw").containsEntry("sslMode", "verify-ca")
                .containsEntry("serverSslCert", "/ca.pem").containsEntry("keyStore", "/client.p12")
                .containsEntry("keyStorePassword", "ks").containsEntry("connectTimeout", "2000");
        assertThat(MySqlProfile.from(keys("mysql", null, Map.of("user", "u", "host", "h", "ssl_disabled", true)))
                .driverProperties()).containsEntry("sslMode", "disable");
    }

    @Test
    void databaseMustMatchTheSchemaAndPemClientKeysAreExplained() {
        assertThatThrownBy(() -> MySqlProfile.from(keys("mysql", "other", Map.of("user", "u"))))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE))
                .hasMessageContaining("Target 'mart'").hasMessageContaining("'other'");
        assertThatThrownBy(() -> MySqlProfile.from(keys("mysql", null, Map.of("user", "u", "ssl_cert", "/c.pem",
                "ssl_key", "/k.pem"))))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE))
                .hasMessageContaining("ssl_keystore");
    }
}
