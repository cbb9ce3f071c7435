package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.sql.Identifiers;
import dev.dvt.federation.sql.InExpressionRepair;
import dev.dvt.federation.sql.QueryWalk;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Finds, in a parsed model query, what each input relation must deliver: the aliases it is used
 * under, the columns the query reads from it, the filters that can be applied at the source
 * without changing the result, and a row limit when that is safe.
 *
 * <p>Columns err on the side of reading more: an unqualified column counts for every input that
 * has it, and a star counts for every input in its SELECT. Filters err on the side of pushing
 * less: a filter is pushed to a relation only when every place that reads the relation applies it.
 */
final class QueryAnalyzer {
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "median",
            "mode", "first", "last", "any_value", "every", "group_concat", "listagg", "string_agg",
            "collect_list", "collect_set", "count_if", "countif", "arg_min", "arg_max", "argmin", "argmax",
            "min_by", "max_by", "corr", "xmlagg", "product", "entropy", "kurtosis", "skewness");
    private static final List<String> AGGREGATE_PREFIXES = List.of("stddev", "var", "percentile", "approx",
            "regr_", "covar", "array_agg", "json_agg", "jsonb_agg", "json_object_agg", "bit_", "bool_");

    /** One place in the query that reads an input. */
    private record Reference(InputRelation input, Table table, PlainSelect scope, String alias,
            FromEntry entry) {
        boolean direct() {
            return entry != null;
        }
    }

    /** What one input must deliver. {@code columns} is empty when {@code allColumns}. */
    record InputAnalysis(InputRelation input, List<String> aliases, boolean allColumns,
            List<String> columns, List<String> predicates, OptionalLong limit) {
    }

    private final Select select;
    private final List<InputRelation> inputs;
    private final QueryWalk walk;
    private final Map<PlainSelect, List<FromEntry>> entries = new IdentityHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final Map<InputRelation, Set<String>> columns = new LinkedHashMap<>();
    private final Set<InputRelation> allColumns = new LinkedHashSet<>();

    private QueryAnalyzer(Select select, List<InputRelation> inputs) {
        this.select = select;
        this.inputs = inputs;
        this.walk = QueryWalk.of(select);
    }

    /** The per-input results, in input order, and DVT005 notes on outer filters kept in the compute. */
    record Result(List<InputAnalysis> inputs, List<DvtWarning> warnings) {
    }

    static Result analyze(Select select, List<InputRelation> inputs) {
        requireNonNull(select, "select is null");
        requireNonNull(inputs, "inputs is null");
        return new QueryAnalyzer(select, inputs).run();
    }

    private Result run() {
        for (PlainSelect scope : walk.selects()) {
            InExpressionRepair.repair(scope);
            entries.put(scope, FromEntry.of(scope));
        }
        findReferences();
        inputs.forEach(input -> columns.put(input, new LinkedHashSet<>()));
        collectColumns();
        collectStars();
        Map<InputRelation, List<String>> predicates = new LinkedHashMap<>();
        for (InputRelation input : inputs) {
            predicates.put(input, predicatesFor(input));
        }
        List<InputAnalysis> result = new ArrayList<>();
        for (InputRelation input : inputs) {
            List<String> aliases = references.stream().filter(r -> r.input() == input)
                    .map(Reference::alias).distinct().toList();
            boolean all = allColumns.contains(input) || input.columns().isEmpty() || aliases.isEmpty();
            List<String> used = all ? List.of() : input.columns().stream()
                    .filter(columns.get(input)::contains).toList();
            if (!all && used.isEmpty()) {
                // count(*) and the like still need one column to keep the row count
                used = List.of(input.columns().get(0));
            }
            result.add(new InputAnalysis(input, aliases, all, used, predicates.get(input),
                    limitFor(input, predicates.get(input))));
        }
        return new Result(result, unpushedOuterFilters(predicates));
    }

    private void findReferences() {
        Map<Table, FromEntry> direct = new IdentityHashMap<>();
        entries.values().forEach(list -> list.forEach(e -> {
            if (e.item() instanceof Table t) {
                direct.put(t, e);
            }
        }));
        for (QueryWalk.TableUse use : walk.tables()) {
            Table table = use.table();
            boolean bare = table.getSchemaName() == null || table.getSchemaName().isEmpty();
            if (bare && walk.cteNames().contains(Identifiers.key(table.getName()))) {
                continue;
            }
            inputs.stream().filter(i -> i.matches(table)).findFirst().ifPresent(input ->
                    references.add(new Reference(input, table, use.scope(), FromEntry.aliasOf(table),
                            direct.get(table))));
        }
    }

    // ---- columns ----------------------------------------------------------------------------

    private void collectColumns() {
        for (QueryWalk.ColumnUse use : walk.columns()) {
            Column column = use.column();
            String name = Identifiers.unquote(column.getColumnName());
            if (qualifier(column) == null) {
                for (InputRelation input : inputs) {
                    input.realColumn(name).ifPresent(columns.get(input)::add);
                }
            } else {
                for (Reference ref : referencesNamedBy(column.getTable(), use.scope())) {
                    Optional<String> real = ref.input().realColumn(name);
                    if (real.isPresent()) {
                        columns.get(ref.input()).add(real.get());
                    } else {
                        // the known column list is not the whole truth: read everything
                        allColumns.add(ref.input());
                    }
                }
            }
        }
        for (PlainSelect scope : walk.selects()) {
            for (Join join : scope.getJoins() == null ? List.<Join>of() : scope.getJoins()) {
                if (join.isNatural()) {
                    referencesIn(scope).forEach(r -> allColumns.add(r.input()));
                }
                for (Column using : join.getUsingColumns()) {
                    referencesIn(scope).forEach(r -> r.input().realColumn(using.getColumnName())
                            .ifPresent(columns.get(r.input())::add));
                }
            }
            if (scope.getWindowDefinitions() != null && !scope.getWindowDefinitions().isEmpty()) {
                referencesIn(scope).forEach(r -> allColumns.add(r.input()));
            }
        }
    }

    private void collectStars() {
        for (PlainSelect scope : walk.selects()) {
            for (SelectItem<?> item : scope.getSelectItems()) {
                Expression e = item.getExpression();
                if (e instanceof AllTableColumns tableStar) {
                    referencesNamedBy(tableStar.getTable(), scope).forEach(r -> allColumns.add(r.input()));
                } else if (e instanceof AllColumns) {
                    referencesIn(scope).forEach(r -> allColumns.add(r.input()));
                }
            }
        }
    }

    private List<Reference> referencesIn(PlainSelect scope) {
        return references.stream().filter(r -> r.scope() == scope).toList();
    }

    /**
     * The input references a qualifier such as {@code o} or {@code raw.orders} names, looked up
     * from the innermost SELECT outwards as SQL does; when the scopes are unclear (the qualifier
     * names nothing visible), every reference with that alias anywhere.
     */
    private List<Reference> referencesNamedBy(Table qualifier, PlainSelect scope) {
        for (PlainSelect s = scope; s != null; s = walk.parents().get(s)) {
            PlainSelect current = s;
            List<Reference> here = references.stream()
                    .filter(r -> r.scope() == current && names(qualifier, r)).toList();
            if (!here.isEmpty()) {
                return here;
            }
            boolean shadowed = entries.getOrDefault(current, List.of()).stream()
                    .anyMatch(e -> e.alias() != null && Identifiers.sameName(e.alias(), qualifier.getName()));
            if (shadowed) {
                return List.of();
            }
        }
        return references.stream().filter(r -> names(qualifier, r)).toList();
    }

    private static boolean names(Table qualifier, Reference ref) {
        if (!Identifiers.sameName(qualifier.getName(), ref.alias())) {
            return false;
        }
        String schema = qualifier.getSchemaName();
        if (schema == null || schema.isEmpty()) {
            return true;
        }
        return ref.table().getAlias() == null && ref.input().schema() != null
                && Identifiers.sameName(schema, ref.input().schema());
    }

    private static String qualifier(Column column) {
        Table table = column.getTable();
        return table == null || table.getName() == null || table.getName().isEmpty() ? null : table.getName();
    }

    // ---- predicates -------------------------------------------------------------------------

    /** Filters every reference of the input applies; none if any reference applies none. */
    private List<String> predicatesFor(InputRelation input) {
        List<Reference> refs = references.stream().filter(r -> r.input() == input).toList();
        if (refs.isEmpty() || input.columns().isEmpty()) {
            return List.of();
        }
        List<String> common = null;
        for (Reference ref : refs) {
            List<String> own = predicatesOf(ref);
            if (common == null) {
                common = new ArrayList<>(own);
            } else {
                common.retainAll(own);
            }
        }
        return List.copyOf(common);
    }

    private List<String> predicatesOf(Reference ref) {
        Table table = ref.table();
        if (!ref.direct() || table.getSampleClause() != null || table.getPivot() != null
                || table.getUnPivot() != null) {
            return List.of();
        }
        List<Expression> candidates = new ArrayList<>(ref.entry().pushableOn());
        if (!ref.entry().nullSupplying()) {
            candidates.addAll(Conjuncts.split(ref.scope().getWhere()));
        }
        PredicateRenderer renderer = new PredicateRenderer(ref.input().sqlDialect(),
                column -> resolve(column, ref));
        Set<String> rendered = new LinkedHashSet<>();
        for (Expression conjunct : candidates) {
            renderer.render(conjunct).ifPresent(sql ->
                    rendered.add(conjunct instanceof OrExpression ? "(" + sql + ")" : sql));
        }
        return List.copyOf(rendered);
    }

    /** The real column a reference inside a filter of {@code ref}'s SELECT means, if it is ref's. */
    private Optional<String> resolve(Column column, Reference ref) {
        String name = Identifiers.unquote(column.getColumnName());
        if (qualifier(column) != null) {
            return names(column.getTable(), ref) ? ref.input().realColumn(name) : Optional.empty();
        }
        Optional<String> real = ref.input().realColumn(name);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        for (FromEntry other : entries.get(ref.scope())) {
            if (other == ref.entry()) {
                continue;
            }
            Optional<Reference> otherRef = references.stream()
                    .filter(r -> r.entry() == other).findFirst();
            boolean cannotHaveIt = otherRef.isPresent() && !otherRef.get().input().columns().isEmpty()
                    && otherRef.get().input().realColumn(name).isEmpty();
            if (!cannotHaveIt) {
                return Optional.empty();
            }
        }
        return real;
    }

    /**
     * A DVT005 note for each outer WHERE conjunct that names columns of exactly one input (all
     * qualified by its alias) yet is not pushed to it, so users see which filters run late.
     */
    private List<DvtWarning> unpushedOuterFilters(Map<InputRelation, List<String>> pushed) {
        if (!(select instanceof PlainSelect outer) || outer.getWhere() == null) {
            return List.of();
        }
        List<DvtWarning> warnings = new ArrayList<>();
        for (Expression conjunct : Conjuncts.split(outer.getWhere())) {
            List<Column> used = ColumnCollector.columnsOf(conjunct);
            List<Reference> named = references.stream().filter(r -> r.scope() == outer && r.direct()
                    && !used.isEmpty() && used.stream().allMatch(c -> qualifier(c) != null && names(c.getTable(), r)))
                    .toList();
            if (named.size() != 1) {
                continue;
            }
            Reference ref = named.get(0);
            PredicateRenderer renderer = new PredicateRenderer(ref.input().sqlDialect(), c -> resolve(c, ref));
            boolean isPushed = renderer.render(conjunct)
                    .map(sql -> pushed.get(ref.input()).contains(sql) || pushed.get(ref.input()).contains("(" + sql + ")"))
                    .orElse(false);
            if (!isPushed) {
                warnings.add(new DvtWarning(DvtWarning.NOT_PUSHED_DOWN, "The filter " + conjunct + " on "
                        + ref.input().key() + " runs in the compute engine, not at the source (it uses a construct "
                        + "that is not portable, the relation is read elsewhere without it, or it is on the "
                        + "optional side of an outer join)"));
            }
        }
        return warnings;
    }

    // ---- limit ------------------------------------------------------------------------------

    /**
     * The outer LIMIT, when reading only that many rows of the single input cannot change the
     * result: one input read once, straight from the outer FROM, every filter pushed, and nothing
     * that looks at other rows (joins, grouping, DISTINCT, aggregates, windows, ORDER BY, OFFSET).
     */
    private OptionalLong limitFor(InputRelation input, List<String> pushed) {
        if (inputs.size() != 1 || !(select instanceof PlainSelect outer)) {
            return OptionalLong.empty();
        }
        List<Reference> refs = references.stream().filter(r -> r.input() == input).toList();
        if (refs.size() != 1 || refs.get(0).scope() != outer || outer.getFromItem() != refs.get(0).table()
                || (outer.getJoins() != null && !outer.getJoins().isEmpty()) || outer.getLateralViews() != null
                || outer.getDistinct() != null || outer.getGroupBy() != null || outer.getHaving() != null
                || outer.getQualify() != null || outer.getOffset() != null
                || (outer.getOrderByElements() != null && !outer.getOrderByElements().isEmpty())
                || walk.windowed().contains(outer) || hasAggregate(outer)
                || Conjuncts.split(outer.getWhere()).size() != pushed.size()
                || refs.get(0).table().getSampleClause() != null) {
            return OptionalLong.empty();
        }
        return rowLimit(outer);
    }

    private boolean hasAggregate(PlainSelect scope) {
        return walk.functions().getOrDefault(scope, List.of()).stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .anyMatch(n -> AGGREGATES.contains(n) || AGGREGATE_PREFIXES.stream().anyMatch(n::startsWith));
    }

    private static OptionalLong rowLimit(PlainSelect outer) {
        Expression count = null;
        if (outer.getLimit() != null && outer.getLimit().getOffset() == null) {
            count = outer.getLimit().getRowCount();
        } else if (outer.getTop() != null && !outer.getTop().isPercentage() && !outer.getTop().isWithTies()) {
            count = outer.getTop().getExpression();
        } else if (outer.getFetch() != null) {
            count = outer.getFetch().getExpression();
        }
        if (count instanceof LongValue value && value.getValue() >= 0) {
            return OptionalLong.of(value.getValue());
        }
        return OptionalLong.empty();
    }
}
