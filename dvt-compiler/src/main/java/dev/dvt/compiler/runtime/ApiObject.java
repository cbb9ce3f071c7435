package dev.dvt.compiler.runtime;

import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.Column;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import java.util.HashMap;
import java.util.Map;

/**
 * dbt's {@code api} object: {@code api.Relation.create(database=, schema=, identifier=, type=)},
 * {@code api.Relation.add_ephemeral_prefix(name)} and {@code api.Column.create(name, dtype)}. It
 * exists at parse and compile time too, where no adapter is open: only the dialect is needed.
 */
public final class ApiObject {

    /** The prefix of an ephemeral model's CTE name. */
    public static final String EPHEMERAL_PREFIX = "__dbt__cte__";

    /** Makes a relation of the target's dialect and quoting. */
    @FunctionalInterface
    public interface RelationMaker {
        Relation make(String database, String schema, String identifier, RelationType type);
    }

    private ApiObject() {
    }

    static Map<String, Object> of(Adapter adapter) {
        return of(adapter.dialect(), adapter::relation);
    }

    /** The {@code api} object for {@code dialect}, making relations with {@code relations}. */
    public static Map<String, Object> of(SqlDialect dialect, RelationMaker relations) {
        Map<String, Object> relation = new HashMap<>();
        relation.put("create", JavaMacro.of("create(database=None, schema=None, identifier=None, type=None)",
                a -> JinjaRelation.of(relations.make(a.string("database"), a.string("schema"),
                        a.string("identifier"), a.get("type") == null ? null : RelationType.parse(a.string("type")))))
                .function());
        relation.put("add_ephemeral_prefix", JavaMacro.of("add_ephemeral_prefix(name)",
                a -> EPHEMERAL_PREFIX + a.requiredString("name")).function());
        String quote = dialect.quoteIdentifier("").substring(0, 1);
        Map<String, Object> column = new HashMap<>();
        column.put("create", JavaMacro.of("create(name, label_or_dtype)",
                a -> Column.fromTypeText(a.requiredString("name"), a.requiredString("label_or_dtype"), quote))
                .function());
        Map<String, Object> api = new HashMap<>();
        api.put("Relation", relation);
        api.put("Column", column);
        return api;
    }
}
