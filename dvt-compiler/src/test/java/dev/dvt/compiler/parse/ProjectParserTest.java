package dev.dvt.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.manifest.GenericTestNode;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ModelNode;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectParserTest {

    @TempDir
    Path dir;

    static TestingProject shop(Path dir) {
        return new TestingProject(dir, "shop")
                .write("dbt_project.yml", """
                        name: shop
                        profile: test
                        config-version: 2
                        models:
                          shop:
                            +materialized: view
                            marts:
                              +materialized: table
                        """)
                .write("macros/tests.sql", TestingProject.GENERIC_TESTS)
                .write("macros/cents.sql", "{% macro cents(col) %}{{ col }} * 100{% endmacro %}")
                .write("models/staging/stg_orders.sql", "select * from {{ source('raw', 'orders') }}")
                .write("models/staging/stg_customers.sql", "{{ config(materialized='ephemeral') }}\nselect 1 as id")
                .write("models/marts/orders.sql", """
                        {{ config(tags=['daily']) }}
                        select o.*, {{ cents('amount') }} as cents
                        from {{ ref('stg_orders') }} o join {{ ref('stg_customers') }} c on o.customer_id = c.id
                        """)
                .write("models/marts/customers.sql", "select * from {{ ref('shop', 'stg_customers') }}")
                .write("models/schema.yml", """
                        version: 2
                        sources:
                          - name: raw
                            connection: warehouse
                            tables:
                              - name: orders
                                columns:
                                  - name: id
                                    tests: [not_null]
                        models:
                          - name: orders
                            description: All orders
                            config:
                              materialized: incremental
                              tags: ['finance']
                            columns:
                              - name: order_id
                                data_tests: [not_null, unique]
                              - name: status
                                tests:
                                  - accepted_values:
                                      values: ['placed', 'shipped']
                              - name: customer_id
                                tests:
                                  - relationships:
                                      to: ref('customers')
                                      field: customer_id
                        """)
                .write("seeds/countries.csv", "code,name\nnl,Netherlands\n")
                .write("analyses/report.sql", "select * from {{ ref('orders') }}")
                .write("tests/assert_positive.sql", "select * from {{ ref('orders') }} where cents < 0")
                .write("snapshots/snap.sql", """
                        {% snapshot orders_snapshot %}
                        {{ config(unique_key='id', strategy='check', check_cols='all') }}
                        select * from {{ ref('stg_orders') }}
                        {% endsnapshot %}
                        """);
    }

    @Test
    void parsesNodesWithDbtIdsPathsAndDependencies() {
        Manifest m = shop(dir).parse().manifest();
        assertThat(m.getNodes().keySet()).contains("model.shop.orders", "model.shop.stg_orders",
                "model.shop.stg_customers", "model.shop.customers", "seed.shop.countries",
                "analysis.shop.report", "test.shop.assert_positive", "snapshot.shop.orders_snapshot");
        ModelNode orders = (ModelNode) m.getNodes().get("model.shop.orders");
        assertThat(orders.getFqn()).containsExactly("shop", "marts", "orders");
        assertThat(orders.getPath()).isEqualTo("marts/orders.sql");
        assertThat(orders.getOriginalFilePath()).isEqualTo("models/marts/orders.sql");
        assertThat(orders.getConfig().getMaterialized()).isEqualTo("incremental");
        assertThat(orders.getConfig().getTags()).containsExactly("finance", "daily");
        assertThat(orders.getDependsOn().getNodes()).containsExactly("model.shop.stg_orders",
                "model.shop.stg_customers");
        assertThat(orders.getDependsOn().getMacros()).containsExactly("macro.shop.cents");
        assertThat(orders.getRelationName()).isEqualTo("\"db\".\"main\".\"orders\"");
        assertThat(orders.getPatchPath()).isEqualTo("shop://models/schema.yml");
        assertThat(m.getNodes().get("model.shop.stg_customers").getRelationName()).isNull();
        assertThat(m.getNodes().get("model.shop.stg_orders").getDependsOn().getNodes())
                .containsExactly("source.shop.raw.orders");
        assertThat(m.getNodes().get("analysis.shop.report").getFqn()).containsExactly("shop", "analysis", "report");
        assertThat(m.getNodes().get("snapshot.shop.orders_snapshot").getFqn())
                .containsExactly("shop", "snap", "orders_snapshot");
        // The source's connection is the `warehouse` output: it lives in that target's database.
        assertThat(m.getSources().get("source.shop.raw.orders").getRelationName()).isEqualTo("\"wh\".\"raw\".\"orders\"");
        assertThat(m.getChildMap().get("model.shop.orders")).contains("analysis.shop.report");
    }

    @Test
    void dictConfigsFromConfigCallsStayDicts() {
        Manifest m = new TestingProject(dir, "p")
                .write("dbt_project.yml", "name: p\nprofile: test\nconfig-version: 2\n")
                .write("models/m.sql", "{{ config(persist_docs={'relation': true, 'columns': true}, meta={'a': 1}) }}\nselect 1 as id")
                .write("models/n.sql", "{{ config(persist_docs={'relation': true}) }}\n{% if true %}select 1 as id{% endif %}")
                .write("models/props.yml", "version: 2\nmodels:\n  - name: m\n    description: M\n  - name: n\n    description: N\n")
                .parse().manifest();
        for (String id : List.of("model.p.m", "model.p.n")) {
            assertThat(m.getNodes().get(id).getConfig().get("persist_docs")).as(id).isEqualTo(id.endsWith("m") ? java.util.Map.of("relation", true, "columns", true) : java.util.Map.of("relation", true));
        }
    }

    @Test
    void namesGenericTestsLikeDbt() {
        Manifest m = shop(dir).parse().manifest();
        List<String> tests = m.getNodes().values().stream().filter(n -> n instanceof GenericTestNode)
                .map(ManifestNode::getName).sorted().toList();
        assertThat(tests).containsExactly(
                "accepted_values_orders_status__placed__shipped",
                "not_null_orders_order_id",
                "relationships_orders_customer_id__customer_id__ref_customers_",
                "source_not_null_raw_orders_id",
                "unique_orders_order_id");
        GenericTestNode rel = (GenericTestNode) m.getNodes().values().stream()
                .filter(n -> n.getName().startsWith("relationships")).findFirst().orElseThrow();
        assertThat(rel.getDependsOn().getNodes()).containsExactly("model.shop.customers", "model.shop.orders");
        assertThat(rel.getAttachedNode()).isEqualTo("model.shop.orders");
        assertThat(rel.getFileKeyName()).isEqualTo("models.orders");
        assertThat(rel.getTestMetadata().getKwargs()).containsEntry("model",
                "{{ get_where_subquery(ref('orders')) }}").containsEntry("column_name", "customer_id");
        assertThat(rel.getSchema()).isEqualTo("main_dbt_test__audit");
        assertThat(rel.getFqn()).containsExactly("shop", rel.getName());
        GenericTestNode source = (GenericTestNode) m.getNodes().values().stream()
                .filter(n -> n.getName().startsWith("source_not_null")).findFirst().orElseThrow();
        assertThat(source.getDependsOn().getNodes()).containsExactly("source.shop.raw.orders");
        assertThat(source.getUniqueId()).matches("test\\.shop\\.source_not_null_raw_orders_id\\.[0-9a-f]{10}");
    }

    @Test
    void writesAManifestValidAgainstTheV12Schema() {
        ParsedProject parsed = shop(dir).parse();
        Path file = parsed.config().targetPath().resolve("manifest.json");
        assertThat(ArtifactSchemas.validate(file, Artifact.MANIFEST)).isEmpty();
        assertThat(parsed.manifest().getMetadata().getAdapterType()).isEqualTo("duckdb");
    }

    @Test
    void parsesInstalledPackagesWithTheirOwnConfigVarsAndMacros() {
        TestingProject p = new TestingProject(dir, "app")
                .write("dbt_project.yml", """
                        name: app
                        profile: test
                        vars:
                          util:
                            suffix: from_root
                        models:
                          util:
                            +schema: utils
                        """)
                .write("dbt_packages/util/dbt_project.yml", """
                        name: util
                        vars:
                          suffix: from_package
                          prefix: p
                        models:
                          util:
                            +materialized: table
                        """)
                .write("dbt_packages/util/macros/greet.sql", "{% macro greet() %}'hi'{% endmacro %}")
                .write("dbt_packages/util/models/calendar.sql",
                        "select {{ util.greet() }} as g, '{{ var('prefix') }}_{{ var('suffix') }}' as s")
                .write("models/report.sql", "select * from {{ ref('util', 'calendar') }}");
        ParsedProject parsed = p.parse();
        Manifest m = parsed.manifest();
        ManifestNode calendar = m.getNodes().get("model.util.calendar");
        assertThat(calendar.getFqn()).containsExactly("util", "calendar");
        assertThat(calendar.getConfig().getMaterialized()).isEqualTo("table");
        assertThat(calendar.getSchema()).isEqualTo("main_utils");
        assertThat(calendar.getOriginalFilePath()).isEqualTo("models/calendar.sql");
        assertThat(calendar.getDependsOn().getMacros()).containsExactly("macro.util.greet");
        assertThat(m.getNodes().get("model.app.report").getDependsOn().getNodes()).containsExactly("model.util.calendar");
        assertThat(parsed.vars().forPackage("util")).containsEntry("suffix", "from_root").containsEntry("prefix", "p");
        assertThat(parsed.packages()).extracting(PackageProject::name).containsExactly("app", "util");
    }

    @Test
    void versionedModelsYamlSnapshotsAndTestsOfDisabledModels() {
        Manifest m = new TestingProject(dir, "shop")
                .write("macros/tests.sql", TestingProject.GENERIC_TESTS)
                .write("models/dim.sql", "select 2 as id")
                .write("models/dim_v1.sql", "select 1 as id")
                .write("models/retired.sql", "{{ config(enabled=false) }}select 1 as id")
                .write("models/user.sql", "select * from {{ ref('dim', v=1) }} union all select * from {{ ref('dim') }}")
                .write("models/props.yml", """
                        models:
                          - name: dim
                            latest_version: 2
                            versions:
                              - v: 1
                              - v: 2
                            columns:
                              - name: id
                                tests: [not_null]
                          - name: retired
                            columns:
                              - name: id
                                tests: [unique]
                        snapshots:
                          - name: dim_history
                            relation: ref('dim')
                            config: {unique_key: id, strategy: check, check_cols: all}
                        """)
                .parse().manifest();
        assertThat(m.getNodes()).containsKeys("model.shop.dim.v1", "model.shop.dim.v2", "snapshot.shop.dim_history");
        ModelNode v1 = (ModelNode) m.getNodes().get("model.shop.dim.v1");
        assertThat(v1.getFqn()).containsExactly("shop", "dim", "v1");
        assertThat(v1.getAlias()).isEqualTo("dim_v1");
        assertThat(m.getNodes().get("model.shop.user").getDependsOn().getNodes())
                .containsExactly("model.shop.dim.v1", "model.shop.dim.v2");
        assertThat(m.getNodes().values()).extracting(ManifestNode::getName)
                .contains("not_null_dim_v1_id", "not_null_dim_v2_id").doesNotContain("unique_retired_id");
        assertThat(m.getDisabled()).containsKey("model.shop.retired");
        assertThat(m.getNodes().get("snapshot.shop.dim_history").getDependsOn().getNodes())
                .containsExactly("model.shop.dim.v2");
    }
}
