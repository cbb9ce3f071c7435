package dev.dvt.artifacts.manifest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small manifest with one resource of every modelled kind, built through the public API. */
final class TestingManifests {
    private TestingManifests() {
    }

    static Manifest oneOfEach() {
        Manifest manifest = new Manifest();
        ManifestMetadata metadata = manifest.getMetadata();
        metadata.setGeneratedAt(Instant.parse("2024-01-01T00:00:00Z"));
        metadata.setInvocationId("6f1c2d1e-0000-4000-8000-000000000001");
        metadata.setProjectName("jaffle");
        metadata.setAdapterType("postgres");

        SourceDefinition source = new SourceDefinition();
        identify(source, "source.jaffle.raw.orders", "orders", "models/sources.yml");
        source.setDatabase("db");
        source.setSchema("raw");
        source.setSourceName("raw");
        source.setIdentifier("orders");
        source.setFqn(List.of("jaffle", "raw", "orders"));
        source.setRelationName("\"db\".\"raw\".\"orders\"");
        source.getConfig().merge(Map.of("connection", "mariadb_prod"));
        FreshnessThreshold freshness = new FreshnessThreshold();
        freshness.setWarnAfter(new FreshnessTime(12, "hour"));
        source.setFreshness(freshness);
        source.setLoadedAtField("updated_at");
        source.getColumns().put("id", new ColumnInfo("id"));
        manifest.addSource(source);

        ModelNode model = new ModelNode();
        node(model, "model.jaffle.stg_orders", "stg_orders", "models/stg_orders.sql");
        model.getConfig().merge(Map.of("materialized", "table", "target", "pg_dev", "compute", "spark_local",
                "tags", List.of("nightly"), "pre_hook", "select 1"));
        model.getRefs().add(new RefArgs("customers", null, null));
        model.getSources().add(List.of("raw", "orders"));
        model.getDependsOn().addNode(source.getUniqueId());
        model.getDependsOn().addMacro("macro.jaffle.cents_to_dollars");
        model.setGroup("finance");
        ColumnInfo id = new ColumnInfo("id");
        Constraint notNull = new Constraint();
        notNull.setType("not_null");
        id.getConstraints().add(notNull);
        id.setDataType("integer");
        model.getColumns().put("id", id);
        Constraint primaryKey = new Constraint();
        primaryKey.setType("primary_key");
        primaryKey.setColumns(List.of("id"));
        model.getConstraints().add(primaryKey);
        model.setCompiled(true);
        model.setCompiledCode("select * from \"db\".\"raw\".\"orders\"");
        model.getExtraCtes().add(new InjectedCte("model.jaffle.eph", "select 1"));
        manifest.addNode(model);

        SeedNode seed = new SeedNode();
        node(seed, "seed.jaffle.countries", "countries", "seeds/countries.csv");
        seed.getDependsOn().addMacro("macro.dbt.load_csv_rows");
        seed.setRootPath("/project");
        manifest.addNode(seed);

        SnapshotNode snapshot = new SnapshotNode();
        node(snapshot, "snapshot.jaffle.orders_snap", "orders_snap", "snapshots/orders_snap.sql");
        snapshot.getConfig().merge(Map.of("strategy", "timestamp", "unique_key", "id", "updated_at", "updated_at"));
        snapshot.getDependsOn().addNode(source.getUniqueId());
        manifest.addNode(snapshot);

        AnalysisNode analysis = new AnalysisNode();
        node(analysis, "analysis.jaffle.revenue", "revenue", "analyses/revenue.sql");
        analysis.getDependsOn().addNode(model.getUniqueId());
        manifest.addNode(analysis);

        SingularTestNode singular = new SingularTestNode();
        node(singular, "test.jaffle.assert_positive", "assert_positive", "tests/assert_positive.sql");
        singular.getDependsOn().addNode(model.getUniqueId());
        manifest.addNode(singular);

        GenericTestNode generic = new GenericTestNode();
        node(generic, "test.jaffle.not_null_stg_orders_id.abc123", "not_null_stg_orders_id", "models/schema.yml");
        generic.setTestMetadata(new TestMetadata("not_null", Map.of("column_name", "id",
                "model", "{{ get_where_subquery(ref('stg_orders')) }}"), null));
        generic.setColumnName("id");
        generic.setAttachedNode(model.getUniqueId());
        generic.setFileKeyName("models.stg_orders");
        generic.getConfig().merge(Map.of("severity", "warn"));
        generic.getDependsOn().addNode(model.getUniqueId());
        generic.getDependsOn().addMacro("macro.dbt.test_not_null");
        manifest.addNode(generic);

        HookNode hook = new HookNode();
        node(hook, "operation.jaffle.jaffle-on-run-start-0", "jaffle-on-run-start-0", "hooks/jaffle-on-run-start-0.sql");
        hook.setIndex(0);
        manifest.addNode(hook);

        SqlOperationNode operation = new SqlOperationNode();
        node(operation, "sql_operation.jaffle.inline_query", "inline_query", "from remote system.sql");
        manifest.addNode(operation);

        Macro macro = new Macro();
        identify(macro, "macro.jaffle.cents_to_dollars", "cents_to_dollars", "macros/cents.sql");
        macro.setMacroSql("{% macro cents_to_dollars(c) %}({{ c }} / 100){% endmacro %}");
        macro.getArguments().add(new MacroArgument("c", "column", "amount in cents"));
        manifest.addMacro(macro);

        Documentation doc = new Documentation();
        identify(doc, "doc.jaffle.orders_doc", "orders_doc", "models/docs.md");
        doc.setBlockContents("One row per order.");
        manifest.addDoc(doc);

        Exposure exposure = new Exposure();
        identify(exposure, "exposure.jaffle.weekly", "weekly", "models/exposures.yml");
        exposure.setFqn(List.of("jaffle", "weekly"));
        exposure.setType("dashboard");
        exposure.setOwner(new Owner("Ana", "ana@example.com"));
        exposure.getDependsOn().addNode(model.getUniqueId());
        exposure.getRefs().add(new RefArgs("stg_orders", null, null));
        manifest.addExposure(exposure);

        Group group = new Group();
        identify(group, "group.jaffle.finance", "finance", "models/groups.yml");
        group.setOwner(new Owner("Finance", null));
        manifest.addGroup(group);

        ModelNode disabledModel = new ModelNode();
        node(disabledModel, "model.jaffle.old", "old", "models/old.sql");
        disabledModel.getConfig().merge(Map.of("enabled", false));
        manifest.addDisabled(disabledModel);

        manifest.getSelectors().put("nightly", Map.of("name", "nightly", "definition", "tag:nightly"));
        manifest.buildDependencyMaps();
        return manifest;
    }

    private static void identify(ManifestResource resource, String uniqueId, String name, String file) {
        resource.setUniqueId(uniqueId);
        resource.setName(name);
        resource.setPackageName("jaffle");
        resource.setOriginalFilePath(file);
        resource.setPath(file.substring(file.indexOf('/') + 1));
    }

    private static void node(ManifestNode node, String uniqueId, String name, String file) {
        identify(node, uniqueId, name, file);
        node.setDatabase("db");
        node.setSchema("analytics");
        node.setAlias(name);
        node.setFqn(List.of("jaffle", name));
        node.setChecksum(FileHash.sha256("select 1"));
        node.setRawCode("select 1");
        node.setCreatedAt(1_704_067_200.5);
        node.setRelationName("\"db\".\"analytics\".\"" + name + "\"");
    }
}
