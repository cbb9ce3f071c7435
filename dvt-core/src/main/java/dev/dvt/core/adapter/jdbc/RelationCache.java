package dev.dvt.core.adapter.jdbc;

import dev.dvt.spi.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which relations exist, per schema, once a schema has been listed. Names compare
 * case-insensitively. A schema that was never listed is unknown: look-ups return null and the
 * adapter asks the database. Thread-safe.
 */
final class RelationCache {
    private final Map<String, Map<String, Relation>> schemas = new ConcurrentHashMap<>();

    private static String schemaKey(String database, String schema) {
        return (database == null ? "" : database.toLowerCase(Locale.ROOT)) + "\u0000"
                + (schema == null ? "" : schema.toLowerCase(Locale.ROOT));
    }

    private static String key(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    boolean isKnown(String database, String schema) {
        return schemas.containsKey(schemaKey(database, schema));
    }

    /** The cached relation, empty when the schema is known and it is absent, null when the schema is unknown. */
    Optional<Relation> find(String database, String schema, String identifier) {
        Map<String, Relation> relations = schemas.get(schemaKey(database, schema));
        return relations == null ? null : Optional.ofNullable(relations.get(key(identifier)));
    }

    void putSchema(String database, String schema, List<Relation> relations) {
        Map<String, Relation> map = new ConcurrentHashMap<>();
        relations.forEach(r -> map.put(key(r.getIdentifier()), r));
        schemas.put(schemaKey(database, schema), map);
    }

    List<Relation> list(String database, String schema) {
        Map<String, Relation> relations = schemas.get(schemaKey(database, schema));
        return relations == null ? null : new ArrayList<>(relations.values());
    }

    /** Adds to a known schema; a schema never listed stays unknown. */
    void added(Relation relation) {
        Map<String, Relation> relations = schemas.get(schemaKey(relation.getDatabase(), relation.getSchema()));
        if (relations != null) {
            relations.put(key(relation.getIdentifier()), relation);
        }
    }

    void dropped(Relation relation) {
        Map<String, Relation> relations = schemas.get(schemaKey(relation.getDatabase(), relation.getSchema()));
        if (relations != null) {
            relations.remove(key(relation.getIdentifier()));
        }
    }

    void renamed(Relation from, Relation to) {
        Map<String, Relation> relations = schemas.get(schemaKey(from.getDatabase(), from.getSchema()));
        if (relations != null) {
            Relation old = relations.remove(key(from.getIdentifier()));
            Relation renamed = to.relationType() == null && old != null ? to.withType(old.relationType()) : to;
            relations.put(key(renamed.getIdentifier()), renamed);
        }
    }

    void schemaCreated(String database, String schema) {
        schemas.putIfAbsent(schemaKey(database, schema), new ConcurrentHashMap<>());
    }

    void clear() {
        schemas.clear();
    }
}
