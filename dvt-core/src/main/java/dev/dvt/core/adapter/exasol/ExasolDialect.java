package dev.dvt.core.adapter.exasol;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;

/** Exasol: upper-case names, schema.table, transactional DDL, no TABLESAMPLE. */
public class ExasolDialect extends SqlDialect {
    public static final ExasolDialect DEFAULT = new ExasolDialect();
    private static final int MAX_VARCHAR = 2_000_000;

    @Override
    public String name() {
        return "exasol";
    }

    @Override
    public CaseFolding unquotedCaseFolding() {
        return CaseFolding.UPPER;
    }

    @Override
    public boolean supportsCatalogs() {
        return false;
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            // Exasol has no binary, JSON or TIME types.
            case TEXT, STRING, BINARY, JSON -> "VARCHAR(" + MAX_VARCHAR + ")";
            case FLOAT -> "DOUBLE PRECISION";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH LOCAL TIME ZONE";
            case TIME -> "TIMESTAMP";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return "VARCHAR(" + (length > 0 ? Math.min(length, MAX_VARCHAR) : MAX_VARCHAR) + ")";
    }

    @Override
    protected String unboundedDecimalType() {
        return decimalType(36, 10);
    }

    @Override
    protected int maxDecimalPrecision() {
        return 36;
    }

    @Override
    public boolean supportsCreateTableIfNotExists() {
        return false;
    }

    @Override
    public String dropTableIfExists(RelationName relation) {
        return "DROP TABLE IF EXISTS " + render(relation) + " CASCADE CONSTRAINTS";
    }

    @Override
    public String renameRelation(RelationName relation, String newIdentifier) {
        return "RENAME TABLE " + render(relation) + " TO " + quoteIdentifier(newIdentifier);
    }

    @Override
    public boolean ddlIsTransactional() {
        return true;
    }

    @Override
    protected String mergeOn(String condition) {
        return "(" + condition + ")";
    }

    @Override
    protected boolean qualifiesMergeSetColumns() {
        return false;
    }
}
