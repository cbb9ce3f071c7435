package dev.dvt.compiler.runtime;

import static java.util.Objects.requireNonNull;

import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.compiler.jinja.MacroArgs;
import dev.dvt.compiler.jinja.StatementResult;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Column;
import dev.dvt.spi.QueryResult;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import dev.dvt.spi.SeedLoad;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code adapter.*} methods dbt macros call, over an {@link Adapter}. {@code adapter.execute},
 * {@code adapter.dispatch} and {@code adapter.type} come from the template engine itself.
 */
public final class AdapterFunctions {
    private final Adapter adapter;

    public AdapterFunctions(Adapter adapter) {
        this.adapter = requireNonNull(adapter, "adapter is null");
    }

    /** Every function, to add with {@code RenderContext.adapterFunction}. */
    public List<JavaMacro> functions() {
        List<JavaMacro> f = new ArrayList<>();
        f.add(JavaMacro.of("quote(identifier)", a -> adapter.dialect().quoteIdentifier(a.requiredString("identifier"))));
        f.add(JavaMacro.of("quote_as_configured(identifier, quote_key)",
                a -> adapter.dialect().quoteIdentifier(a.requiredString("identifier"))));
        f.add(JavaMacro.of("get_relation(database, schema, identifier)", a -> adapter
                .getRelation(a.string("database"), a.string("schema"), a.requiredString("identifier"))
                .map(JinjaRelation::of).orElse(null)));
        f.add(JavaMacro.of("load_relation(relation)", a -> loadRelation(relation(a, "relation"))));
        f.add(JavaMacro.of("get_columns_in_relation(relation)", a -> adapter.getColumns(relation(a, "relation"))));
        f.add(JavaMacro.of("list_relations_without_caching(schema_relation)", a -> {
            Relation schema = relation(a, "schema_relation");
            return wrap(adapter.listRelations(schema.getDatabase(), schema.getSchema()));
        }));
        f.add(JavaMacro.of("list_relations(database, schema)",
                a -> wrap(adapter.listRelations(a.string("database"), a.string("schema")))));
        f.add(JavaMacro.of("list_schemas(database)", a -> adapter.listSchemas(a.string("database"))));
        f.add(JavaMacro.of("check_schema_exists(database, schema)", a -> adapter.listSchemas(a.string("database"))
                .stream().anyMatch(s -> s.equalsIgnoreCase(a.string("schema")))));
        f.add(JavaMacro.of("create_schema(relation)", a -> {
            Relation r = relation(a, "relation");
            adapter.createSchema(r.getDatabase(), r.getSchema());
            return "";
        }));
        f.add(JavaMacro.of("drop_relation(relation)", a -> {
            adapter.dropRelation(relation(a, "relation"));
            return "";
        }));
        f.add(JavaMacro.of("rename_relation(from_relation, to_relation)", a -> {
            adapter.renameRelation(relation(a, "from_relation"), relation(a, "to_relation").getIdentifier());
            return "";
        }));
        f.add(JavaMacro.of("truncate_relation(relation)", a -> {
            adapter.truncateRelation(relation(a, "relation"));
            return "";
        }));
        f.add(JavaMacro.of("already_exists(schema, name)",
                a -> adapter.getRelation(adapter.defaultDatabase(), a.string("schema"), a.requiredString("name"))
                        .isPresent()));
        f.add(JavaMacro.of("get_missing_columns(from_relation, to_relation)", a -> missingColumns(
                relation(a, "from_relation"), relation(a, "to_relation"))));
        f.add(JavaMacro.of("expand_target_column_types(from_relation, to_relation)", a -> {
            expandColumnTypes(relation(a, "from_relation"), relation(a, "to_relation"));
            return "";
        }));
        f.add(JavaMacro.of("get_column_schema_from_query(sql)", a -> columnsOfQuery(a.requiredString("sql"))));
        f.add(JavaMacro.of("commit()", a -> {
            adapter.commit();
            return "";
        }));
        f.add(JavaMacro.of("begin()", a -> {
            adapter.begin();
            return "";
        }));
        f.add(JavaMacro.of("rollback()", a -> {
            adapter.rollback();
            return "";
        }));
        f.add(JavaMacro.of("cache_added(relation)", a -> {
            adapter.cacheAdded(relation(a, "relation"));
            return "";
        }));
        f.add(JavaMacro.of("cache_dropped(relation)", a -> {
            adapter.cacheDropped(relation(a, "relation"));
            return "";
        }));
        f.add(JavaMacro.of("valid_incremental_strategies()", a -> adapter.dialect().incrementalStrategies().stream()
                .map(IncrementalStrategy::configName).collect(Collectors.toList())));
        f.add(JavaMacro.of("comment_on_relation(relation, comment)", a -> {
            adapter.commentOnRelation(relation(a, "relation"), a.requiredString("comment"));
            return "";
        }));
        f.add(JavaMacro.of("comment_on_column(relation, column, comment)", a -> {
            adapter.commentOnColumn(relation(a, "relation"), a.requiredString("column"), a.requiredString("comment"));
            return "";
        }));
        f.add(JavaMacro.of("load_seed(relation, seed_file, column_types, delimiter=',')", this::loadSeed));
        return f;
    }

