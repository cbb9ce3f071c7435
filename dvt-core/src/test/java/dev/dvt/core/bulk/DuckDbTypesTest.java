package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.adapter.mysql.MySqlDialect;
import dev.dvt.core.adapter.postgres.PostgresDialect;
import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.TypeSpec;
import java.sql.Types;
import org.junit.jupiter.api.Test;

class DuckDbTypesTest {
    @Test
    void postgresTypeNamesWinOverJdbcCodes() {
        assertThat(DuckDbTypes.forJdbc("t", Types.TIMESTAMP, "timestamptz", 35, 6, BinaryText.HEX).duckType())
                .isEqualTo("TIMESTAMPTZ");
        assertThat(DuckDbTypes.forJdbc("b", Types.BIT, "bool", 1, 0, BinaryText.HEX).duckType()).isEqualTo("BOOLEAN");
        assertThat(DuckDbTypes.forJdbc("u", Types.OTHER, "uuid", 0, 0, BinaryText.HEX).duckType()).isEqualTo("UUID");
        StagedColumn bytea = DuckDbTypes.forJdbc("x", Types.BINARY, "bytea", 0, 0, BinaryText.POSTGRES_HEX);
        assertThat(bytea.csvType()).isEqualTo("VARCHAR");
        assertThat(bytea.conversion().formatted("c0")).isEqualTo("unhex(substr(c0, 3))");
    }

    @Test
    void numericsKeepPrecisionOrWidenSafely() {
        assertThat(DuckDbTypes.forJdbc("n", Types.NUMERIC, "numeric", 12, 2, BinaryText.HEX).duckType())
                .isEqualTo("DECIMAL(12,2)");
        assertThat(DuckDbTypes.forJdbc("n", Types.NUMERIC, "numeric", 0, 0, BinaryText.HEX).duckType())
                .isEqualTo("DOUBLE");
        assertThat(DuckDbTypes.forJdbc("n", Types.BIGINT, "BIGINT UNSIGNED", 20, 0, BinaryText.HEX).duckType())
                .isEqualTo("UBIGINT");
        assertThat(DuckDbTypes.forJdbc("s", Types.VARCHAR, "text", Integer.MAX_VALUE, 0, BinaryText.HEX).duckType())
                .isEqualTo("VARCHAR");
    }

    @Test
    void duckTypesBecomeTargetDdl() {
        assertThat(DuckDbTypes.toTypeSpec("DECIMAL(10,3)")).isEqualTo(TypeSpec.decimal(10, 3));
        assertThat(DuckDbTypes.toTypeSpec("HUGEINT")).isEqualTo(TypeSpec.decimal(38, 0));
        assertThat(DuckDbTypes.toTypeSpec("TIMESTAMP WITH TIME ZONE")).isEqualTo(TypeSpec.of(CanonicalType.TIMESTAMP_TZ));
        assertThat(DuckDbTypes.toTypeSpec("INTEGER[]")).isEqualTo(TypeSpec.of(CanonicalType.TEXT));
        assertThat(new ParquetColumn("v", "VARCHAR").toColumnDef(MySqlDialect.DEFAULT).ddlType()).isEqualTo("LONGTEXT");
        assertThat(new ParquetColumn("v", "BLOB").toColumnDef(PostgresDialect.DEFAULT).ddlType()).isEqualTo("BYTEA");
    }
}
