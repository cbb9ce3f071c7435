package dev.dvt.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.duckdb.DuckDbDialect;
import dev.dvt.core.adapter.postgres.PostgresDialect;
import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSeedReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private SeedSchema inspect(String content) throws IOException {
        return CsvSeedReader.inspect(write("seed.csv", content), SeedOptions.DEFAULT);
    }

    private List<String[]> rows(SeedSchema schema) {
        List<String[]> rows = new ArrayList<>();
        try (SeedRows source = CsvSeedReader.open(schema)) {
            String[] row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiterString = "|", value = {
        "1|2|INTEGER|INT",
        "-1|+2|INTEGER|INT",
        "1,000|2|INTEGER|INT",
        "1|3000000000|INTEGER|BIGINT",
        "1|99999999999999999999|INTEGER|DECIMAL",
        "1|2.5|NUMBER|DOUBLE",
        "1.0|2|NUMBER|DOUBLE",
        "1e3|2|NUMBER|DOUBLE",
        ".5|1|NUMBER|DOUBLE",
        "2024-01-31|2024-2-1|DATE|DATE",
        "2024-01-31|2024-01-31 08:00:00|DATETIME|TIMESTAMP",
        "2024-01-31T08:00|2024-01-31T08:00:00.123|DATETIME|TIMESTAMP",
        "2024-01-31T08:00:00Z|2024-01-31 08:00:00+02:00|DATETIME|TIMESTAMP_TZ",
        "2024-02-30|2024-01-01|TEXT|TEXT",
        "true|FALSE|BOOLEAN|BOOLEAN",
        "yes|no|TEXT|TEXT",
        "1|true|TEXT|TEXT",
        "1|abc|TEXT|TEXT",
        "null|NULL|INTEGER|INT",
        "1|null|INTEGER|INT",
        "007|12|INTEGER|INT",
    })
    void infersTypesAsDbtDoes(String first, String second, SeedType type, CanonicalType canonical)
            throws IOException {
        SeedSchema schema = inspect("c\n\"" + first + "\"\n\"" + second + "\"\n");
        SeedColumn column = schema.columns().get(0);
        assertThat(column.type()).isEqualTo(type);
        assertThat(column.canonicalType().type()).isEqualTo(canonical);
    }

    @Test
    void emptyColumnIsIntegerAsInDbt() throws IOException {
        SeedSchema schema = inspect("a,b\n1,\n2,\n");
        assertThat(schema.columns().get(1).type()).isEqualTo(SeedType.INTEGER);
        assertThat(rows(schema)).extracting(r -> r[1]).containsOnlyNulls();
    }

    @Test
    void canonicalValues() throws IOException {
        SeedSchema schema = inspect("i,n,d,t,b,s\n"
                + "\"1,000\",1.50,2024-2-1,2024-01-31T08:00Z,TRUE,\" x \"\n"
                + "007,2e2,2024-02-02,2024-01-31,false,null\n");
        assertThat(rows(schema)).containsExactly(
                new String[] {"1000", "1.50", "2024-02-01", "2024-01-31 08:00:00+00:00", "true", " x "},
                new String[] {"7", "200", "2024-02-02", "2024-01-31 00:00:00", "false", null});
        assertThat(schema.rowCount()).isEqualTo(2);
    }

    @Test
    void bomCrlfAndQuotedLineBreaks() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFid,note\r\n1,\"two\r\nlines, and \"\"quotes\"\"\"\r\n\r\n2,plain\r\n")
                .getBytes(StandardCharsets.UTF_8));
        SeedSchema schema = CsvSeedReader.inspect(file, SeedOptions.DEFAULT);
        assertThat(schema.columnNames()).containsExactly("id", "note");
        assertThat(schema.rowCount()).isEqualTo(2);
        assertThat(rows(schema)).containsExactly(
                new String[] {"1", "two\r\nlines, and \"quotes\""}, new String[] {"2", "plain"});
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() throws IOException {
        Path file = write("ragged.csv", "a,b\n1,\"x\ny\"\n2,3,4\n");
        assertThatThrownBy(() -> CsvSeedReader.inspect(file, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                    assertThat(e.file()).contains(file);
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("ragged.csv", "line 4", "expected 2", "found 3");
                });
    }

    @Test
    void shortRowIsAnError() throws IOException {
        Path file = write("short.csv", "a,b,c\n1,2,3\n1,2\n");
        assertThatThrownBy(() -> CsvSeedReader.inspect(file, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("short.csv", "expected 3", "found 2");
                });
    }

    @Test
    void headerErrors() throws IOException {
        Path empty = write("empty.csv", "");
        Path blankName = write("blank.csv", "a,,c\n1,2,3\n");
        Path duplicate = write("dup.csv", "id,name,ID\n1,2,3\n");
        assertThatThrownBy(() -> CsvSeedReader.inspect(empty, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.describe())
                        .contains("empty.csv", "is empty"));
        assertThatThrownBy(() -> CsvSeedReader.inspect(blankName, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("blank.csv", "column 2", "no name");
                });
        assertThatThrownBy(() -> CsvSeedReader.inspect(duplicate, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("dup.csv", "'ID'", "columns 1 and 3");
                });
    }

    @Test
    void unclosedQuoteAndJunkAfterQuote() throws IOException {
        Path unclosed = write("unclosed.csv", "a,b\n1,2\n3,\"oops\n4,5\n");
        Path junk = write("junk.csv", "a,b\n1,\"x\"y\n");
        assertThatThrownBy(() -> CsvSeedReader.inspect(unclosed, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("unclosed.csv", "never closed");
                });
        assertThatThrownBy(() -> CsvSeedReader.inspect(junk, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("junk.csv", "closing quote");
                });
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', '\n', 'x', '\n', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> CsvSeedReader.inspect(file, SeedOptions.DEFAULT))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("UTF-8");
                });
    }

    @Test
    void delimiterAndColumnTypes() throws IOException {
        Path file = write("semi.csv", "Zip;Amount\n007;1,5\n010;2\n");
        SeedOptions options = SeedOptions.fromConfig(";", Map.of("zip", "varchar(5)", "missing", "int"), null);
        SeedSchema schema = CsvSeedReader.inspect(file, options);
        SeedColumn zip = schema.columns().get(0);
        assertThat(zip.type()).isEqualTo(SeedType.TEXT);
        assertThat(zip.sqlType(DuckDbDialect.DEFAULT)).isEqualTo("varchar(5)");
        assertThat(schema.columns().get(1).type()).isEqualTo(SeedType.TEXT);
        assertThat(rows(schema)).extracting(r -> r[0]).containsExactly("007", "010");
        assertThat(schema.warnings()).singleElement().asString()
                .contains("DVT010", "semi.csv", "'missing'", "Zip, Amount");
    }

    @Test
    void ddlThroughTheDialect() throws IOException {
        SeedSchema schema = inspect("Id,price,at,ok,name\n1,1.5,2024-01-01 00:00:00,true,x\n");
        assertThat(schema.columnsDdl(DuckDbDialect.DEFAULT))
                .isEqualTo("\"Id\" INTEGER, \"price\" DOUBLE, \"at\" TIMESTAMP, \"ok\" BOOLEAN, \"name\" VARCHAR");
        SeedSchema unquoted = new SeedSchema(schema.file(), schema.options().withQuoteColumns(false),
                schema.columns(), schema.rowCount(), schema.warnings());
        assertThat(unquoted.columnList(PostgresDialect.DEFAULT)).isEqualTo("Id, price, at, ok, name");
        assertThat(schema.columns().get(1).sqlType(PostgresDialect.DEFAULT))
                .isEqualTo(PostgresDialect.DEFAULT.ddlType(TypeSpec.of(CanonicalType.DOUBLE)));
    }

    @Test
    void badDelimiterConfig() {
        assertThatThrownBy(() -> SeedOptions.fromConfig(";;", null, null))
                .isInstanceOf(DvtException.class).hasMessageContaining("single character");
        assertThat(SeedOptions.fromConfig("\\t", null, false))
                .isEqualTo(new SeedOptions('\t', Map.of(), false));
    }

    @Test
    void blankLinesAreSkippedAndQuotedEmptyIsNull() throws IOException {
        SeedSchema schema = inspect("a\n\n1\n\"\"\n\n");
        assertThat(schema.rowCount()).isEqualTo(2);
        assertThat(rows(schema)).extracting(r -> Arrays.asList(r)).containsExactly(List.of("1"),
                Arrays.asList((String) null));
    }
}