    /** The relation as the database has it (with its type), or null when it does not exist. */
    JinjaRelation loadRelation(Relation relation) {
        return adapter.getRelation(relation.getDatabase(), relation.getSchema(), relation.getIdentifier())
                .map(JinjaRelation::of).orElse(null);
    }

    private static Relation relation(MacroArgs a, String name) {
        Object value = a.get(name);
        if (value instanceof Relation r) {
            return r;
        }
        throw new DvtException(ErrorCode.COMPILATION, "adapter method argument '" + name
                + "' must be a relation, got " + (value == null ? "None" : value.getClass().getSimpleName()));
    }

    private static List<JinjaRelation> wrap(List<Relation> relations) {
        return relations.stream().map(JinjaRelation::of).collect(Collectors.toList());
    }

    private List<Column> missingColumns(Relation from, Relation to) {
        Set<String> present = adapter.getColumns(to).stream().map(c -> c.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return adapter.getColumns(from).stream().filter(c -> !present.contains(c.getName().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
    }

    /** Widens the target's string columns that are narrower than the source's. */
    private void expandColumnTypes(Relation from, Relation to) {
        Map<String, Column> source = new LinkedHashMap<>();
        adapter.getColumns(from).forEach(c -> source.put(c.getName().toLowerCase(Locale.ROOT), c));
        for (Column target : adapter.getColumns(to)) {
            Column wider = source.get(target.getName().toLowerCase(Locale.ROOT));
            if (wider != null && target.canExpandTo(wider)) {
                adapter.execute("alter table " + to.render() + " alter column " + target.getQuoted() + " type "
                        + wider.getDataType(), false);
            }
        }
    }

    /** The columns a query would produce, without running it over data. */
    private List<Column> columnsOfQuery(String sql) {
        String probe = "select * from (" + sql.strip().replaceAll(";\\s*$", "") + ") as dvt_column_probe where 1 = 0";
        QueryResult result = adapter.execute(probe, true);
        String quote = adapter.dialect().quoteIdentifier("").substring(0, 1);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < result.columnNames().size(); i++) {
            columns.add(Column.fromTypeText(result.columnNames().get(i), result.columnTypes().get(i), quote));
        }
        return columns;
    }

    private Object loadSeed(MacroArgs a) {
        Map<String, String> types = new LinkedHashMap<>();
        if (a.get("column_types") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> types.put(String.valueOf(k), String.valueOf(v)));
        }
        String delimiter = a.string("delimiter");
        if (delimiter == null || delimiter.length() != 1) {
            throw new DvtException(ErrorCode.CONFIG, "seed delimiter must be one character, got '" + delimiter + "'");
        }
        Relation table = relation(a, "relation").withType(RelationType.TABLE);
        AdapterResponse r = adapter.loadSeed(table,
                SeedLoad.of(Path.of(a.requiredString("seed_file")), types, delimiter.charAt(0)));
        return new StatementResult.Response(r.message(), r.code(), r.rowsAffected());
    }
}
