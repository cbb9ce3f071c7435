package dev.dvt.core.adapter.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.adapter.generic.BatchSeedLoader.Binding;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import dev.dvt.spi.SeedLoad;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchSeedLoaderTest {
    @Test
    void declaredTypesChooseTheBinding() {
        assertThat(Binding.of("INTEGER")).isEqualTo(Binding.INTEGER);
        assertThat(Binding.of("NUMBER(38,0)")).isEqualTo(Binding.DECIMAL);
        assertThat(Binding.of("decimal(10,2)")).isEqualTo(Binding.DECIMAL);
        assertThat(Binding.of("DOUBLE PRECISION")).isEqualTo(Binding.FLOAT);
        assertThat(Binding.of("BOOLEAN")).isEqualTo(Binding.BOOLEAN);
        assertThat(Binding.of("date")).isEqualTo(Binding.DATE);
        assertThat(Binding.of("TIMESTAMP_NTZ")).isEqualTo(Binding.TIMESTAMP);
        assertThat(Binding.of("TIMESTAMP WITH TIME ZONE")).isEqualTo(Binding.TEXT);
        assertThat(Binding.of("timestamptz")).isEqualTo(Binding.TEXT);
        assertThat(Binding.of("VARCHAR(20)")).isEqualTo(Binding.TEXT);
    }

    @Test
    void valuesParseOrStayTextAndEmptyIsNull() {
        assertThat(BatchSeedLoader.value(Binding.INTEGER, "42")).isEqualTo(42L);
        assertThat(BatchSeedLoader.value(Binding.INTEGER, "")).isNull();
        assertThat(BatchSeedLoader.value(Binding.INTEGER, "4x")).isEqualTo("4x");
        assertThat(BatchSeedLoader.value(Binding.DECIMAL, "1.50")).isEqualTo(new BigDecimal("1.50"));
        assertThat(BatchSeedLoader.value(Binding.BOOLEAN, "true")).isEqualTo(true);
        assertThat(BatchSeedLoader.value(Binding.DATE, "2024-02-29")).isEqualTo(Date.valueOf("2024-02-29"));
        assertThat(BatchSeedLoader.value(Binding.TIMESTAMP, "2024-01-31"))
                .isEqualTo(Timestamp.valueOf("2024-01-31 00:00:00"));
        assertThat(BatchSeedLoader.value(Binding.TIMESTAMP, "2024-01-31 08:00:00.5"))
                .isEqualTo(Timestamp.valueOf("2024-01-31 08:00:00.5"));
    }

    @Test
    void insertHasOneParameterPerColumnInTheDialectsQuoting() {
        SqlDialect sqlServer = DialectRegistry.forType("sqlserver");
        Relation table = new Relation("db", "dbo", "people", RelationType.TABLE, sqlServer, Relation.Parts.ALL);
        Map<String, String> types = new LinkedHashMap<>();
        types.put("id", "INT");
        types.put("full name", "NVARCHAR(100)");
        assertThat(BatchSeedLoader.insertSql(sqlServer, table, SeedLoad.of(Path.of("x.csv"), types, ',')))
                .isEqualTo("INSERT INTO [db].[dbo].[people] ([id], [full name]) VALUES (?, ?)");
    }
}
