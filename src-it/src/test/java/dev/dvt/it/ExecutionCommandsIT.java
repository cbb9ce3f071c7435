package dev.dvt.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** show, retry, run-operation, docs generate, source freshness and --empty on a copy of the example project. */
class ExecutionCommandsIT {
    private static final Map<String, String> CI = Map.of("CI", "true");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void showPreviewsANodeAndInlineSqlWithEphemeralRefs() throws Exception {
        Path project = copyExample();
        Files.writeString(project.resolve("models/staging/big_orders.sql"),
                "{{ config(materialized='ephemeral') }} select * from {{ ref('stg_orders') }} where order_id > 190");
        assertThat(dvt(project, "build").exitCode()).isZero();

        DvtProcess.Result show = dvt(project, "show", "-s", "customers", "--limit", "2");
        assertThat(show.exitCode()).as(show.output()).isZero();
        List<String> table = tableLines(show.output());
        assertThat(show.output()).contains("Previewing node 'customers':").doesNotContain("Previewing node 'unique_");
        assertThat(table.get(0)).startsWith("| customer_id | first_name | last_name |");
        assertThat(table.get(1)).startsWith("| ----------- | ---------- |");
        assertThat(table).hasSize(4);
        assertThat(table.get(2)).matches("\\|\\s+\\d+ \\| \\w+\\s+\\| .*");

        DvtProcess.Result inline = dvt(project, "show", "--inline", "select count(*) as n from {{ ref('big_orders') }}",
                "--output", "json", "--quiet");
        assertThat(inline.exitCode()).as(inline.output()).isZero();
        JsonNode json = JSON.readTree(inline.output().strip());
        assertThat(json.get("node").asText()).isEqualTo("inline_query");
        assertThat(json.get("show").get(0).get("n").asInt()).isEqualTo(10);

        DvtProcess.Result missing = dvt(project, "show", "--inline", "select * from no_such_table");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.output()).contains("no_such_table").doesNotContain("Exception");
    }

    @Test
    void retryRunsExactlyWhatFailedOrWasSkippedAfterTheFix() throws Exception {
        Path project = copyExample();
        DvtProcess.Result none = dvt(project, "retry");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.output()).contains("No previous run to retry").contains("run_results.json");

        Path model = project.resolve("models/staging/stg_orders.sql");
        String good = Files.readString(model);
        Files.writeString(model, "selec id from {{ ref('raw_orders') }}");
        DvtProcess.Result broken = dvt(project, "build");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("Done. PASS=11 WARN=0 ERROR=1 SKIP=12 NO-OP=0 TOTAL=24");

        Files.writeString(model, good);
        DvtProcess.Result retry = dvt(project, "retry");
        assertThat(retry.exitCode()).as(retry.output()).isZero();
        assertThat(retry.output())
                .contains("1 of 13 START sql view model main.stg_orders")
                .contains("OK created sql table model main.customers")
                .contains("Done. PASS=13 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=13")
                .doesNotContain("seed file")
                .doesNotContain("main.stg_customers");
        JsonNode results = JSON.readTree(project.resolve("target/run_results.json").toFile());
        assertThat(results.get("args").get("which").asText()).isEqualTo("build");
        assertThat(ArtifactSchemas.validate(project.resolve("target/run_results.json"), Artifact.RUN_RESULTS)).isEmpty();

        DvtProcess.Result again = dvt(project, "retry");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("Nothing to retry");
    }

    @Test
    void runOperationCallsAMacroWithArgsAndReportsItsError() throws Exception {
        Path project = copyExample();
        Files.writeString(project.resolve("macros/operations.sql"), """
                {% macro make_table(name, rows=3) %}
                  {% do run_query("create or replace table main." ~ name ~ " as select range as id from range(" ~ rows ~ ")") %}
                  {% set n = run_query("select count(*) from main." ~ name).columns[0].values()[0] %}
                  {{ log("created main." ~ name ~ " with " ~ n ~ " rows", info=True) }}
                {% endmacro %}
                {% macro always_fails() %}
                  {{ exceptions.raise_compiler_error("the operation is not allowed today") }}
                {% endmacro %}
                """);
        DvtProcess.Result ok = dvt(project, "run-operation", "make_table", "--args", "{name: ops_made, rows: 4}");
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("created main.ops_made with 4 rows");
        assertThat(ArtifactSchemas.validate(project.resolve("target/run_results.json"), Artifact.RUN_RESULTS)).isEmpty();
        try (Connection db = duckdb(project); Statement s = db.createStatement()) {
            assertThat(count(s, "select count(*) from main.ops_made")).isEqualTo(4);
        }

        DvtProcess.Result failed = dvt(project, "run-operation", "shop.always_fails");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.output()).contains("Encountered an error while running operation: ")
                .contains("the operation is not allowed today");
        JsonNode result = JSON.readTree(project.resolve("target/run_results.json").toFile()).get("results").get(0);
        assertThat(result.get("unique_id").asText()).isEqualTo("macro.shop.always_fails");
        assertThat(result.get("status").asText()).isEqualTo("error");
    }

    @Test
    void docsGenerateWritesAValidCatalogWithTheModelsColumns() throws Exception {
        Path project = copyExample();
        assertThat(dvt(project, "build").exitCode()).isZero();
        DvtProcess.Result docs = dvt(project, "docs", "generate");
        assertThat(docs.exitCode()).as(docs.output()).isZero();
        assertThat(docs.output()).contains("Building catalog").contains("Catalog written to ");

        Path catalog = project.resolve("target/catalog.json");
        assertThat(ArtifactSchemas.validate(catalog, Artifact.CATALOG)).isEmpty();
        JsonNode nodes = JSON.readTree(catalog.toFile()).get("nodes");
        assertThat(nodes.has("model.shop.orders")).isTrue();
        assertThat(nodes.has("seed.shop.raw_customers")).isTrue();
        assertThat(nodes.has("snapshot.shop.customers_snapshot")).isTrue();
        JsonNode customers = nodes.get("model.shop.customers");
        assertThat(customers.get("metadata").get("type").asText()).isEqualTo("BASE TABLE");
        assertThat(customers.get("columns").get("lifetime_value").get("type").asText()).isEqualTo("DOUBLE");
        assertThat(customers.get("columns").get("customer_id").get("index").asInt()).isEqualTo(1);
        assertThat(project.resolve("target/index.html")).content()
                .contains("<h3>customers</h3>").contains("Primary key.").contains("lifetime_value");

        DvtProcess.Result selected = dvt(project, "docs", "generate", "--no-compile", "-s", "customers");
        assertThat(selected.exitCode()).isZero();
        assertThat(JSON.readTree(catalog.toFile()).get("nodes").size()).isEqualTo(1);
    }

    @Test
    void sourceFreshnessPassesWarnsAndErrorsIntoValidSourcesJson() throws Exception {
        Path project = copyExample();
        Files.writeString(project.resolve("models/recent_loads.sql"),
                "{{ config(materialized='table') }} select current_timestamp as loaded_at");
        Files.writeString(project.resolve("models/sources.yml"), """
                version: 2
                sources:
                  - name: raw
                    schema: main_raw
                    connection: dev
                    loaded_at_field: "cast(order_date as timestamp)"
                    freshness:
                      warn_after: {count: 1, period: day}
                    tables:
                      - name: raw_orders
                      - name: recent
                        schema: main
                        identifier: recent_loads
                        loaded_at_field: loaded_at
                      - name: old_orders
                        identifier: raw_orders
                        freshness:
                          error_after: {count: 2, period: day}
                """);
        assertThat(dvt(project, "build").exitCode()).isZero();

        DvtProcess.Result fresh = dvt(project, "source", "freshness", "-s", "source:raw.raw_orders", "source:raw.recent");
        assertThat(fresh.exitCode()).as(fresh.output()).isZero();
        assertThat(fresh.output())
                .containsPattern("\\d of 2 START freshness of raw.recent \\.+ \\[RUN\\]")
                .containsPattern("\\d of 2 PASS freshness of raw.recent \\.+ \\[PASS in \\d+\\.\\d\\ds\\]")
                .containsPattern("\\d of 2 WARN freshness of raw.raw_orders \\.+ \\[WARN in ")
                .contains("Finished running 2 sources");
        Path sources = project.resolve("target/sources.json");
        assertThat(ArtifactSchemas.validate(sources, Artifact.SOURCES)).isEmpty();
        List<String> statuses = new ArrayList<>();
        JSON.readTree(sources.toFile()).get("results").forEach(r -> statuses.add(r.get("unique_id").asText() + "=" + r.get("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder("source.shop.raw.raw_orders=warn", "source.shop.raw.recent=pass");

        DvtProcess.Result stale = dvt(project, "source", "freshness", "-o", "stale.json");
        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.output()).contains("ERROR STALE freshness of raw.old_orders").contains("is stale");
        assertThat(ArtifactSchemas.validate(project.resolve("stale.json"), Artifact.SOURCES)).isEmpty();
    }

    @Test
    void emptyBuildsEveryModelAndSeedWithoutRows() throws Exception {
        Path project = copyExample();
        DvtProcess.Result build = dvt(project, "build", "--empty");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(project.resolve("target/compiled/shop/models/marts/orders.sql")).content()
                .contains("(select * from \"shop\".\"main\".\"stg_orders\" where false limit 0) as o");
        try (Connection db = duckdb(project); Statement s = db.createStatement()) {
            // seeds too, as in dbt 1.12: the table with its inferred columns, no rows
            assertThat(count(s, "select count(*) from main_raw.raw_orders")).isZero();
            assertThat(count(s, "select count(*) from information_schema.columns where table_schema = 'main_raw'"
                    + " and table_name = 'raw_orders'")).isPositive();
            assertThat(count(s, "select count(*) from main.orders")).isZero();
            assertThat(count(s, "select count(*) from main.customers")).isZero();
        }
    }

    private static DvtProcess.Result dvt(Path project, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--no-color");
        return DvtProcess.run(project, CI, all.toArray(String[]::new));
    }

    /** The lines of the first table printed (those starting with '|'). */
    private static List<String> tableLines(String output) {
        return output.lines().filter(line -> line.startsWith("|")).toList();
    }

    private static Connection duckdb(Path project) throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:" + project.resolve("target/shop.duckdb"));
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path copyExample() throws Exception {
        Path source = DvtProcess.repoRoot().resolve("examples/shop");
        Path target = work.resolve("shop");
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.startsWith("target") || relative.startsWith("logs") || relative.startsWith(".dvt")) {
                    continue;
                }
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }
}
