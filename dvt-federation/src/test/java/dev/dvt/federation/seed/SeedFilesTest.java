package dev.dvt.federation.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.seed.SeedFormat;
import dev.dvt.federation.compute.InputFormat;
import dev.dvt.federation.runner.FederationTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsAnArrayWhenItsFirstCharacterIsABracket() throws Exception {
        assertThat(SeedFiles.inputFormat(write("a.json", "\uFEFF \n [{\"a\": 1}]"), SeedFormat.JSON))
                .isEqualTo(InputFormat.JSON_ARRAY);
        assertThat(SeedFiles.inputFormat(write("b.json", "{\"a\": 1}\n{\"a\": 2}\n"), SeedFormat.JSON))
                .isEqualTo(InputFormat.JSON_LINES);
        assertThat(SeedFiles.inputFormat(write("c.jsonl", "{\"a\": [1, 2]}\n"), SeedFormat.JSON))
                .isEqualTo(InputFormat.JSON_LINES);
    }

    @Test
    void parquetAndOrcMapToTheirFormats() throws Exception {
        assertThat(SeedFiles.inputFormat(write("a.parquet", "x"), SeedFormat.PARQUET)).isEqualTo(InputFormat.PARQUET);
        assertThat(SeedFiles.inputFormat(write("a.orc", "x"), SeedFormat.ORC)).isEqualTo(InputFormat.ORC);
    }

    @Test
    void jsonColumnsKeepTheOrderOfFirstAppearanceForSpark() throws Exception {
        Path lines = write("p.json", "{\"id\": 1, \"name\": \"a\", \"tags\": {\"x\": [1]}}\n{\"zeta\": 2, \"ID\": 3}\n");
        Path array = write("q.json", "[{\"b\": 1, \"a\": 2}, {\"c\": 3}]");
        assertThat(JsonSeedColumns.of(lines)).containsExactly("id", "name", "tags", "zeta");
        assertThat(JsonSeedColumns.of(array)).containsExactly("b", "a", "c");

        FederationTarget target = FederationTarget.table("duckdb", () -> null, RelationName.of("main", "q"));
        SeedJob job = new SeedJob("seed.p.q", array, InputFormat.JSON_ARRAY, target, Map.of(), false, false);
        assertThat(ComputeSeedLoader.stagingSql(job, "spark")).isEqualTo("SELECT `b`, `a`, `c` FROM _dvt_seed");
        assertThat(ComputeSeedLoader.stagingSql(job, "duckdb")).isEqualTo("SELECT * FROM _dvt_seed");
        SeedJob empty = new SeedJob("seed.p.q", array, InputFormat.JSON_ARRAY, target, Map.of(), false, true);
        assertThat(ComputeSeedLoader.stagingSql(empty, "spark")).isEqualTo("SELECT `b`, `a`, `c` FROM _dvt_seed LIMIT 0");
    }
}
