package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentedCsvToParquetTest {
    private static final List<StagedColumn> COLUMNS = List.of(StagedColumn.direct("id", "BIGINT"),
            StagedColumn.direct("note", "VARCHAR"));

    @TempDir
    Path dir;

    @Test
    void cutsBetweenRecordsAndKeepsEveryRowIntact() throws Exception {
        List<byte[]> records = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            // Quoted newlines, doubled quotes, commas and multi-byte text must never be split.
            String note = switch (i % 4) {
                case 0 -> "plain " + i;
                case 1 -> "two\nlines " + i;
                case 2 -> "say \"hi\", " + i;
                default -> "été ✓ " + i;
            };
            expected.add(i + "|" + note);
            records.add((i + ",\"" + note.replace("\"", "\"\"") + "\"\n").getBytes(StandardCharsets.UTF_8));
        }

        // One record per write call, as PostgreSQL's COPY delivers rows.
        SegmentedCsvToParquet.Result result = SegmentedCsvToParquet.convert(dir, COLUMNS, this::part, 1_000,
                out -> {
                    for (byte[] record : records) {
                        out.write(record);
                    }
                });

        assertThat(result.rows()).isEqualTo(500);
        assertThat(result.files()).hasSizeGreaterThan(5).allSatisfy(f -> assertThat(f).exists());
        assertThat(read(result.files())).containsExactlyElementsOf(expected);
        assertThat(hiddenSegments()).isEmpty();
    }

    @Test
    void anEmptyStreamStillYieldsOneFileWithTheColumns() throws Exception {
        SegmentedCsvToParquet.Result result = SegmentedCsvToParquet.convert(dir, COLUMNS, this::part, 1_000, out -> {
        });

        assertThat(result.rows()).isZero();
        assertThat(result.files()).containsExactly(part(0));
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + ParquetFiles.scan(result.files()))) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(rs.getMetaData().getColumnName(2)).isEqualTo("note");
        }
    }

    @Test
    void aFailingProducerLeavesNoFiles() throws IOException {
        assertThatThrownBy(() -> SegmentedCsvToParquet.convert(dir, COLUMNS, this::part, 100, out -> {
            for (int i = 0; i < 50; i++) {
                out.write((i + ",\"row " + i + "\"\n").getBytes(StandardCharsets.UTF_8));
            }
            throw new IOException("connection reset");
        })).isInstanceOf(DvtException.class).hasMessageContaining("connection reset");

        assertThat(parquetFiles()).isEmpty();
        assertThat(hiddenSegments()).isEmpty();
    }

    @Test
    void badDataFailsWithDuckDbsMessageAndLeavesNoFiles() throws IOException {
        assertThatThrownBy(() -> SegmentedCsvToParquet.convert(dir, COLUMNS, this::part, 1_000_000,
                out -> out.write("not-a-number,\"x\"\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DvtException.class).hasMessageContaining("not-a-number");

        assertThat(parquetFiles()).isEmpty();
    }

    private Path part(int index) {
        return dir.resolve("part-" + index + ".parquet");
    }

    private List<String> read(List<Path> files) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, note FROM " + ParquetFiles.scan(files) + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2));
            }
        }
        return rows;
    }

    private List<Path> parquetFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".parquet")).toList();
        }
    }

    private List<Path> hiddenSegments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".segment-")).toList();
        }
    }
}
