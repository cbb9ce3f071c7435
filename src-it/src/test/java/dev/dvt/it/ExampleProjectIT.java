package dev.dvt.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: the example project builds end to end on embedded DuckDB. */
class ExampleProjectIT {
    @TempDir
    Path work;

    @Test
    void exampleBuildsEveryNodeAndWritesValidArtifacts() throws Exception {
        Path project = copyExample();
        DvtProcess.Result build = DvtProcess.run(project, Map.of("CI", "true"), "build", "--no-color");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output())
                .contains("Running with dvt=")
                .contains("Found 5 models, 1 snapshot, 1 analysis, 3 seeds, 15 data tests")
                .contains("OK loaded seed file main_raw.raw_customers")
                .contains("OK created sql table model main.customers")
                .contains("PASS relationships_orders_customer_id__customer_id__ref_customers_")
                .contains("Completed successfully")
                .contains("Done. PASS=24 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=24")
                .doesNotContain("\u001B[");

        assertThat(ArtifactSchemas.validate(project.resolve("target/manifest.json"), Artifact.MANIFEST)).isEmpty();
        assertThat(ArtifactSchemas.validate(project.resolve("target/run_results.json"), Artifact.RUN_RESULTS)).isEmpty();
        assertThat(project.resolve("logs/dvt.log")).isNotEmptyFile();

        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + project.resolve("target/shop.duckdb"));
                Statement s = db.createStatement()) {
            assertThat(count(s, "select count(*) from main.customers")).isEqualTo(50);
            assertThat(count(s, "select count(*) from main.orders")).isEqualTo(200);
            assertThat(count(s, "select count(*) from snapshots.customers_snapshot where dbt_valid_to is null")).isEqualTo(50);
            // Amounts are converted from cents by the project's macro.
            assertThat(count(s, "select count(*) from main.stg_payments where amount <> round(amount, 2)")).isZero();
        }
    }

    @Test
    void aBrokenModelFailsWithTheDatabaseMessageAndSkipsItsDependants() throws Exception {
        Path project = copyExample();
        Files.writeString(project.resolve("models/staging/stg_orders.sql"), "selec id from {{ ref('raw_orders') }}");
        DvtProcess.Result run = DvtProcess.run(project, Map.of("CI", "true"), "build", "--no-color");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .contains("ERROR creating sql view model main.stg_orders")
                .contains("SKIP relation main.orders due to ancestor failure")
                .contains("Failure in model stg_orders (models/staging/stg_orders.sql)")
                .contains("syntax error")
                .contains("compiled code at target/compiled/shop/models/staging/stg_orders.sql")
                .contains("OK created sql view model main.stg_customers")
                .doesNotContain("Exception");
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path copyExample() throws Exception {
        return Projects.copyExample(work);
    }
}
