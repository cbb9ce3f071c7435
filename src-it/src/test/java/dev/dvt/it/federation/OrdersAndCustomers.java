package dev.dvt.it.federation;

import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project several federation tests share: 1,000 orders in PostgreSQL ({@code crm.orders}),
 * ten customers in MariaDB, profile {@code fed} with outputs {@code pg} and {@code maria}, and
 * both tables declared as sources.
 */
public final class OrdersAndCustomers {
    /** Revenue per region: the model body joining the two sources. */
    public static final String REVENUE_SQL = "select c.region, count(*) as orders, sum(o.amount) as revenue\n"
            + "from {{ source('crm', 'orders') }} o\njoin {{ source('shop', 'customers') }} c on c.id = o.customer_id\n"
            + "where o.amount > 10\ngroup by c.region\n";

    private OrdersAndCustomers() {
    }

    /** Creates the tables and writes the project; {@code moreOutputs} are extra profile output lines. */
    public static void create(Path project, TestingPostgresServer postgres, TestingMariaDbServer mariadb,
            String moreOutputs) throws Exception {
        createTables(postgres, mariadb);
        writeProject(project, postgres, mariadb, moreOutputs);
    }

    /** The 1,000 orders in PostgreSQL's {@code crm.orders} and the ten MariaDB customers. */
    public static void createTables(TestingPostgresServer postgres, TestingMariaDbServer mariadb) {
        postgres.execute("create schema crm; create table crm.orders(id int primary key, customer_id int, amount numeric(10,2));"
                + " insert into crm.orders select g, g % 10, g * 1.5 from generate_series(1, 1000) g");
        mariadb.execute("create table customers(id int primary key, name varchar(50), region varchar(10))");
        mariadb.execute("insert into customers values (0,'Ana','EU'),(1,'Bo','US'),(2,'Cy','EU'),(3,'Di','APAC'),"
                + "(4,'Ed','US'),(5,'Fa','EU'),(6,'Gu','US'),(7,'Ha','EU'),(8,'Io','APAC'),(9,'Jo','US')");
    }

    private static void writeProject(Path project, TestingPostgresServer postgres, TestingMariaDbServer mariadb,
            String moreOutputs) throws Exception {
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: fed\nversion: '1.0'\nconfig-version: 2\nprofile: fed\n");
        Files.writeString(project.resolve("profiles.yml"), """
                fed:
                  target: pg
                  outputs:
                    pg: {type: postgres, host: 127.0.0.1, port: 5432, user: postgres, password: "", dbname: %s, schema: analytics}
                    maria: {type: mariadb, server: 127.0.0.1, port: 3306, username: root, password: "", schema: %s}
                """.formatted(postgres.database(), mariadb.database()) + moreOutputs);
        Files.writeString(project.resolve("models/sources.yml"), """
                version: 2
                sources:
                  - name: crm
                    connection: pg
                    tables: [{name: orders}]
                  - name: shop
                    connection: maria
                    schema: %s
                    tables: [{name: customers}]
                """.formatted(mariadb.database()));
    }
}
