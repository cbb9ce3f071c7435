package dev.dvt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.catalog.Catalog;
import dev.dvt.artifacts.catalog.CatalogTable;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import dev.dvt.core.adapter.duckdb.DuckDbDialect;
import dev.dvt.core.dialect.RelationName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGathererTest {
    @TempDir
    Path dir;

    @Test
    void describesTablesViewsColumnsAndComments() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("create schema analytics");
            st.execute("create table analytics.Customers (id integer, name varchar, amount decimal(10,2))");
            st.execute("comment on table analytics.Customers is 'one row per customer'");
            st.execute("comment on column analytics.Customers.name is 'full name'");
            st.execute("create view analytics.big_customers as select id from analytics.Customers where amount > 10");
            st.execute("create table main.raw_orders (order_id bigint, loaded_at timestamp)");

            List<CatalogRelation> relations = List.of(
                    new CatalogRelation("model.p.customers", false, RelationName.of("analytics", "customers")),
                    new CatalogRelation("model.p.big_customers", false, RelationName.of("ANALYTICS", "big_customers")),
                    new CatalogRelation("model.p.not_built", false, RelationName.of("analytics", "not_built")),
                    new CatalogRelation("source.p.raw.orders", true, RelationName.of("main", "raw_orders")));
            Catalog catalog = new CatalogGatherer(CatalogQueries.forDialect(DuckDbDialect.DEFAULT))
                    .gather(c, relations, "inv-1");

            assertThat(catalog.getNodes()).containsOnlyKeys("model.p.customers", "model.p.big_customers");
            CatalogTable customers = catalog.getNodes().get("model.p.customers");
            assertThat(customers.getUniqueId()).isEqualTo("model.p.customers");
            assertThat(customers.getMetadata().getType()).isEqualTo("BASE TABLE");
            assertThat(customers.getMetadata().getName()).isEqualTo("Customers");
            assertThat(customers.getMetadata().getSchema()).isEqualTo("analytics");
            assertThat(customers.getMetadata().getComment()).isEqualTo("one row per customer");
            assertThat(customers.getColumns()).containsOnlyKeys("id", "name", "amount");
            assertThat(customers.getColumns().get("amount").getType()).isEqualTo("DECIMAL(10,2)");
            assertThat(customers.getColumns().get("amount").getIndex()).isEqualTo(3);
            assertThat(customers.getColumns().get("name").getComment()).isEqualTo("full name");
            assertThat(catalog.getNodes().get("model.p.big_customers").getMetadata().getType()).isEqualTo("VIEW");
            assertThat(catalog.getSources().get("source.p.raw.orders").getColumns()).containsOnlyKeys("order_id",
                    "loaded_at");
            assertThat(catalog.getErrors()).isNull();

            Path file = dir.resolve("catalog.json");
            catalog.write(file);
            assertThat(ArtifactSchemas.validate(file, Artifact.CATALOG)).isEmpty();
        }
    }

    @Test
    void standardInformationSchemaQueryWorksOnDuckDb() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("create table main.t (a integer, b varchar)");
            Catalog catalog = new CatalogGatherer(CatalogQueries.STANDARD)
                    .gather(c, List.of(new CatalogRelation("model.p.t", false, RelationName.of("main", "T"))), null);
            CatalogTable t = catalog.getNodes().get("model.p.t");
            assertThat(t.getColumns().keySet()).containsExactly("a", "b");
            assertThat(t.getColumns().get("b").getIndex()).isEqualTo(2);
            assertThat(ArtifactSchemas.validateObject(catalog, Artifact.CATALOG)).isEmpty();
        }
    }

    @Test
    void failingSchemaQueryIsRecordedAsAnError() throws Exception {
        CatalogQueries broken = new CatalogQueries() {
            @Override
            public String columnsSql() {
                return "select * from no_such_table where x = ?";
            }
        };
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            Catalog catalog = new CatalogGatherer(broken)
                    .gather(c, List.of(new CatalogRelation("model.p.t", false, RelationName.of("main", "t"))), null);
            assertThat(catalog.getNodes()).isEmpty();
            assertThat(catalog.getErrors()).singleElement().asString().contains("schema 'main'");
            assertThat(ArtifactSchemas.validateObject(catalog, Artifact.CATALOG)).isEmpty();
        }
    }
}
