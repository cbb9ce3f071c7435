package dev.dvt.federation.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlDialectTest {
    @Test
    void quotingAndLimitStylePerAdapterType() {
        assertThat(SqlDialect.of("Postgres").quote("Col\"1")).isEqualTo("\"Col\"\"1\"");
        assertThat(SqlDialect.of("mariadb").quote("a")).isEqualTo("`a`");
        assertThat(SqlDialect.of("databricks").quote("a")).isEqualTo("`a`");
        assertThat(SqlDialect.of("synapse").quote("a")).isEqualTo("[a]");
        assertThat(SqlDialect.of("snowflake").quote("a")).isEqualTo("\"a\"");
        assertThat(SqlDialect.of("sqlserver").limitStyle()).isEqualTo(SqlDialect.LimitStyle.TOP);
        assertThat(SqlDialect.of("teradata").limitStyle()).isEqualTo(SqlDialect.LimitStyle.TOP);
        assertThat(SqlDialect.of("db2").limitStyle()).isEqualTo(SqlDialect.LimitStyle.FETCH_FIRST);
        assertThat(SqlDialect.of("duckdb").limitStyle()).isEqualTo(SqlDialect.LimitStyle.LIMIT);
        assertThat(SqlDialect.of("greenplum").family()).isEqualTo("postgres");
        assertThat(SqlDialect.of("mysql").backslashEscapes()).isTrue();
        assertThat(SqlDialect.of("postgres").backslashEscapes()).isFalse();
    }

    @Test
    void identifiersCompareWithoutQuotesOrCase() {
        assertThat(Identifiers.sameName("\"Orders\"", "orders")).isTrue();
        assertThat(Identifiers.sameName("[dbo]", "`DBO`")).isTrue();
        assertThat(Identifiers.unquote("\"a\"\"b\"")).isEqualTo("a\"b");
        assertThat(Identifiers.isQuoted("plain")).isFalse();
    }
}
