package dev.dvt.federation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ExtractionQueryTest {
    private static InputRelation rel(String dialect, String schema, String table) {
        return new InputRelation("source.p.s.t", null, schema, table, List.of("id"), dialect);
    }

    @Test
    void g54_g55_postgresShapes() {
        assertThat(ExtractionQuery.build(rel("postgres", "public", "orders"), List.of(), List.of(),
                OptionalLong.empty()).sql()).isEqualTo("SELECT * FROM public.orders");
        assertThat(ExtractionQuery.build(rel("postgres", "\"public\"", "\"orders\""), List.of("id", "date", "Amount"),
                List.of("\"date\" > '2024-01-01'"), OptionalLong.of(1000)).sql())
                .isEqualTo("SELECT \"id\", \"date\", \"Amount\" FROM \"public\".\"orders\" "
                        + "WHERE \"date\" > '2024-01-01' LIMIT 1000");
    }

    @Test
    void g56_g57_limitSyntaxAndQuotingPerDialect() {
        assertThat(ExtractionQuery.build(rel("sqlserver", "s", "t"), List.of(), List.of(), OptionalLong.of(100)).sql())
                .isEqualTo("SELECT TOP 100 * FROM s.t");
        assertThat(ExtractionQuery.build(rel("oracle", "s", "t"), List.of(), List.of(), OptionalLong.of(100)).sql())
                .isEqualTo("SELECT * FROM s.t FETCH FIRST 100 ROWS ONLY");
        assertThat(ExtractionQuery.build(rel("sqlserver", "[dbo]", "[t]"), List.of("Col]x"), List.of(),
                OptionalLong.empty()).sql()).isEqualTo("SELECT [Col]]x] FROM [dbo].[t]");
        assertThat(ExtractionQuery.build(rel("mariadb", "\"s\"", "t"), List.of("a`b"), List.of(),
                OptionalLong.of(3)).sql()).isEqualTo("SELECT `a``b` FROM `s`.t LIMIT 3");
    }

    @Test
    void fingerprintIsTheMd5OfTheQuery() {
        ExtractionQuery q = ExtractionQuery.build(rel("duckdb", "main", "t"), List.of("id"), List.of(), OptionalLong.empty());
        assertThat(q.fingerprint()).isEqualTo(dev.dvt.federation.sql.Hashes.md5Hex(q.sql()));
    }
}
