package dev.dvt.federation.plan;

import dev.dvt.federation.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralView;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * One item of a SELECT's FROM list (the first item or a join's right side) with what its join
 * means for pushing filters: whether the item is on the null-supplying side of an outer join, and
 * the ON conjuncts that may be pushed into it.
 */
record FromEntry(FromItem item, String alias, boolean nullSupplying, List<Expression> pushableOn) {

    /** The FROM entries of a SELECT in order; lateral views count as opaque entries. */
    static List<FromEntry> of(PlainSelect select) {
        List<FromItem> items = new ArrayList<>();
        List<Boolean> nullSupplying = new ArrayList<>();
        List<List<Expression>> onConjuncts = new ArrayList<>();
        if (select.getFromItem() != null) {
            items.add(select.getFromItem());
            nullSupplying.add(false);
            onConjuncts.add(new ArrayList<>());
        }
        List<Join> joins = select.getJoins() == null ? List.of() : select.getJoins();
        for (Join join : joins) {
            int index = items.size();
            items.add(join.getFromItem());
            onConjuncts.add(new ArrayList<>());
            boolean left = join.isLeft() || (join.isOuter() && !join.isRight() && !join.isFull());
            nullSupplying.add(false);
            // An ON conjunct drops the rows of a side whose unmatched rows the join does not keep;
            // a side already null-extended by an earlier outer join is left alone, because
            // filtering it would change which rows get null-extended.
            List<Expression> conjuncts = new ArrayList<>();
            for (Expression on : join.getOnExpressions()) {
                conjuncts.addAll(Conjuncts.split(on));
            }
            if (!join.isFull() && !join.isApply()) {
                if (!join.isRight()) {
                    onConjuncts.get(index).addAll(conjuncts);
                }
                if (!left) {
                    for (int i = 0; i < index; i++) {
                        if (!nullSupplying.get(i)) {
                            onConjuncts.get(i).addAll(conjuncts);
                        }
                    }
                }
            }
            if (left || join.isFull()) {
                nullSupplying.set(index, true);
            }
            if (join.isRight() || join.isFull()) {
                for (int i = 0; i < index; i++) {
                    nullSupplying.set(i, true);
                }
            }
        }
        List<FromEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            entries.add(new FromEntry(items.get(i), aliasOf(items.get(i)), nullSupplying.get(i), onConjuncts.get(i)));
        }
        if (select.getLateralViews() != null) {
            for (LateralView view : select.getLateralViews()) {
                String alias = view.getColumnAlias() == null ? null : Identifiers.unquote(view.getColumnAlias().getName());
                entries.add(new FromEntry(null, alias, true, List.of()));
            }
        }
        return entries;
    }

    /** The name the query uses for the item: its alias, or a table's own name. */
    static String aliasOf(FromItem item) {
        if (item == null) {
            return null;
        }
        Alias alias = item.getAlias();
        if (alias != null && alias.getName() != null) {
            return Identifiers.unquote(alias.getName());
        }
        return item instanceof Table table ? Identifiers.unquote(table.getName()) : null;
    }
}
