package dev.dvt.compiler.jinja;

import java.util.Map;

/**
 * A Java object that templates may also treat as a read-only dict, as dbt's relation and policy
 * objects are Python mappings: {@code x is mapping} holds and {@code x.get('key', default)} reads
 * {@link #asMapping()}. Packages rely on it, e.g. dbt_utils checks
 * {@code obj.get('metadata', {}).get('type', '').endswith('Relation')} before introspecting.
 */
public interface MappingView {

    /** The keys and values the object shows as a dict. */
    Map<String, Object> asMapping();
}
