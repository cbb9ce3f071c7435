package dev.dvt.core.dialect;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The unquoted parts of a table or view name. {@code database} (catalog, project) and
 * {@code schema} (dataset) may be null; a dialect renders only the parts its database has.
 */
public record RelationName(String database, String schema, String identifier) {
    public RelationName {
        requireNonNull(identifier, "identifier is null");
        if (identifier.isBlank()) {
            throw new IllegalArgumentException("identifier is blank");
        }
        database = blankToNull(database);
        schema = blankToNull(schema);
    }

    public static RelationName of(String schema, String identifier) {
        return new RelationName(null, schema, identifier);
    }

    /** Splits an unquoted dotted name of one to three parts: {@code [[database.]schema.]identifier}. */
    public static RelationName parse(String dotted) {
        requireNonNull(dotted, "dotted is null");
        String[] parts = dotted.split("\\.", -1);
        return switch (parts.length) {
            case 1 -> new RelationName(null, null, parts[0]);
            case 2 -> new RelationName(null, parts[0], parts[1]);
            case 3 -> new RelationName(parts[0], parts[1], parts[2]);
            default -> throw new DvtException(ErrorCode.USAGE, "Relation name '" + dotted
                    + "' has " + parts.length + " parts; use [database.]schema.identifier");
        };
    }

    public RelationName withIdentifier(String newIdentifier) {
        return new RelationName(database, schema, newIdentifier);
    }

    /** The unquoted dotted form, for messages and logs. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(3);
        if (database != null) {
            parts.add(database);
        }
        if (schema != null) {
            parts.add(schema);
        }
        parts.add(identifier);
        return String.join(".", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
