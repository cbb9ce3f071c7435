package dev.dvt.federation.compute;

import dev.dvt.federation.sql.ViewNames;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The cases every compute engine must get right, with inputs written as Parquet by DuckDB. SQL is
 * written once with double-quoted identifiers and given to Spark with backticks.
 */
final class ComputeCases {
    static final String MODEL = "model.shop.order_totals";

    /**
     * @param expected the rows, ordered by all columns, values joined by {@code |}
     */
    record Case(String name, List<StagedInput> inputs, String sql, List<String> columns, List<String> expected) {
        String sqlFor(String engine) {
            return engine.equals(SparkCompute.ENGINE) ? sql.replace('"', '`') : sql;
        }

        ComputeJob job(String engine, Path output) {
            return new ComputeJob(MODEL, inputs, sqlFor(engine), output.toString());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ComputeCases() {
    }

    static String view(String alias) {
        return ViewNames.of(MODEL, alias);
    }

    static List<Case> create(Path dir) throws SQLException {
        StagedInput customers = new StagedInput(view("customers"), TestingParquet.write(dir.resolve("customers.parquet"),
                "SELECT i::INTEGER AS id, 'customer ' || i AS name FROM range(1, 6) t(i)"));
        StagedInput orders = new StagedInput(view("orders"), TestingParquet.write(dir.resolve("orders.parquet"),
                "SELECT i::INTEGER AS id, (i % 5 + 1)::INTEGER AS customer_id, CAST(i * 1.25 AS DECIMAL(12,2)) AS amount"
                        + " FROM range(1, 101) t(i)"));
        StagedInput sparse = new StagedInput(view("sparse"), TestingParquet.write(dir.resolve("sparse.parquet"),
                "SELECT i::INTEGER AS id, CASE WHEN i % 3 = 0 THEN NULL ELSE (i % 2)::INTEGER END AS k,"
                        + " CASE WHEN i % 2 = 0 THEN NULL ELSE 'v' || i END AS v FROM range(1, 13) t(i)"));
        StagedInput typed = new StagedInput(view("typed"), TestingParquet.write(dir.resolve("typed.parquet"),
                "SELECT 1 AS id, CAST(12.345 AS DECIMAL(10,3)) AS price, DATE '2024-02-29' AS d,"
                        + " TIMESTAMP '2024-03-01 12:34:56.789' AS ts"
                        + " UNION ALL SELECT 2, CAST(-0.5 AS DECIMAL(10,3)), DATE '1999-12-31', TIMESTAMP '1999-12-31 23:59:59'"
                        + " UNION ALL SELECT 3, NULL, NULL, NULL"));
        StagedInput empty = new StagedInput(view("empty"), TestingParquet.write(dir.resolve("empty.parquet"),
                "SELECT 1::INTEGER AS id, 'x' AS name LIMIT 0"));
        StagedInput mixedCase = new StagedInput(view("mixed_case"), TestingParquet.write(dir.resolve("mixed_case.parquet"),
                "SELECT 1::INTEGER AS \"CustomerID\", 'a' AS \"Note\" UNION ALL SELECT 2, 'B'"));
        return List.of(
                new Case("join and group-by", List.of(orders, customers),
                        "SELECT c.name, count(*) AS orders, sum(o.amount) AS total FROM " + view("orders") + " o JOIN "
                                + view("customers") + " c ON o.customer_id = c.id WHERE o.id > 10 GROUP BY c.name",
                        List.of("name", "orders", "total"),
                        List.of("customer 1|18|1293.75", "customer 2|18|1203.75", "customer 3|18|1226.25",
                                "customer 4|18|1248.75", "customer 5|18|1271.25")),
                new Case("null-heavy input", List.of(sparse),
                        "SELECT k, count(*) AS n, count(v) AS nv, max(v) AS mx FROM " + view("sparse") + " GROUP BY k",
                        List.of("k", "n", "nv", "mx"),
                        List.of("0|4|0|null", "1|4|4|v7", "null|4|2|v9")),
                new Case("decimals, dates and timestamps", List.of(typed),
                        "SELECT id, price, price * 2 AS doubled, d, ts, CAST(ts AS DATE) AS day FROM " + view("typed"),
                        List.of("id", "price", "doubled", "d", "ts", "day"),
                        List.of("1|12.345|24.690|2024-02-29|2024-03-01 12:34:56.789|2024-03-01",
                                "2|-0.500|-1.000|1999-12-31|1999-12-31 23:59:59.0|1999-12-31",
                                "3|null|null|null|null|null")),
                new Case("empty input", List.of(empty),
                        "SELECT id, name FROM " + view("empty") + " WHERE id > 0;",
                        List.of("id", "name"),
                        List.of()),
                new Case("case-sensitive column names", List.of(mixedCase),
                        "SELECT \"CustomerID\", upper(\"Note\") AS \"UpperNote\" FROM " + view("mixed_case"),
                        List.of("CustomerID", "UpperNote"),
                        List.of("1|A", "2|B")));
    }
}
