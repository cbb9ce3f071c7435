package dev.dvt.compiler.context;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.Quoting;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.compiler.runtime.ApiObject;
import dev.dvt.compiler.runtime.JinjaRelation;
import dev.dvt.core.config.QuotingConfig;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import java.util.Map;

/**
 * Makes the relations templates see ({@code ref}, {@code source}, {@code this}) and relation names with the target's dialect and the project's
 * {@code quoting:} (dbt quotes every part unless told otherwise).
 */
public final class RelationFactory {

    private final SqlDialect dialect;
    private final Relation.Parts projectQuoting;
    private final Map<String, Object> api;

    public RelationFactory(SqlDialect dialect, QuotingConfig quoting) {
        this.dialect = requireNonNull(dialect, "dialect is null");
        requireNonNull(quoting, "quoting is null");
        this.projectQuoting = new Relation.Parts(orTrue(quoting.database()), orTrue(quoting.schema()),
                orTrue(quoting.identifier()));
        this.api = ApiObject.of(dialect, (database, schema, identifier, type) -> new Relation(database, schema,
                identifier, type, dialect, projectQuoting));
    }

    /** dbt's {@code api} object for parse and compile time, making relations like this factory's. */
    public Map<String, Object> api() {
        return api;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** A relation with the project's quoting. */
    public JinjaRelation relation(String database, String schema, String identifier) {
        return JinjaRelation.of(new Relation(database, schema, identifier, null, dialect, projectQuoting));
    }

    /** The relation of a model, seed or snapshot (an ephemeral model gives its CTE name). */
    public JinjaRelation forNode(ManifestNode node) {
        if ("ephemeral".equals(node.getConfig().getMaterialized())) {
            return JinjaRelation.of(new Relation(null, null, ApiObject.EPHEMERAL_PREFIX + node.getName(), RelationType.CTE,
                    dialect, projectQuoting));
        }
        return relation(node.getDatabase(), node.getSchema(), node.getAlias() != null ? node.getAlias()
                : node.getName());
    }

    /** The relation of a source table; its own {@code quoting:} wins over the project's. */
    public JinjaRelation forSource(SourceDefinition source) {
        Quoting q = source.getQuoting();
        Relation.Parts quote = new Relation.Parts(pick(q.getDatabase(), projectQuoting.database()),
                pick(q.getSchema(), projectQuoting.schema()), pick(q.getIdentifier(), projectQuoting.identifier()));
        return JinjaRelation.of(new Relation(source.getDatabase(), source.getSchema(), source.getIdentifier(), null,
                dialect, quote));
    }

    /** The rendered relation name written to manifest.json, null for ephemeral models. */
    public String relationName(ManifestNode node) {
        if ("ephemeral".equals(node.getConfig().getMaterialized())) {
            return null;
        }
        return forNode(node).toString();
    }

    private static boolean orTrue(Boolean value) {
        return value == null || value;
    }

    private static boolean pick(Boolean own, boolean fallback) {
        return own == null ? fallback : own;
    }
}
