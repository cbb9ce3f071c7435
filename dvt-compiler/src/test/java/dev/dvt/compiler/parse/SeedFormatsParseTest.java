package dev.dvt.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvt.artifacts.manifest.FileHash;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.artifacts.manifest.SeedNode;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet, JSON and ORC seed files become seed nodes exactly as CSV files do. */
class SeedFormatsParseTest {
    @TempDir
    Path dir;

    private TestingProject project() {
        return new TestingProject(dir, "shop")
                .write("dbt_project.yml", """
                        name: shop
                        profile: test
                        config-version: 2
                        seeds:
                          shop:
                            +schema: raw
                            lookups:
                              +target: warehouse
                              +compute: spark4
                        """)
                .write("seeds/countries.csv", "code,name\nnl,Netherlands\n")
                .write("seeds/rates.parquet", "PAR1 not really parquet PAR1")
                .write("seeds/people.json", "{\"id\": 1}\n")
                .write("seeds/events.jsonl", "{\"id\": 1}\n")
                .write("seeds/lookups/codes.orc", "ORC bytes")
                .write("seeds/notes.txt", "not a seed")
                .write("seeds/properties.yml", """
                        version: 2
                        seeds:
                          - name: rates
                            description: Exchange rates
                            config:
                              column_types: {rate: "decimal(10,4)"}
                            columns:
                              - name: rate
                                tests: [not_null]
                        """)
                .write("macros/tests.sql", TestingProject.GENERIC_TESTS)
                .write("models/report.sql", "select * from {{ ref('rates') }} join {{ ref('codes') }} using (id)");
    }

    @Test
    void everySeedFormatIsASeedNodeWithItsConfigAndRefs() throws Exception {
        Manifest manifest = project().parse().manifest();
        assertThat(manifest.getNodes().keySet().stream().filter(id -> id.startsWith("seed.")))
                .containsExactlyInAnyOrder("seed.shop.countries", "seed.shop.rates", "seed.shop.people",
                        "seed.shop.events", "seed.shop.codes");

        SeedNode rates = (SeedNode) manifest.getNodes().get("seed.shop.rates");
        assertThat(rates.getOriginalFilePath()).isEqualTo("seeds/rates.parquet");
        assertThat(rates.getPath()).isEqualTo("rates.parquet");
        assertThat(rates.getSchema()).isEqualTo("main_raw");
        assertThat(rates.getDescription()).isEqualTo("Exchange rates");
        assertThat(rates.getConfig().get("column_types")).isEqualTo(Map.of("rate", "decimal(10,4)"));
        assertThat(rates.getChecksum()).usingRecursiveComparison().isEqualTo(FileHash.sha256(
                "PAR1 not really parquet PAR1".getBytes(StandardCharsets.UTF_8)));

        SeedNode codes = (SeedNode) manifest.getNodes().get("seed.shop.codes");
        assertThat(codes.getFqn()).containsExactly("shop", "lookups", "codes");
        assertThat(codes.getConfig().getString("target")).isEqualTo("warehouse");
        assertThat(codes.getConfig().getString("compute")).isEqualTo("spark4");

        ManifestNode report = manifest.getNodes().get("model.shop.report");
        assertThat(report.getDependsOn().getNodes()).containsExactly("seed.shop.rates", "seed.shop.codes");
        assertThat(manifest.getNodes().keySet()).anyMatch(id -> id.startsWith("test.shop.not_null_rates_rate"));

        Path file = dir.resolve("manifest.json");
        ManifestWriter.write(manifest, file);
        assertThat(ArtifactSchemas.validate(file, Artifact.MANIFEST)).isEmpty();
    }

    @Test
    void twoSeedFilesOfOneNameAreAParseErrorNamingBoth() {
        DvtException e = catchThrowableOfType(DvtException.class,
                project().write("seeds/rates.csv", "id,rate\n1,0.5\n")::parse);
        assertThat(e.code()).isEqualTo(ErrorCode.PARSE);
        assertThat(e.getMessage()).contains("two seed files named 'rates'", "seeds/rates.csv", "seeds/rates.parquet",
                "seed.shop.rates", "rename or remove one");
    }

    @Test
    void theSameNameInTwoSeedFoldersIsRefusedToo() {
        DvtException e = catchThrowableOfType(DvtException.class,
                project().write("seeds/more/people.orc", "ORC")::parse);
        assertThat(e.getMessage()).contains("seeds/more/people.orc", "seeds/people.json");
    }
}
