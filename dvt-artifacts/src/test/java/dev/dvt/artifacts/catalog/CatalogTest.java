package dev.dvt.artifacts.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTest {
    @TempDir
    Path tmp;

    @Test
    void validatesAgainstV1() {
        Path file = tmp.resolve("catalog.json");
        sample().write(file);

        assertThat(ArtifactSchemas.validate(file, Artifact.CATALOG)).isEmpty();
    }

    @Test
    void columnsGetOrdinalIndexesAndStatsFlagFollowsStats() {
        Catalog catalog = sample();
        CatalogTable orders = catalog.getNodes().get("model.p.orders");
        CatalogTable raw = catalog.getSources().get("source.p.raw.orders");

        assertThat(orders.getColumns().get("amount").getIndex()).isEqualTo(2);
        assertThat(orders.getStats().get("has_stats").getValue()).isEqualTo(true);
        assertThat(raw.getStats()).containsOnlyKeys("has_stats");
        assertThat(raw.getStats().get("has_stats").getValue()).isEqualTo(false);
    }

    @Test
    void roundTrips() {
        Path file = tmp.resolve("catalog.json");
        Catalog original = sample();
        original.write(file);

        Catalog read = Catalog.read(file);

        assertThat(read.getErrors()).containsExactly("could not describe model.p.gone");
        assertThat(read.getNodes().get("model.p.orders").getMetadata().getOwner()).isEqualTo("dvt");
        JsonNode before = ArtifactJson.mapper().valueToTree(original);
        JsonNode after = ArtifactJson.mapper().valueToTree(read);
        assertThat(after).isEqualTo(before);
    }

    private static Catalog sample() {
        Catalog catalog = new Catalog();
        catalog.getMetadata().setInvocationId("inv-2");
        catalog.getNodes().put("model.p.orders", table("model.p.orders", "analytics", "orders", true));
        catalog.getSources().put("source.p.raw.orders", table("source.p.raw.orders", "raw", "orders", false));
        catalog.addError("could not describe model.p.gone");
        return catalog;
    }

    private static CatalogTable table(String uniqueId, String schema, String name, boolean withStats) {
        CatalogTable table = new CatalogTable();
        table.setUniqueId(uniqueId);
        TableMetadata metadata = table.getMetadata();
        metadata.setType("BASE TABLE");
        metadata.setDatabase("db");
        metadata.setSchema(schema);
        metadata.setName(name);
        metadata.setOwner("dvt");
        table.addColumn("id", "integer", null);
        table.addColumn("amount", "numeric(10,2)", "in dollars");
        if (withStats) {
            table.addStat(new StatsItem("row_count", "Row Count", 42, true, "Approximate rows"));
        }
        return table;
    }
}
