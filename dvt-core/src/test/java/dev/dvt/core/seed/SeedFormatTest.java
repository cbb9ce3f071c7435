package dev.dvt.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedFormatTest {
    @Test
    void extensionsMapToFormatsInAnyCase() {
        assertThat(SeedFormat.ofExtension("csv")).contains(SeedFormat.CSV);
        assertThat(SeedFormat.ofExtension("PARQUET")).contains(SeedFormat.PARQUET);
        assertThat(SeedFormat.ofExtension("json")).contains(SeedFormat.JSON);
        assertThat(SeedFormat.ofExtension("jsonl")).contains(SeedFormat.JSON);
        assertThat(SeedFormat.ofExtension("Orc")).contains(SeedFormat.ORC);
        assertThat(SeedFormat.ofExtension("txt")).isEmpty();
        assertThat(SeedFormat.ofExtension("yml")).isEmpty();
        assertThat(SeedFormat.ofExtension("avro")).isEmpty();
    }

    @Test
    void onlyCsvKeepsTheSeedMaterialization() {
        assertThat(SeedFormat.of(Path.of("seeds/a.csv")).loadsThroughCompute()).isFalse();
        assertThat(SeedFormat.of(Path.of("seeds/a.parquet")).loadsThroughCompute()).isTrue();
        assertThat(SeedFormat.of(Path.of("seeds/a.json")).loadsThroughCompute()).isTrue();
        assertThat(SeedFormat.of(Path.of("seeds/a.orc")).loadsThroughCompute()).isTrue();
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithTheAcceptedExtensions() {
        assertThatThrownBy(() -> SeedFormat.of(Path.of("seeds/a.xlsx")))
                .hasMessageContaining("seeds/a.xlsx")
                .hasMessageContaining(".csv, .parquet, .json, .jsonl, .orc");
    }
}
