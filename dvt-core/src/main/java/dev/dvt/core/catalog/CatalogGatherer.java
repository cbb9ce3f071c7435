package dev.dvt.core.catalog;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.ArtifactMetadata;
import dev.dvt.artifacts.catalog.Catalog;
import dev.dvt.artifacts.catalog.CatalogTable;
import dev.dvt.artifacts.catalog.TableMetadata;
import dev.dvt.core.dialect.RelationName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code docs generate}: describes the manifest's relations from the database's metadata, one
 * query per schema, and builds catalog.json. Relations that do not exist in the database are left
 * out, as dbt does; a schema whose query fails is recorded in the catalog's {@code errors}.
 */
public final class CatalogGatherer {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogGatherer.class);

    private final CatalogQueries queries;

    public CatalogGatherer(CatalogQueries queries) {
        this.queries = requireNonNull(queries, "queries is null");
    }

    /** Adds the described relations to {@code catalog}; call once per connection (target). */
    public void addTo(Catalog catalog, Connection connection, Collection<CatalogRelation> relations) {
        Map<String, List<CatalogRelation>> bySchema = new LinkedHashMap<>();
        for (CatalogRelation r : relations) {
            bySchema.computeIfAbsent(lower(r.relation().schema()), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<CatalogRelation>> schema : bySchema.entrySet()) {
            try {
                Map<String, CatalogTable> described = describeSchema(connection, schema.getKey());
                for (CatalogRelation r : schema.getValue()) {
                    CatalogTable table = described.get(key(r.relation()));
                    if (table == null) {
                        LOG.debug("{} ({}) does not exist; not in the catalog", r.uniqueId(), r.relation());
                        continue;
                    }
                    CatalogTable copy = copyFor(table, r.uniqueId());
                    (r.source() ? catalog.getSources() : catalog.getNodes()).put(r.uniqueId(), copy);
                }
            } catch (SQLException e) {
                catalog.addError("Cannot read the catalog of schema '" + schema.getValue().get(0).relation().schema()
                        + "': " + e.getMessage());
            }
        }
    }

    /** A new catalog holding the relations of one connection. */
    public Catalog gather(Connection connection, Collection<CatalogRelation> relations, String invocationId) {
        Catalog catalog = new Catalog();
        ArtifactMetadata metadata = new ArtifactMetadata(Catalog.SCHEMA_VERSION, invocationId);
        metadata.setGeneratedAt(Instant.now());
        catalog.setMetadata(metadata);
        addTo(catalog, connection, relations);
        return catalog;
    }

    private Map<String, CatalogTable> describeSchema(Connection connection, String schema) throws SQLException {
        Map<String, CatalogTable> tables = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(queries.columnsSql())) {
            st.setString(1, schema);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(3);
                    String tableKey = lower(rs.getString(2)) + "." + lower(name);
                    CatalogTable table = tables.get(tableKey);
                    if (table == null) {
                        table = new CatalogTable();
                        TableMetadata meta = table.getMetadata();
                        meta.setDatabase(rs.getString(1));
                        meta.setSchema(rs.getString(2));
                        meta.setName(name);
                        meta.setType(rs.getString(4));
                        meta.setComment(rs.getString(5));
                        meta.setOwner(rs.getString(6));
                        tables.put(tableKey, table);
                    }
                    table.addColumn(rs.getString(7), rs.getString(9), rs.getString(10));
                }
            }
        }
        return tables;
    }

    private static CatalogTable copyFor(CatalogTable described, String uniqueId) {
        CatalogTable copy = new CatalogTable();
        copy.setMetadata(described.getMetadata());
        copy.setColumns(described.getColumns());
        copy.setStats(described.getStats());
        copy.setUniqueId(uniqueId);
        return copy;
    }

    private static String key(RelationName relation) {
        return lower(relation.schema()) + "." + lower(relation.identifier());
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
