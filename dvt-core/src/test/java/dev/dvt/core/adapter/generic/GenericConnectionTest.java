package dev.dvt.core.adapter.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.database.DatabaseCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GenericConnectionTest {
    private static ProfileKeys keys(String type, String schema, String database, Map<String, Object> options) {
        return new ProfileKeys(new TargetConfig("wh", type, 1, schema, database, options));
    }

    private static GenericConnection connect(ProfileKeys keys) {
        return GenericConnection.from(DatabaseCatalog.require(keys.target().type()), keys);
    }

    @Test
    void snowflakeUrlCarriesNamesAndPropertiesCarryCredentials() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("account", "ab12345.eu-west-1");
        options.put("user", "loader");
        options.put("password", "pw-secret-1");
        options.put("warehouse", "WH_XS");
        options.put("role", "TRANSFORMER");
        options.put("client_session_keep_alive", false);
        ProfileKeys keys = keys("snowflake", "STAGING", "RAW", options);
        GenericConnection c = connect(keys);

        assertThat(c.jdbcUrl()).isEqualTo("jdbc:snowflake://ab12345.eu-west-1.snowflakecomputing.com/"
                + "?db=RAW&schema=STAGING&warehouse=WH_XS&role=TRANSFORMER");
        Properties p = c.properties();
        assertThat(p).containsEntry("user", "loader").containsEntry("password", "pw-secret-1");
        assertThat(c.jdbcUrl() + c).doesNotContain("pw-secret-1");
        assertThat(keys.unknownKeys()).containsExactly("client_session_keep_alive");
    }

    @Test
    void sqlServerTrinoAndOracleUrls() {
        assertThat(connect(keys("sqlserver", "dbo", "sales", Map.of("server", "sql.local", "user", "sa",
                "password", "x", "encrypt", true, "trust_cert", true))).jdbcUrl())
                .isEqualTo("jdbc:sqlserver://sql.local:1433;databaseName=sales;encrypt=true;trustServerCertificate=true");
        GenericConnection trino = connect(keys("trino", "tpch", "hive", Map.of("host", "trino.local", "user", "me")));
        assertThat(trino.jdbcUrl()).isEqualTo("jdbc:trino://trino.local:8080/hive/tpch");
        assertThat(trino.properties()).containsEntry("user", "me").doesNotContainKey("SSL");
        assertThat(connect(keys("oracle", "APP", null, Map.of("host", "ora", "service", "ORCLPDB1", "user", "u",
                "password", "p"))).jdbcUrl()).isEqualTo("jdbc:oracle:thin:@ora:1521/ORCLPDB1");
    }

    @Test
    void aMissingRequiredKeyIsAProfileError() {
        assertThatThrownBy(() -> connect(keys("snowflake", "S", "RAW", Map.of("user", "u"))))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE))
                .hasMessageContaining("'account'");
    }

    @Test
    void templateKeysIncludeEveryPlaceholderName() {
        assertThat(GenericConnection.templateKeys(DatabaseCatalog.require("trino")))
                .contains("host", "port", "database", "catalog", "schema", "user", "password");
    }
}
