package dev.dvt.federation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.federation.plan.FederationPlanner;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.plan.SourcePlan;
import dev.dvt.federation.state.ColumnInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceExtractionTest {
    private static final InputRelation ORDERS = new InputRelation("source.p.raw.orders", null, "\"raw\"",
            "\"orders\"", List.of("id", "amount", "status"), "postgres");
    private static final SourceTable TABLE = new SourceTable(List.of(new ColumnInfo("id", "int4"),
            new ColumnInfo("amount", "numeric"), new ColumnInfo("status", "text")), List.of("id"));

    private static SourcePlan plan(String sql) {
        return new FederationPlanner().plan("model.p.m", sql, "postgres", List.of(ORDERS)).sources().get(0);
    }

    @Test
    void keyColumnsJoinAProjectionThatLacksThem() {
        SourcePlan planned = plan("select status, amount from \"raw\".\"orders\" where status = 'paid'");
        SourcePlan keyed = SourceExtraction.withKeyColumns(planned, TABLE);
        assertThat(keyed.columns()).containsExactly("id", "amount", "status");
        assertThat(keyed.extractionSql())
                .isEqualTo("SELECT \"id\", \"amount\", \"status\" FROM \"raw\".\"orders\" WHERE \"status\" = 'paid'");
        assertThat(keyed.fingerprint()).isNotEqualTo(planned.fingerprint());
        assertThat(keyed.viewName()).isEqualTo(planned.viewName());
    }

    @Test
    void plansWithTheKeyOrALimitStayAsPlanned() {
        SourcePlan withKey = plan("select id, status from \"raw\".\"orders\"");
        assertThat(SourceExtraction.withKeyColumns(withKey, TABLE)).isSameAs(withKey);
        SourcePlan limited = plan("select status from \"raw\".\"orders\" limit 5");
        assertThat(SourceExtraction.withKeyColumns(limited, TABLE)).isSameAs(limited);
    }
}
