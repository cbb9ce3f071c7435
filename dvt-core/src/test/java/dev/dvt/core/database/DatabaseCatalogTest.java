package dev.dvt.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseCatalogTest {

    private static Map<String, Object> profile(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String url(Object... keyValues) {
        Map<String, Object> output = profile(keyValues);
        return DatabaseCatalog.require((String) output.get("type")).jdbcUrl(output);
    }

    @Test
    void everyTypeOfTheOriginalRegistryIsKnown() {
        assertThat(DatabaseCatalog.types()).contains(
                "postgres", "greenplum", "materialize", "risingwave", "cratedb", "alloydb", "timescaledb",
                "redshift", "snowflake", "mysql", "tidb", "singlestore", "mariadb", "oracle", "sqlserver",
                "synapse", "fabric", "databricks", "trino", "starburst", "duckdb", "exasol", "vertica",
                "clickhouse", "firebolt", "athena", "db2", "hive", "impala", "bigquery", "spark", "teradata");
    }

    @Test
    void unknownOrEmptyTypeIsNotFound() {
        assertThat(DatabaseCatalog.find("unknown")).isEmpty();
        assertThat(DatabaseCatalog.find("")).isEmpty();
        assertThat(DatabaseCatalog.find(null)).isEmpty();
        assertThatThrownBy(() -> DatabaseCatalog.require("nosuchdb"))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Unknown adapter type 'nosuchdb'")
                .hasMessageContaining("postgres")
                .extracting(e -> ((DvtException) e).code()).isEqualTo(ErrorCode.PROFILE);
    }

    @Test
    void sparkHasNoDriver() { // G111: ["spark"] installs nothing
        DatabaseDefinition spark = DatabaseCatalog.require("spark");
        assertThat(spark.driverArtifact()).isEmpty();
        assertThatThrownBy(() -> spark.jdbcUrl(profile("type", "spark")))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("no JDBC connection");
    }

    @Test
    void postgresFamilySharesOneDriver() { // G112, G113
        Set<String> artifacts = Set.of("postgres", "greenplum", "materialize").stream()
                .map(t -> DatabaseCatalog.require(t).driverArtifact().orElseThrow())
                .collect(Collectors.toSet());
        assertThat(artifacts).hasSize(1);
        assertThat(artifacts.iterator().next()).startsWith("org.postgresql:postgresql:42.7.");
        assertThat(DatabaseCatalog.require("greenplum").type()).isEqualTo("postgres");
    }

    @Test
    void typeLookupIsCaseInsensitiveAndTrimmed() { // G114
        assertThat(DatabaseCatalog.find(" POSTGRES ").orElseThrow().type()).isEqualTo("postgres");
        assertThat(DatabaseCatalog.find("Snowflake").orElseThrow().driverClass())
                .contains("net.snowflake.client.jdbc.SnowflakeDriver");
    }

    @Test
    void mariadbHasItsOwnDriver() {
        DatabaseDefinition mariadb = DatabaseCatalog.require("mariadb");
        assertThat(mariadb.driverArtifact().orElseThrow()).startsWith("org.mariadb.jdbc:mariadb-java-client:");
        assertThat(url("type", "mariadb", "host", "db", "schema", "shop")).isEqualTo("jdbc:mariadb://db:3306/shop");
    }

    @Test
    void teradataUsesTerajdbc() {
        assertThat(DatabaseCatalog.require("teradata").driverArtifact().orElseThrow())
                .startsWith("com.teradata.jdbc:terajdbc:");
    }

    @Test
    void versionsArePinnedForEveryDriverArtifact() {
        for (DatabaseDefinition d : DatabaseCatalog.definitions()) {
            d.driverArtifact().ifPresent(a -> assertThat(a.split(":")).as(d.type()).hasSize(3));
            if (d.driverArtifact().isEmpty()) {
                assertThat(d.note()).as(d.type() + " explains why it has no artifact").isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "postgres defaults =>          jdbc:postgresql://localhost:5432/postgres",
        "materialize defaults =>       jdbc:postgresql://localhost:6875/materialize",
        "redshift =>                   jdbc:redshift://rs.example.com:5439/dev",
        "mysql =>                      jdbc:mysql://localhost:3306/shop",
        "tidb =>                       jdbc:mysql://localhost:4000/shop",
        "singlestore =>                jdbc:singlestore://localhost:3306/shop",
        "oracle =>                     jdbc:oracle:thin:@ora:1521/ORCL",
        "sqlserver =>                  jdbc:sqlserver://mssql:1433;databaseName=sales",
        "trino =>                      jdbc:trino://trino:8080/hive/raw",
        "exasol =>                     jdbc:exa:exa:8563",
        "vertica =>                    jdbc:vertica://v:5433/vdb",
        "clickhouse =>                 jdbc:clickhouse://localhost:8123/default",
        "db2 =>                        jdbc:db2://db2:50000/BLUDB",
        "hive =>                       jdbc:hive2://hs2:10000/default",
        "impala without password =>    jdbc:impala://imp:21050/default;AuthMech=0",
        "impala with password =>       jdbc:impala://imp:21050/default;AuthMech=3",
        "teradata =>                   jdbc:teradata://td/DBS_PORT=1025,DATABASE=dw",
        "duckdb memory =>              jdbc:duckdb::memory:",
        "duckdb path =>                jdbc:duckdb:/tmp/x.duckdb",
        "athena =>                     jdbc:athena://Region=us-east-1;OutputLocation=s3://b/q/",
        "firebolt =>                   jdbc:firebolt:fdb?engine=eng&account=acme",
    })
    void jdbcUrlForEachType(String caseName, String expected) {
        assertThat(url(URL_CASES.get(caseName.trim()))).isEqualTo(expected.trim());
    }

    private static final Map<String, Object[]> URL_CASES = Map.ofEntries(
            Map.entry("postgres defaults", new Object[] {"type", "postgres"}),
            Map.entry("materialize defaults", new Object[] {"type", "materialize"}),
            Map.entry("redshift", new Object[] {"type", "redshift", "host", "rs.example.com"}),
            Map.entry("mysql", new Object[] {"type", "mysql", "schema", "shop"}),
            Map.entry("tidb", new Object[] {"type", "TiDB", "database", "shop"}),
            Map.entry("singlestore", new Object[] {"type", "singlestore", "database", "shop"}),
            Map.entry("oracle", new Object[] {"type", "oracle", "host", "ora", "database", "ORCL"}),
            Map.entry("sqlserver", new Object[] {"type", "sqlserver", "server", "mssql", "database", "sales"}),
            Map.entry("trino", new Object[] {"type", "trino", "host", "trino", "database", "hive", "schema", "raw"}),
            Map.entry("exasol", new Object[] {"type", "exasol", "host", "exa"}),
            Map.entry("vertica", new Object[] {"type", "vertica", "host", "v", "database", "vdb"}),
            Map.entry("clickhouse", new Object[] {"type", "clickhouse"}),
            Map.entry("db2", new Object[] {"type", "db2", "host", "db2", "database", "BLUDB"}),
            Map.entry("hive", new Object[] {"type", "hive", "host", "hs2"}),
            Map.entry("impala without password", new Object[] {"type", "impala", "host", "imp"}),
            Map.entry("impala with password", new Object[] {"type", "impala", "host", "imp", "password", "pw"}),
            Map.entry("teradata", new Object[] {"type", "teradata", "host", "td", "schema", "dw"}),
            Map.entry("duckdb memory", new Object[] {"type", "duckdb"}),
            Map.entry("duckdb path", new Object[] {"type", "duckdb", "path", "/tmp/x.duckdb"}),
            Map.entry("athena", new Object[] {"type", "athena", "s3_staging_dir", "s3://b/q/"}),
            Map.entry("firebolt", new Object[] {"type", "firebolt", "database", "fdb", "engine_name", "eng",
                "account_name", "acme"}));

    @Test
    void snowflakeUrlHasDefaultSchemaAndOptionalWarehouse() {
        assertThat(url("type", "snowflake", "account", "ab123", "database", "RAW"))
                .isEqualTo("jdbc:snowflake://ab123.snowflakecomputing.com/?db=RAW&schema=public");
        assertThat(url("type", "snowflake", "account", "ab123", "database", "RAW", "schema", "S",
                "warehouse", "WH", "role", "R"))
                .isEqualTo("jdbc:snowflake://ab123.snowflakecomputing.com/?db=RAW&schema=S&warehouse=WH&role=R");
    }

    @Test
    void databricksUrlWithAndWithoutCatalog() {
        assertThat(url("type", "databricks", "host", "dbc.cloud", "http_path", "/sql/1"))
                .isEqualTo("jdbc:databricks://dbc.cloud:443;httpPath=/sql/1;ConnSchema=default");
        assertThat(url("type", "databricks", "host", "dbc.cloud", "http_path", "/sql/1", "catalog", "main",
                "schema", "s"))
                .isEqualTo("jdbc:databricks://dbc.cloud:443;httpPath=/sql/1;ConnCatalog=main;ConnSchema=s");
    }

    @Test
    void bigqueryUrlNamesTheProject() {
        assertThat(url("type", "bigquery", "project", "p1", "dataset", "d1"))
                .isEqualTo("jdbc:bigquery://https://www.googleapis.com/bigquery/v2:443;ProjectId=p1;DefaultDataset=d1");
    }

    @Test
    void aliasesAreAccepted() {
        assertThat(url("type", "postgres", "server", "pg", "port", 6543, "dbname", "app"))
                .isEqualTo("jdbc:postgresql://pg:6543/app");
        assertThat(DatabaseCatalog.require("postgres")
                .connectionProperties(profile("type", "postgres", "username", "u", "pass", "p")))
                .containsEntry("user", "u")
                .containsEntry("password", "p");
    }

    @Test
    void blankValuesFallBackToDefaults() {
        assertThat(url("type", "postgres", "host", "  ", "port", "", "database", null))
                .isEqualTo("jdbc:postgresql://localhost:5432/postgres");
    }

    @Test
    void missingRequiredKeyNamesIt() {
        assertThatThrownBy(() -> url("type", "snowflake", "database", "RAW"))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("'account'")
                .hasMessageContaining("profiles.yml");
    }

    @Test
    void secretsGoIntoPropertiesNotTheUrl() {
        Map<String, Object> output = profile("type", "databricks", "host", "h", "http_path", "/p", "token", "dapiSECRET");
        DatabaseDefinition databricks = DatabaseCatalog.require("databricks");
        assertThat(databricks.jdbcUrl(output)).doesNotContain("dapiSECRET");
        assertThat(databricks.connectionProperties(output))
                .containsEntry("PWD", "dapiSECRET")
                .containsEntry("UID", "token")
                .containsEntry("AuthMech", "3");
        assertThat(databricks.isSecret("token")).isTrue();
        assertThat(databricks.isSecret("PASSWORD")).isTrue();
        assertThat(databricks.isSecret("host")).isFalse();
    }

    @Test
    void absentPropertiesAreLeftOut() {
        Map<String, String> props = DatabaseCatalog.require("trino")
                .connectionProperties(profile("type", "trino", "user", "u"));
        assertThat(props).containsOnlyKeys("user");
        assertThat(DatabaseCatalog.require("trino")
                .connectionProperties(profile("type", "trino", "user", "u", "password", "p")))
                .containsEntry("SSL", "true");
    }
}
