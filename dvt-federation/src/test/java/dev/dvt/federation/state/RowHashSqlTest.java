package dev.dvt.federation.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.federation.sql.SqlDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowHashSqlTest {
    @Test
    void postgresHashesSortedColumnsWithNullsAsEmpty() {
        assertThat(RowHashSql.hashExpression(SqlDialect.of("postgres"), List.of("name", "Id")))
                .isEqualTo("md5(concat_ws('|', coalesce(cast(\"Id\" as text), ''), "
                        + "coalesce(cast(\"name\" as text), '')))");
    }

    @Test
    void mysqlAndDuckdbUseTheirTextTypesAndQuotes() {
        assertThat(RowHashSql.hashExpression(SqlDialect.of("mariadb"), List.of("a")))
                .isEqualTo("md5(concat_ws('|', coalesce(cast(`a` as char), '')))");
        assertThat(RowHashSql.pkExpression(SqlDialect.of("duckdb"), List.of("id")))
                .isEqualTo("cast(\"id\" as varchar)");
        assertThat(RowHashSql.pkExpression(SqlDialect.of("postgres"), List.of("b", "a")))
                .isEqualTo("concat_ws('|', cast(\"b\" as text), cast(\"a\" as text))");
    }

    @Test
    void unsupportedDialectsSaySo() {
        assertThat(RowHashSql.supports(SqlDialect.of("oracle"))).isFalse();
        assertThatThrownBy(() -> RowHashSql.pkExpression(SqlDialect.of("oracle"), List.of("id")))
                .isInstanceOf(DvtException.class).hasMessageContaining("oracle");
    }
}
