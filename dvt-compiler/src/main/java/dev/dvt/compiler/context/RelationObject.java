package dev.dvt.compiler.context;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A relation as templates see it ({@code ref('x')}, {@code source('a','b')}, {@code this}):
 * {@code .database}, {@code .schema}, {@code .identifier}, {@code .name}, {@code .include(...)},
 * and printed as its quoted name. The quoting policy and the dialect's quote function are fixed
 * when it is made.
 */
public final class RelationObject implements PyishSerializable {

    /** Quotes one identifier, e.g. {@code SqlDialect::quoteIdentifier}. */
    @FunctionalInterface
    public interface Quoter {
        String quote(String identifier);
    }

    private final String database;
    private final String schema;
    private final String identifier;
    private final boolean[] quote;
    private final boolean[] include;
    private final Quoter quoter;
    private final Integer limit;
    private final boolean limitAlias;

    /**
     * @param quote whether to quote database, schema and identifier (in that order)
     */
    public RelationObject(String database, String schema, String identifier, boolean[] quote, Quoter quoter) {
        this(database, schema, identifier, quote.clone(), new boolean[] {true, true, true}, quoter, null, true);
    }

    private RelationObject(String database, String schema, String identifier, boolean[] quote, boolean[] include,
            Quoter quoter, Integer limit, boolean limitAlias) {
        this.database = database;
        this.schema = schema;
        this.identifier = identifier;
        this.quote = quote;
        this.include = include;
        this.quoter = quoter;
        this.limit = limit;
        this.limitAlias = limitAlias;
    }

    /**
     * A copy printed as a subquery reading at most {@code rows} rows, as dbt's {@code --empty}
     * does with 0: {@code (select * from x where false limit 0) _dbt_limit_subq_x}; the alias only
     * when {@code alias} (the database requires one).
     */
    public RelationObject withLimit(int rows, boolean alias) {
        return new RelationObject(database, schema, identifier, quote, include, quoter, rows, alias);
    }

    /** An ephemeral model's relation: only the CTE name, never quoted. */
    public static RelationObject cte(String name) {
        return new RelationObject(null, null, name, new boolean[] {false, false, false}, s -> s);
    }

    public String getDatabase() {
        return database;
    }

    public String getSchema() {
        return schema;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getName() {
        return identifier;
    }

    public String getTable() {
        return identifier;
    }

    /** {@code relation.include(database=False)}: a copy printed without the parts turned off. */
    public RelationObject include(Object... args) {
        boolean[] next = include.clone();
        String[] order = {"database", "schema", "identifier"};
        int position = 0;
        for (Object arg : args) {
            if (arg instanceof NamedParameter named) {
                for (int i = 0; i < order.length; i++) {
                    if (order[i].equals(named.getName())) {
                        next[i] = truthy(named.getValue());
                    }
                }
            } else if (position < 3) {
                next[position++] = truthy(arg);
            }
        }
        return new RelationObject(database, schema, identifier, quote, next, quoter, limit, limitAlias);
    }

    /** {@code relation.render()}: the quoted name, without a --empty limit. */
    public String render() {
        List<String> parts = new ArrayList<>(3);
        String[] values = {database, schema, identifier};
        for (int i = 0; i < 3; i++) {
            if (include[i] && values[i] != null && !values[i].isEmpty()) {
                parts.add(quote[i] ? quoter.quote(values[i]) : values[i]);
            }
        }
        return String.join(".", parts);
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    @Override
    public String toString() {
        if (limit == null) {
            return render();
        }
        String filter = limit == 0 ? " where false limit 0" : " limit " + limit;
        return "(select * from " + render() + filter + ")" + (limitAlias ? " _dbt_limit_subq_" + identifier : "");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws IOException {
        return (T) appendable.append(toString());
    }
}
