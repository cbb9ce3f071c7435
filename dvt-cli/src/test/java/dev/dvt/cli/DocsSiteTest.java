package dev.dvt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.ArtifactMetadata;
import dev.dvt.artifacts.catalog.Catalog;
import dev.dvt.artifacts.catalog.CatalogTable;
import dev.dvt.artifacts.manifest.ColumnInfo;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ModelNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocsSiteTest {
    @Test
    void listsModelsWithDescriptionsAndCatalogColumnsEscaped() {
        Manifest manifest = new Manifest();
        ModelNode model = new ModelNode();
        model.setUniqueId("model.p.orders");
        model.setName("orders");
        model.setPackageName("p");
        model.setDescription("Orders <b>& refunds</b>");
        model.getConfig().put("materialized", "table");
        ColumnInfo id = new ColumnInfo();
        id.setName("order_id");
        id.setDescription("Primary key.");
        model.getColumns().put("order_id", id);
        manifest.getNodes().put(model.getUniqueId(), model);

        Catalog catalog = new Catalog();
        ArtifactMetadata metadata = new ArtifactMetadata(Catalog.SCHEMA_VERSION, "i");
        metadata.setGeneratedAt(Instant.parse("2024-01-01T00:00:00Z"));
        catalog.setMetadata(metadata);
        CatalogTable table = new CatalogTable();
        table.addColumn("ORDER_ID", "INTEGER", null);
        table.addColumn("amount", "DOUBLE", null);
        catalog.getNodes().put("model.p.orders", table);

        String html = DocsSite.render("p", manifest, catalog);
        assertThat(html).contains("<h3>orders</h3>").contains("Orders &lt;b&gt;&amp; refunds&lt;/b&gt;")
                .contains("<tr><td>ORDER_ID</td><td>INTEGER</td><td>Primary key.</td></tr>")
                .contains("<tr><td>amount</td><td>DOUBLE</td><td></td></tr>")
                .contains("<a href=\"#models\">Models (1)</a>")
                .doesNotContain("<script");
    }
}
