package dev.dvt.federation.transpile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.util.deparser.SelectDeParser;

/**
 * jsqlparser's SELECT deparser, writing input tables as their compute views. A view keeps the
 * alias the query gave the table, or takes the table's own name as alias, so every column
 * qualifier of the original query still resolves.
 */
final class ComputeSelectWriter extends SelectDeParser {
    private final ComputeExpressionWriter expressions;
    private final ViewBindings views;

    ComputeSelectWriter(ComputeExpressionWriter expressions, StringBuilder buffer, ViewBindings views) {
        super(expressions, buffer);
        this.expressions = expressions;
        this.views = views;
    }

    @Override
    public <S> StringBuilder visit(Table table, S context) {
        if (table.getPivot() != null || table.getUnPivot() != null) {
            throw expressions.untranslatable("PIVOT/UNPIVOT", "write it with CASE and GROUP BY", table);
        }
        if (table.getSampleClause() != null) {
            throw expressions.untranslatable("TABLESAMPLE", "sampling syntax differs between databases", table);
        }
        Optional<String> view = views.viewFor(table);
        if (view.isPresent()) {
            String alias = table.getAlias() != null ? table.getAlias().getName() : table.getName();
            builder.append(view.get()).append(" AS ").append(expressions.identifier(alias));
            return builder;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {table.getDatabaseName(), table.getSchemaName(), table.getName()}) {
            if (part != null && !part.isEmpty()) {
                parts.add(expressions.identifier(part));
            }
        }
        builder.append(String.join(".", parts));
        if (table.getAlias() != null) {
            builder.append(" AS ").append(expressions.identifier(table.getAlias().getName()));
        }
        return builder;
    }
}
