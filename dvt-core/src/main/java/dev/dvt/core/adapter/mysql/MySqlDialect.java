package dev.dvt.core.adapter.mysql;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.MergeStatements;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.List;
import java.util.Set;

/** MySQL and the servers that share its SQL: MariaDB, TiDB, SingleStore. A schema is a database. */
public class MySqlDialect extends SqlDialect {
    public static final MySqlDialect DEFAULT = new MySqlDialect();
    private static final int MAX_VARCHAR = 16_383;

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public Set<String> adapterTypes() {
        return Set.of("mysql", "mariadb", "tidb", "singlestore");
    }

    @Override
    protected String quoteOpen() {
        return "`";
    }

    @Override
    protected String quoteClose() {
        return "`";
    }

    @Override
    public String quoteString(String value) {
        return quoteStringWithBackslashes(value);
    }

    @Override
    public boolean supportsCatalogs() {
        return false;
    }

    @Override
    public String randomFunction() {
        return "RAND()";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING -> "LONGTEXT";
            case INT -> "INT";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case TIMESTAMP -> "DATETIME(6)";
            case TIMESTAMP_TZ -> "TIMESTAMP(6)";
            case TIME -> "TIME(6)";
            case BINARY -> "LONGBLOB";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return length > 0 && length <= MAX_VARCHAR ? "VARCHAR(" + length + ")" : "LONGTEXT";
    }

    @Override
    protected String unboundedDecimalType() {
        return decimalType(65, 30);
    }

    @Override
    protected int maxDecimalPrecision() {
        return 65;
    }

    @Override
    public String renameRelation(RelationName relation, String newIdentifier) {
        return "RENAME TABLE " + render(relation) + " TO " + render(relation.withIdentifier(newIdentifier));
    }

    /** {@code INSERT … ON DUPLICATE KEY UPDATE c = VALUES(c)}; the target needs a unique key. */
    @Override
    public String mergeSql(RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        MergeStatements m = new MergeStatements(this, target, staging, uniqueKey, columns);
        return m.insertAll() + " ON DUPLICATE KEY UPDATE " + m.updateSet(c -> c + " = VALUES(" + c + ")");
    }
}
