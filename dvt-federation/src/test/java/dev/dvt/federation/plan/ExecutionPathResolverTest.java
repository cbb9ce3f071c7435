package dev.dvt.federation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionPathResolverTest {
    private static final ResolverDefaults DEFAULTS =
            new ResolverDefaults(null, null, null, "default_target", null, null);

    private final Map<String, ResolverNode> nodes = new LinkedHashMap<>();

    ExecutionPathResolverTest() {
        nodes.put("source.p.raw.orders", ResolverNode.source("source.p.raw.orders", "postgres_target"));
        nodes.put("source.p.raw.products", ResolverNode.source("source.p.raw.products", "mysql_target"));
        nodes.put("source.p.raw.nowhere", ResolverNode.source("source.p.raw.nowhere", null));
    }

    private ResolverNode model(String id, String target, String materialized, String... deps) {
        ResolverNode node = ResolverNode.of(id, target, null, null, materialized, Arrays.asList(deps));
        nodes.put(id, node);
        return node;
    }

    private ResolvedModel resolve(ResolverDefaults defaults, String id) {
        return new ExecutionPathResolver(defaults, nodes).resolve(id);
    }

    private ResolvedModel resolve(String id) {
        return resolve(DEFAULTS, id);
    }

    @Test
    void g1_modelWithoutDepsOrConfigRunsOnDefaultTarget() {
        model("model.p.m", null, null);
        ResolvedModel r = resolve("model.p.m");
        assertThat(r.target()).isEqualTo("default_target");
        assertThat(r.path()).isEqualTo(ExecutionPath.DEFAULT);
        assertThat(r.compute()).isNull();
        assertThat(r.bucket()).isNull();
    }

    @Test
    void g2_to_g5_targetPrecedence() {
        model("model.p.m", "model_target", null);
        model("model.p.n", null, null);
        assertThat(resolve(new ResolverDefaults("cli_target", null, null, "default_target", null, null),
                "model.p.m").target()).isEqualTo("cli_target");
        assertThat(resolve("model.p.m").target()).isEqualTo("model_target");
        assertThat(resolve("model.p.n").target()).isEqualTo("default_target");
        assertThat(resolve(new ResolverDefaults(null, null, null, null, null, null), "model.p.n").target())
                .isEqualTo("default");
    }

    @Test
    void g6_g7_allInputsOnModelTargetIsPushdown() {
        nodes.put("source.p.raw.items", ResolverNode.source("source.p.raw.items", "postgres_target"));
        model("model.p.one", "postgres_target", null, "source.p.raw.orders");
        model("model.p.two", "postgres_target", null, "source.p.raw.orders", "source.p.raw.items");
        ResolvedModel one = resolve("model.p.one");
        assertThat(one.upstreamTargets()).containsExactly("postgres_target");
        assertThat(one.path()).isEqualTo(ExecutionPath.PUSHDOWN);
        assertThat(resolve("model.p.two").path()).isEqualTo(ExecutionPath.PUSHDOWN);
    }

    @Test
    void g8_g9_foreignOrSeveralTargetsFederate() {
        model("model.p.sf", "snowflake_target", null, "source.p.raw.orders");
        model("model.p.both", null, null, "source.p.raw.orders", "source.p.raw.products");
        assertThat(resolve("model.p.sf").path()).isEqualTo(ExecutionPath.FEDERATION);
        ResolvedModel both = resolve("model.p.both");
        assertThat(both.upstreamTargets()).containsExactly("mysql_target", "postgres_target");
        assertThat(both.path()).isEqualTo(ExecutionPath.FEDERATION);
    }

    @Test
    void g10_sourceWithoutConnectionIsOnDefaultTarget() {
        model("model.p.m", null, null, "source.p.raw.nowhere");
        ResolvedModel r = resolve("model.p.m");
        assertThat(r.upstreamTargets()).containsExactly("default_target");
        assertThat(r.path()).isEqualTo(ExecutionPath.DEFAULT);
    }

    @Test
    void g11_g12_upstreamModelContributesItsOwnResolvedTargetWithoutRecursing() {
        model("model.p.up", "upstream_target", null);
        model("model.p.pg_reader", null, null, "source.p.raw.orders");
        model("model.p.down", null, null, "model.p.up", "model.p.pg_reader");
        assertThat(resolve("model.p.down").upstreamTargets())
                .containsExactly("default_target", "upstream_target");
    }

    @Test
    void g13_g14_seedsSnapshotsAndOtherKinds() {
        nodes.put("seed.p.s", ResolverNode.of("seed.p.s", null, null, null, null, List.of()));
        nodes.put("snapshot.p.snap", ResolverNode.of("snapshot.p.snap", "mysql_target", null, null, null, List.of()));
        model("model.p.a", null, null, "seed.p.s", "test.p.t", "macro.p.x");
        model("model.p.b", null, null, "snapshot.p.snap");
        ResolvedModel a = resolve("model.p.a");
        assertThat(a.upstreamTargets()).containsExactly("default_target");
        assertThat(a.path()).isEqualTo(ExecutionPath.DEFAULT);
        assertThat(resolve("model.p.b").upstreamTargets()).containsExactly("mysql_target");
    }

    @Test
    void g15_to_g20_materializationCoercion() {
        model("model.p.v", null, "view", "source.p.raw.orders", "source.p.raw.products");
        model("model.p.t", null, "table", "source.p.raw.orders", "source.p.raw.products");
        model("model.p.i", null, "incremental", "source.p.raw.orders", "source.p.raw.products");
        model("model.p.e", null, "ephemeral", "source.p.raw.orders", "source.p.raw.products");
        model("model.p.pv", null, "view");
        model("model.p.none", null, null);

        ResolvedModel v = resolve("model.p.v");
        assertThat(v.coerced()).isTrue();
        assertThat(v.configuredMaterialization()).isEqualTo("view");
        assertThat(v.materialization()).isEqualTo("table");
        assertThat(v.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("DVT001");
            assertThat(w.message()).contains("model.p.v", "view");
        });
        assertThat(resolve("model.p.t").coerced()).isFalse();
        assertThat(resolve("model.p.i").materialization()).isEqualTo("incremental");
        // A federated ephemeral cannot be inlined into SQL that runs elsewhere (fixed, unlike G18).
        ResolvedModel e = resolve("model.p.e");
        assertThat(e.materialization()).isEqualTo("table");
        assertThat(e.warnings()).extracting(DvtWarning::code).containsExactly("DVT001");
        assertThat(resolve("model.p.pv").materialization()).isEqualTo("view");
        assertThat(resolve("model.p.none").configuredMaterialization()).isEqualTo("table");
    }

    @Test
    void g21_to_g26_computeAndBucketPerModel() {
        nodes.put("model.p.fed", ResolverNode.of("model.p.fed", null, "c2", "b2", null,
                List.of("source.p.raw.orders", "source.p.raw.products")));
        nodes.put("model.p.plain", ResolverNode.of("model.p.plain", null, null, null, null,
                List.of("source.p.raw.orders", "source.p.raw.products")));
        model("model.p.push", null, null);

        ResolverDefaults cli = new ResolverDefaults(null, "c1", "b1", "default_target", "big", "lake");
        assertThat(resolve(cli, "model.p.fed").compute()).isEqualTo("c1");
        assertThat(resolve(cli, "model.p.fed").bucket()).isEqualTo("b1");
        assertThat(resolve("model.p.fed").compute()).isEqualTo("c2");
        assertThat(resolve("model.p.fed").bucket()).isEqualTo("b2");
        ResolverDefaults yml = new ResolverDefaults(null, null, null, "default_target", "big", "lake");
        assertThat(resolve(yml, "model.p.plain").compute()).isEqualTo("big");
        assertThat(resolve(yml, "model.p.plain").bucket()).isEqualTo("lake");
        assertThat(resolve("model.p.plain").compute()).isEqualTo("local_spark");
        assertThat(resolve("model.p.plain").bucket()).isEqualTo("local");
        assertThat(resolve(cli, "model.p.push").compute()).isNull();
        assertThat(resolve(cli, "model.p.push").bucket()).isNull();
    }

    @Test
    void cliTargetMovesEveryModelAndItsUnconnectedSources() {
        model("model.p.m", "model_target", null, "source.p.raw.nowhere");
        ResolvedModel r = resolve(new ResolverDefaults("prod", null, null, "dev", null, null), "model.p.m");
        assertThat(r.target()).isEqualTo("prod");
        assertThat(r.upstreamTargets()).containsExactly("prod");
        assertThat(r.path()).isEqualTo(ExecutionPath.DEFAULT);
    }

    @Test
    void g27_g29_g30_resolveAllAndSummary() {
        model("model.p.a", null, null);
        model("model.p.b", "postgres_target", null, "source.p.raw.orders");
        model("model.p.c", null, "view", "source.p.raw.orders", "source.p.raw.products");
        List<ResolvedModel> all = new ExecutionPathResolver(DEFAULTS, nodes)
                .resolveAll(List.of("source.p.raw.orders", "model.p.a", "model.p.b", "model.p.c"));
        assertThat(all).extracting(ResolvedModel::uniqueId).containsExactly("model.p.a", "model.p.b", "model.p.c");

        ExecutionPlanSummary summary = ExecutionPlanSummary.of(all);
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.pushdown()).isEqualTo(2);
        assertThat(summary.federation()).isEqualTo(1);
        assertThat(summary.coercedModels()).containsExactly("model.p.c");
        assertThat(summary.byTarget()).containsEntry("default_target", 2).containsEntry("postgres_target", 1);
        assertThat(summary.logLine()).isEqualTo("Execution plan: 2 models via pushdown, 1 models via federation");
    }

    @Test
    void seedComputeAndBucketResolveCliOverConfigOverYmlDefault() {
        nodes.put("seed.p.plain", ResolverNode.of("seed.p.plain", null, null, null, null, List.of()));
        nodes.put("seed.p.configured", ResolverNode.of("seed.p.configured", "warehouse", "spark4", "s3", null, List.of()));
        ResolverDefaults ymlDefaults = new ResolverDefaults(null, null, null, "default_target", "local_duckdb", "local");
        ExecutionPathResolver resolver = new ExecutionPathResolver(ymlDefaults, nodes);

        assertThat(resolver.resolveSeed("seed.p.plain"))
                .isEqualTo(new ResolvedSeed("seed.p.plain", "default_target", "local_duckdb", "local"));
        assertThat(resolver.resolveSeed("seed.p.configured"))
                .isEqualTo(new ResolvedSeed("seed.p.configured", "warehouse", "spark4", "s3"));

        ResolverDefaults cli = new ResolverDefaults("cli_target", "cli_spark", "cli_bucket", "default_target",
                "local_duckdb", "local");
        assertThat(new ExecutionPathResolver(cli, nodes).resolveSeed("seed.p.configured"))
                .isEqualTo(new ResolvedSeed("seed.p.configured", "cli_target", "cli_spark", "cli_bucket"));
        assertThat(new ExecutionPathResolver(DEFAULTS, nodes).resolveSeed("seed.p.plain").compute())
                .isEqualTo(ResolverDefaults.FALLBACK_COMPUTE);
    }

    @Test
    void seedsAreNotResolvedAsModels() {
        nodes.put("seed.p.s", ResolverNode.of("seed.p.s", null, null, null, null, List.of()));
        model("model.p.m", null, null, "seed.p.s");
        assertThat(new ExecutionPathResolver(DEFAULTS, nodes).resolveAll(List.of("seed.p.s", "model.p.m")))
                .extracting(ResolvedModel::uniqueId).containsExactly("model.p.m");
    }
}
