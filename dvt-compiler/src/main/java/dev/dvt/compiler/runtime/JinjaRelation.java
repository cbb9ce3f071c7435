package dev.dvt.compiler.runtime;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.compiler.jinja.MacroArgs;
import dev.dvt.compiler.jinja.MappingView;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Relation} as templates use it: besides the getters, the methods dbt macros call with
 * keyword arguments — {@code include(database=False)}, {@code incorporate(path={...}, type='view')},
 * {@code quote(identifier=False)}, {@code replace_path(...)} — and {@code render()}. Prints as its
 * rendered name. Like dbt's relation it is also a mapping, whose {@code metadata.type} ends in
 * {@code Relation}.
 */
public final class JinjaRelation extends Relation implements PyishSerializable, MappingView {

    private JinjaRelation(String database, String schema, String identifier, RelationType type, SqlDialect dialect,
            Parts quoting, Parts included) {
        super(database, schema, identifier, type, dialect, quoting, included);
    }

    /** The template view of {@code relation} (itself when it already is one). */
    public static JinjaRelation of(Relation relation) {
        if (relation == null || relation instanceof JinjaRelation) {
            return (JinjaRelation) relation;
        }
        return new JinjaRelation(relation.getDatabase(), relation.getSchema(), relation.getIdentifier(),
                relation.relationType(), relation.dialect(), relation.quoting(), relation.included());
    }

    @Override
    protected Relation copy(String database, String schema, String identifier, RelationType type, Parts quoting,
            Parts included) {
        return new JinjaRelation(database, schema, identifier, type, dialect(), quoting, included);
    }

    /** dbt's relation class name for this relation's adapter, e.g. {@code DuckdbRelation}. */
    public String relationClassName() {
        String adapter = dialect().name();
        return adapter.isEmpty() ? "BaseRelation"
                : Character.toUpperCase(adapter.charAt(0)) + adapter.substring(1) + "Relation";
    }

    @Override
    public Map<String, Object> asMapping() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", getPath());
        map.put("type", getType());
        map.put("quote_policy", getQuotePolicy());
        map.put("include_policy", getIncludePolicy());
        map.put("database", getDatabase());
        map.put("schema", getSchema());
        map.put("identifier", getIdentifier());
        map.put("name", getName());
        map.put("metadata", Map.of("type", relationClassName()));
        return map;
    }

    public Map<String, Object> getPath() {
        Map<String, Object> path = new LinkedHashMap<>();
        path.put("database", getDatabase());
        path.put("schema", getSchema());
        path.put("identifier", getIdentifier());
        return path;
    }

    public Map<String, Object> getQuotePolicy() {
        return policy(quoting());
    }

    public Map<String, Object> getIncludePolicy() {
        return policy(included());
    }

    private static Map<String, Object> policy(Parts parts) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("database", parts.database());
        map.put("schema", parts.schema());
        map.put("identifier", parts.identifier());
        return map;
    }

    /** {@code include(database=None, schema=None, identifier=None)}: which parts render. */
    public MacroFunction getInclude() {
        return JavaMacro.of("include(database=None, schema=None, identifier=None)",
                a -> withIncluded(parts(a, included()))).function();
    }

    /** {@code quote(database=None, schema=None, identifier=None)}: which parts are quoted. */
    public MacroFunction getQuote() {
        return JavaMacro.of("quote(database=None, schema=None, identifier=None)",
                a -> withQuoting(parts(a, quoting()))).function();
    }

    /** {@code incorporate(path=None, type=None)}: a copy with some name parts or the type replaced. */
    public MacroFunction getIncorporate() {
        return JavaMacro.of("incorporate(path=None, type=None)", a -> {
            Relation r = this;
            if (a.get("path") instanceof Map<?, ?> path) {
                r = replace(r, path);
            }
            if (a.get("type") != null) {
                r = r.withType(RelationType.parse(a.string("type")));
            }
            return r;
        }).function();
    }

    /** {@code replace_path(database=None, schema=None, identifier=None)}. */
    public MacroFunction getReplacePath() {
        return JavaMacro.of("replace_path(**kwargs)", a -> replace(this, a.kwargs())).function();
    }

    public JinjaRelation withoutIdentifier() {
        return (JinjaRelation) withIncluded(new Parts(included().database(), included().schema(), false));
    }

    private static Relation replace(Relation r, Map<?, ?> path) {
        Relation out = r;
        if (path.containsKey("identifier")) {
            out = out.withIdentifier(stringOrNull(path.get("identifier")));
        }
        if (path.containsKey("schema")) {
            out = out.withSchema(stringOrNull(path.get("schema")));
        }
        if (path.containsKey("database")) {
            out = ((JinjaRelation) out).withDatabase(stringOrNull(path.get("database")));
        }
        return out;
    }

    private JinjaRelation withDatabase(String database) {
        return new JinjaRelation(database, getSchema(), getIdentifier(), relationType(), dialect(), quoting(),
                included());
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }

    private static Parts parts(MacroArgs a, Parts current) {
        return new Parts(flag(a.get("database"), current.database()), flag(a.get("schema"), current.schema()),
                flag(a.get("identifier"), current.identifier()));
    }

    private static boolean flag(Object value, boolean current) {
        return value == null ? current : value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws IOException {
        appendable.append(render());
        return appendable;
    }
}
