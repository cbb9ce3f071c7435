package dev.dvt.compiler.runtime;

import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.Column;
import dev.dvt.spi.RelationType;
import java.util.HashMap;
import java.util.Map;

/** {@code api.Relation.create(database=, schema=, identifier=, type=)} and {@code api.Column.create(name, dtype)}. */
final class ApiObject {
    private ApiObject() {
    }

    static Map<String, Object> of(Adapter adapter) {
        Map<String, Object> relation = new HashMap<>();
        relation.put("create", JavaMacro.of("create(database=None, schema=None, identifier=None, type=None)",
                a -> JinjaRelation.of(adapter.relation(a.string("database"), a.string("schema"),
                        a.string("identifier"), a.get("type") == null ? null : RelationType.parse(a.string("type")))))
                .function());
        String quote = adapter.dialect().quoteIdentifier("").substring(0, 1);
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
