package dev.dvt.core.catalog;

import dev.dvt.core.adapter.postgres.PostgresCompatibleDialect;
import dev.dvt.core.dialect.SqlDialect;

/**
 * The SQL that lists a schema's relations and columns. The default reads the standard
 * information_schema (DuckDB, PostgreSQL, MySQL/MariaDB and most others), without comments or
 * owners; subclasses add them where the database keeps them. Each query takes the schema name as
 * its only parameter and returns, in this order: table_catalog, table_schema, table_name,
 * table_type, table_comment, table_owner, column_name, ordinal_position, data_type,
 * column_comment, ordered by table and ordinal position.
 */
public class CatalogQueries {
    public static final CatalogQueries STANDARD = new CatalogQueries();

    /**
     * The variant for a dialect: DuckDB, MySQL/MariaDB and PostgreSQL add comments (PostgreSQL also
     * owners); PostgreSQL-compatible systems without a full pg_catalog and all others use the standard.
     */
    public static CatalogQueries forDialect(SqlDialect dialect) {
        if (dialect instanceof PostgresCompatibleDialect) {
            return STANDARD;
        }
        return switch (dialect.name()) {
            case "postgres" -> new Postgres();
            case "duckdb" -> new DuckDb();
            case "mysql", "mariadb" -> new MySql();
            default -> STANDARD;
        };
    }

    public String columnsSql() {
        return "select t.table_catalog, t.table_schema, t.table_name, t.table_type,"
                + " cast(null as varchar(1)) as table_comment, cast(null as varchar(1)) as table_owner,"
                + " c.column_name, c.ordinal_position, c.data_type, cast(null as varchar(1)) as column_comment"
                + " from information_schema.tables t"
                + " join information_schema.columns c on c.table_schema = t.table_schema"
                + " and c.table_name = t.table_name"
                + " where lower(t.table_schema) = lower(?)"
                + " order by t.table_name, c.ordinal_position";
    }

    /** DuckDB keeps comments in duckdb_tables() / duckdb_views() / duckdb_columns(). */
    static final class DuckDb extends CatalogQueries {
        @Override
        public String columnsSql() {
            return "with rel as ("
                    + " select database_name, schema_name, table_name as name, 'BASE TABLE' as kind, comment"
                    + " from duckdb_tables()"
                    + " union all select database_name, schema_name, view_name, 'VIEW', comment from duckdb_views()"
                    + " where not internal)"
                    + " select r.database_name, r.schema_name, r.name, r.kind, r.comment, null,"
                    + " c.column_name, c.column_index, c.data_type, c.comment"
                    + " from rel r join duckdb_columns() c on c.database_name = r.database_name"
                    + " and c.schema_name = r.schema_name and c.table_name = r.name"
                    + " where lower(r.schema_name) = lower(?)"
                    + " order by r.name, c.column_index";
        }
    }

    /** MySQL and MariaDB: schemas are databases, comments live in information_schema. */
    static final class MySql extends CatalogQueries {
        @Override
        public String columnsSql() {
            return "select null, t.table_schema, t.table_name, t.table_type, nullif(t.table_comment, ''), null,"
                    + " c.column_name, c.ordinal_position, c.column_type, nullif(c.column_comment, '')"
                    + " from information_schema.tables t"
                    + " join information_schema.columns c on c.table_schema = t.table_schema"
                    + " and c.table_name = t.table_name"
                    + " where lower(t.table_schema) = lower(?)"
                    + " order by t.table_name, c.ordinal_position";
        }
    }

    /**
     * PostgreSQL: pg_catalog, for comments ({@code obj_description}, {@code col_description}), owners,
     * materialized views and types as {@code format_type} spells them ({@code character varying(20)}).
     */
    static final class Postgres extends CatalogQueries {
        @Override
        public String columnsSql() {
            return "select current_database(), n.nspname, c.relname,"
                    + " case c.relkind when 'v' then 'VIEW' when 'm' then 'MATERIALIZED VIEW'"
                    + " when 'f' then 'FOREIGN TABLE' else 'BASE TABLE' end,"
                    + " obj_description(c.oid, 'pg_class'), pg_get_userbyid(c.relowner),"
                    + " a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), col_description(c.oid, a.attnum)"
                    + " from pg_catalog.pg_class c"
                    + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
                    + " join pg_catalog.pg_attribute a on a.attrelid = c.oid"
                    + " where c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped"
                    + " and lower(n.nspname) = lower(?)"
                    + " order by c.relname, a.attnum";
        }
    }
}
