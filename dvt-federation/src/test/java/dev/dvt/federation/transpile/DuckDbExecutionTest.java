package dev.dvt.federation.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.federation.plan.FederationPlan;
import dev.dvt.federation.plan.FederationPlanner;
import dev.dvt.federation.plan.InputRelation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs transpiled SQL on embedded DuckDB over views registered the way the engine will. */
class DuckDbExecutionTest {
    private static final InputRelation ORDERS = new InputRelation("source.p.raw.orders", null, "\"raw\"",
            "\"orders\"", List.of("id", "CustomerID", "amount", "status", "note"), "postgres");
    private static final InputRelation CUSTOMERS = new InputRelation("source.p.crm.customers", null, "`crm`",
            "`customers`", List.of("id", "name"), "mysql");

    private List<String> run(String modelSql, String dialect) throws Exception {
        FederationPlan plan = new FederationPlanner().plan("model.p.m", modelSql, dialect, List.of(ORDERS, CUSTOMERS));
        String sql = new ComputeTranspiler().transpile(modelSql, dialect, ComputeDialect.DUCKDB, ViewBinding.of(plan));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE o_data AS SELECT * FROM (VALUES (1, 10, 5.5, 'paid', 'it''s'), "
                    + "(2, 20, 7.25, 'open', NULL), (3, 10, 1.0, 'PAID', 'x')) t(id, \"CustomerID\", amount, status, note)");
            s.execute("CREATE TABLE c_data AS SELECT * FROM (VALUES (10, 'Ann'), (20, 'Bob')) t(id, name)");
            // the staged extraction of each input, as the engine registers it
            for (var source : plan.sources()) {
                String data = source.input() == ORDERS ? "o_data" : "c_data";
                String columns = source.allColumns() ? "*" : String.join(", ",
                        source.columns().stream().map(col -> "\"" + col + "\"").toList());
                s.execute("CREATE VIEW " + source.viewName() + " AS SELECT " + columns + " FROM " + data);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(String.valueOf(rs.getObject(i)));
                    }
                    rows.add(String.join("|", row));
                }
            }
            return rows;
        }
    }

    @Test
    void postgresJoinWithCaseSensitiveColumnRuns() throws Exception {
        assertThat(run("SELECT o.id, c.name, o.amount::numeric(10,2) FROM \"raw\".\"orders\" o "
                + "JOIN `crm`.`customers` c ON o.customerid = c.id WHERE o.status ILIKE 'paid' ORDER BY o.id", "postgres"))
                .containsExactly("1|Ann|5.50", "3|Ann|1.00");
    }

    @Test
    void mysqlAggregateRuns() throws Exception {
        assertThat(run("SELECT c.name, GROUP_CONCAT(o.id ORDER BY o.id SEPARATOR '-'), IFNULL(MAX(o.note), \"none\") "
                + "FROM crm.customers c LEFT JOIN raw.orders o ON o.CustomerID = c.id GROUP BY c.name ORDER BY c.name",
                "mysql")).containsExactly("Ann|1-3|x", "Bob|2|none");
    }

    @Test
    void sqlServerTopAndConcatenationRun() throws Exception {
        assertThat(run("SELECT TOP 2 [o].[status] + '/' + o.note AS label, LEN(o.status) FROM [raw].[orders] o "
                + "WHERE o.note IS NOT NULL ORDER BY o.id", "sqlserver")).containsExactly("paid/it's|4", "PAID/x|4");
    }
}
