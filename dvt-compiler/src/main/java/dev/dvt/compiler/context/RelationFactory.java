package dev.dvt.compiler.context;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.Quoting;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.core.config.QuotingConfig;
import dev.dvt.core.dialect.SqlDialect;

/**
 * Makes {@link RelationObject}s and relation names with the target's dialect and the project's
 * {@code quoting:} (dbt quotes every part unless told otherwise).
 */
public final class RelationFactory {

    private final SqlDialect dialect;
    private final boolean[] projectQuoting;

    public RelationFactory(SqlDialect dialect, QuotingConfig quoting) {
        this.dialect = requireNonNull(dialect, "dialect is null");
        requireNonNull(quoting, "quoting is null");
        this.projectQuoting = new boolean[] {orTrue(quoting.database()), orTrue(quoting.schema()),
                orTrue(quoting.identifier())};
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** A relation with the project's quoting. */
    public RelationObject relation(String database, String schema, String identifier) {
        return new RelationObject(database(database), schema, identifier, projectQuoting, dialect::quoteIdentifier);
    }

    /** The relation of a model, seed or snapshot (an ephemeral model gives its CTE name). */
    public RelationObject forNode(ManifestNode node) {
        if ("ephemeral".equals(node.getConfig().getMaterialized())) {
            return RelationObject.cte("__dbt__cte__" + node.getName());
        }
        return relation(node.getDatabase(), node.getSchema(), node.getAlias() != null ? node.getAlias()
                : node.getName());
    }

    /** The relation of a source table; its own {@code quoting:} wins over the project's. */
    public RelationObject forSource(SourceDefinition source) {
        Quoting q = source.getQuoting();
        boolean[] quote = {pick(q.getDatabase(), projectQuoting[0]), pick(q.getSchema(), projectQuoting[1]),
                pick(q.getIdentifier(), projectQuoting[2])};
        return new RelationObject(database(source.getDatabase()), source.getSchema(), source.getIdentifier(), quote,
                dialect::quoteIdentifier);
    }

    /** The rendered relation name written to manifest.json, null for ephemeral models. */
    public String relationName(ManifestNode node) {
        if ("ephemeral".equals(node.getConfig().getMaterialized())) {
            return null;
        }
        return forNode(node).toString();
    }

    private String database(String database) {
        return dialect.supportsCatalogs() ? database : null;
    }

    private static boolean orTrue(Boolean value) {
        return value == null || value;
    }

    private static boolean pick(Boolean own, boolean fallback) {
        return own == null ? fallback : own;
    }
}
