package dev.dvt.it.seed;

import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A project with a PostgreSQL, a MariaDB and a DuckDB target, whose seeds folder has one folder
 * per target ({@code seeds/pg/…} is loaded into PostgreSQL), and computes.yml with the embedded
 * DuckDB compute as default and a Spark 4 compute. Seed files are written by the tests with
 * embedded DuckDB.
 */
final class SeedFormatProject {
    static final List<String> TARGETS = List.of("pg", "maria", "duck");

    private SeedFormatProject() {
    }

    static void write(Path project, TestingPostgresServer postgres, TestingMariaDbServer mariadb) throws IOException {
        Files.writeString(project.resolve("dbt_project.yml"), """
                name: fmt
                version: '1.0'
                config-version: 2
                profile: fmt
                seeds:
                  fmt:
                    pg: {+target: pg}
                    maria: {+target: maria}
                    duck: {+target: duck}
                """);
        Files.writeString(project.resolve("profiles.yml"), """
                fmt:
                  target: pg
                  outputs:
                    pg: {type: postgres, host: 127.0.0.1, port: 5432, user: postgres, password: "", dbname: %s, schema: analytics}
                    maria: {type: mariadb, server: 127.0.0.1, port: 3306, username: root, password: "", schema: %s}
                    duck: {type: duckdb, path: fmt.duckdb, schema: main}
                """.formatted(postgres.database(), mariadb.database()));
        Files.writeString(project.resolve("computes.yml"), """
                fmt:
                  target: local_duckdb
                  computes:
                    local_duckdb: {type: duckdb}
                    spark4:
                      type: spark
                      version: "4.0.1"
                      master: "local[1]"
                      config:
                        spark.driver.memory: 1g
                        spark.sql.shuffle.partitions: "1"
                """);
        for (String target : TARGETS) {
            Files.createDirectories(project.resolve("seeds").resolve(target));
        }
    }

    /** rates: id INTEGER, rate DECIMAL(6,2), day DATE, label VARCHAR (NULL in row 3), seen TIMESTAMP, active BOOLEAN. */
    static void ratesParquet(Path file) throws SQLException {
        duckdb("COPY (SELECT CAST(i AS INTEGER) AS id, CAST(i * 1.25 AS DECIMAL(6,2)) AS rate,"
                + " DATE '2024-01-01' + CAST(i AS INTEGER) AS day, CASE WHEN i = 3 THEN NULL ELSE 'rate ' || i END AS label,"
                + " TIMESTAMP '2024-03-01 10:30:00' + to_hours(CAST(i AS INTEGER)) AS seen, i % 2 = 0 AS active"
                + " FROM range(1, 5) t(i) ORDER BY i) TO '" + file + "' (FORMAT parquet)");
    }

    /** The rows of {@link #ratesParquet} as id|rate|day|label|seen|active. */
    static final List<String> RATES = List.of(
            "1|1.25|2024-01-02|rate 1|2024-03-01 11:30:00|false",
            "2|2.50|2024-01-03|rate 2|2024-03-01 12:30:00|true",
            "3|3.75|2024-01-04|null|2024-03-01 13:30:00|false",
            "4|5.00|2024-01-05|rate 4|2024-03-01 14:30:00|true");

    /** people, newline-delimited: id, name, born (a date DuckDB recognises), score. */
    static void peopleJsonLines(Path file) throws IOException {
        Files.writeString(file, """
                {"id": 1, "name": "Ana", "born": "1990-05-01", "score": 1.5}
                {"id": 2, "name": "Bo", "born": "1985-12-31", "score": 2.25}
                {"id": 3, "name": null, "born": "2001-07-04", "score": -0.5}
                """);
    }

    static final List<String> PEOPLE = List.of("1|Ana|1990-05-01|1.5", "2|Bo|1985-12-31|2.25", "3|null|2001-07-04|-0.5");

    /** cities, one JSON array. */
    static void citiesJsonArray(Path file) throws IOException {
        Files.writeString(file, "[\n  {\"city_id\": 10, \"city\": \"Oslo\"},\n  {\"city_id\": 20, \"city\": \"Lima\"}\n]\n");
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            value = t.toLocalDateTime();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(value);
    }

    static void duckdb(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Each row as its values joined by '|', written the same way whatever the database: NULL as
     * "null", booleans as true/false, timestamps as {@code yyyy-MM-dd HH:mm:ss}, decimals as written.
     */
    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(text(rs.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
