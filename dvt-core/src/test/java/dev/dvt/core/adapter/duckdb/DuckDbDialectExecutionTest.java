package dev.dvt.core.adapter.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SimpleSelect;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.dialect.TypeSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the SQL the DuckDB dialect writes against embedded DuckDB. */
class DuckDbDialectExecutionTest {
    private static final SqlDialect D = DuckDbDialect.DEFAULT;
    private static final RelationName T = RelationName.of("s", "orders");
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        run(D.createSchemaIfNotExists(null, "s"));
        run(D.createTableIfNotExists(T, List.of(
                new ColumnDef("id", D.ddlType(TypeSpec.parse("int"))),
                new ColumnDef("amount", D.ddlType(TypeSpec.parse("decimal(10,2)"))))));
        run("INSERT INTO \"s\".\"orders\" VALUES (1, 10.00), (2, 20.00)");
        run(D.createTableAs(D.stagingRelation(T), "SELECT 2 AS id, 25.50 AS amount UNION ALL SELECT 3, 30.00"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void mergeUpdatesMatchedRowsAndInsertsNewOnes() throws SQLException {
        run(D.mergeSql(T, D.stagingRelation(T), List.of("id"), List.of("id", "amount")));
        assertThat(rows("SELECT id, amount FROM s.orders ORDER BY id")).containsExactly("1=10.00", "2=25.50", "3=30.00");
    }

    @Test
    void deleteInsertReplacesMatchedRows() throws SQLException {
        for (String sql : D.deleteInsertSql(T, D.stagingRelation(T), List.of("id", "amount"), List.of("id", "amount"))) {
            run(sql);
        }
        assertThat(rows("SELECT id, amount FROM s.orders ORDER BY id")).containsExactly("1=10.00", "2=20.00", "2=25.50", "3=30.00");
    }

    @Test
    void ddlRenameTruncateAndDropRun() throws SQLException {
        run(D.addColumn(T, new ColumnDef("note", D.ddlType(TypeSpec.parse("string")))));
        run(D.renameRelation(T, "orders_old"));
        RelationName old = T.withIdentifier("orders_old");
        run(D.createViewAs(T, "SELECT * FROM " + D.render(old)));
        assertThat(rows(D.wrapWithLimit("SELECT id, amount FROM " + D.render(T) + " ORDER BY id;", 1))).containsExactly("1=10.00");
        assertThat(rows(D.simpleSelect(SimpleSelect.from(D.render(old)).withColumns(List.of("id", "amount"))
                .withSamplePercent(100)))).hasSize(2);
        run(D.dropViewIfExists(T));
        run(D.truncateTable(old));
        assertThat(rows("SELECT id, amount FROM s.orders_old")).isEmpty();
        run(D.dropTableIfExists(old));
        run(D.dropTableIfExists(old));
    }

    private void run(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "=" + rs.getString(2));
            }
        }
        return out;
    }
}
