package dev.dvt.compiler.runtime;

import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code adapter.*} while parsing, when there is no database: as in dbt, introspection answers with
 * an empty list ({@code get_columns_in_relation}, {@code list_relations_without_caching}, …) or None
 * ({@code get_relation}), statements do nothing, and quoting works. Packages such as dbt_utils call
 * these outside {@code if execute} blocks, so they must not fail.
 */
public final class ParseTimeAdapter {

    private static final List<String> EMPTY_LIST = List.of(
            "get_columns_in_relation(relation)",
            "list_relations_without_caching(schema_relation)",
            "list_relations(database, schema)",
            "list_schemas(database)",
            "get_missing_columns(from_relation, to_relation)",
            "get_column_schema_from_query(sql)");
    private static final List<String> NONE = List.of(
            "get_relation(database, schema, identifier)",
            "load_relation(relation)",
            "create_schema(relation)",
            "drop_relation(relation)",
            "rename_relation(from_relation, to_relation)",
            "truncate_relation(relation)",
            "expand_target_column_types(from_relation, to_relation)",
            "commit()",
            "begin()",
            "rollback()",
            "cache_added(relation)",
            "cache_dropped(relation)",
            "comment_on_relation(relation, comment)",
            "comment_on_column(relation, column, comment)",
            "load_seed(relation, seed_file, column_types, delimiter=',')");
    private static final List<String> FALSE = List.of(
            "check_schema_exists(database, schema)",
            "already_exists(schema, name)");

    private ParseTimeAdapter() {
    }

    /** The functions to add with {@code RenderContext.adapterFunction}. */
    public static List<JavaMacro> functions(SqlDialect dialect) {
        List<JavaMacro> f = new ArrayList<>();
        f.add(JavaMacro.of("quote(identifier)", a -> dialect.quoteIdentifier(a.requiredString("identifier"))));
        f.add(JavaMacro.of("quote_as_configured(identifier, quote_key)",
                a -> dialect.quoteIdentifier(a.requiredString("identifier"))));
        f.add(JavaMacro.of("valid_incremental_strategies()", a -> dialect.incrementalStrategies().stream()
                .map(IncrementalStrategy::configName).collect(Collectors.toList())));
        EMPTY_LIST.forEach(signature -> f.add(JavaMacro.of(signature, a -> new ArrayList<>())));
        NONE.forEach(signature -> f.add(JavaMacro.of(signature, a -> null)));
        FALSE.forEach(signature -> f.add(JavaMacro.of(signature, a -> false)));
        return f;
    }
}
