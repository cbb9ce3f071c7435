package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.sql.SqlDialect;
import dev.dvt.federation.sql.SqlParsing;
import dev.dvt.federation.sql.ViewNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.statement.select.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the extraction side of a federated model from its compiled SQL: per input, the columns,
 * filters and limit to push to the input's database, the extraction query in that database's
 * dialect with its fingerprint, and the compute view name. SQL that cannot be analysed still gets
 * a correct plan: every input is read in full, with a DVT005 warning.
 */
public final class FederationPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(FederationPlanner.class);

    /**
     * @param modelSql the model's compiled SQL, in the model target's dialect
     * @param modelDialect the adapter type of the model's target (the SQL's dialect)
     * @param inputs the relations the model reads, in dependency order
     */
    public FederationPlan plan(String modelUniqueId, String modelSql, String modelDialect,
            List<InputRelation> inputs) {
        requireNonNull(modelUniqueId, "modelUniqueId is null");
        requireNonNull(modelSql, "modelSql is null");
        requireNonNull(modelDialect, "modelDialect is null");
        List<InputRelation> relations = List.copyOf(requireNonNull(inputs, "inputs is null"));
        QueryAnalyzer.Result analysis;
        try {
            Select select = SqlParsing.parseSelect(modelSql, SqlDialect.of(modelDialect));
            analysis = QueryAnalyzer.analyze(select, relations);
        } catch (JSQLParserException e) {
            return fallback(modelUniqueId, modelSql, relations, "its SQL cannot be parsed ("
                    + SqlParsing.describe(e) + ")");
        } catch (RuntimeException e) {
            LOG.warn("Analysis of {} failed; reading its inputs in full", modelUniqueId, e);
            return fallback(modelUniqueId, modelSql, relations, "its SQL could not be analysed ("
                    + e.getClass().getSimpleName() + ")");
        }
        Set<String> usedViews = new HashSet<>();
        List<SourcePlan> sources = new ArrayList<>();
        for (QueryAnalyzer.InputAnalysis a : analysis.inputs()) {
            if (a.aliases().isEmpty()) {
                LOG.warn("{} does not name {} as {}; it is read in full", modelUniqueId, a.input().key(),
                        ExtractionQuery.relationName(a.input()));
            }
            String viewName = uniqueView(modelUniqueId, a.aliases().isEmpty() ? a.input().tableName()
                    : a.aliases().get(0), usedViews);
            ExtractionQuery query = ExtractionQuery.build(a.input(), a.columns(), a.predicates(), a.limit());
            sources.add(new SourcePlan(a.input(), a.aliases(), viewName, a.allColumns(), a.columns(),
                    a.predicates(), a.limit(), query));
        }
        return new FederationPlan(modelUniqueId, modelSql, true, sources, analysis.warnings());
    }

    private static FederationPlan fallback(String modelUniqueId, String modelSql, List<InputRelation> inputs,
            String reason) {
        Set<String> usedViews = new HashSet<>();
        List<SourcePlan> sources = new ArrayList<>();
        for (InputRelation input : inputs) {
            ExtractionQuery query = ExtractionQuery.build(input, List.of(), List.of(), OptionalLong.empty());
            sources.add(new SourcePlan(input, List.of(), uniqueView(modelUniqueId, input.tableName(), usedViews),
                    true, List.of(), List.of(), OptionalLong.empty(), query));
        }
        DvtWarning warning = new DvtWarning(DvtWarning.NOT_PUSHED_DOWN, "Nothing is pushed down to the sources of "
                + modelUniqueId + " because " + reason + "; every input is read in full and all "
                + "filtering runs in the compute engine");
        return new FederationPlan(modelUniqueId, modelSql, false, sources, List.of(warning));
    }

    private static String uniqueView(String modelUniqueId, String alias, Set<String> used) {
        String base = ViewNames.of(modelUniqueId, alias);
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
