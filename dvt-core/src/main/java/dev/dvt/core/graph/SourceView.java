package dev.dvt.core.graph;

import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.core.select.SelectableNode;
import dev.dvt.core.select.StateFingerprint;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A source table as selection sees it; its name is the table name. */
final class SourceView implements SelectableNode {
    private final SourceDefinition source;

    SourceView(SourceDefinition source) {
        this.source = source;
    }

    @Override
    public String uniqueId() {
        return source.getUniqueId();
    }

    @Override
    public String resourceType() {
        return source.getResourceType();
    }

    @Override
    public String name() {
        return source.getName();
    }

    @Override
    public String packageName() {
        return source.getPackageName();
    }

    @Override
    public List<String> fqn() {
        return source.getFqn();
    }

    @Override
    public String originalFilePath() {
        return Objects.requireNonNullElse(source.getOriginalFilePath(), "");
    }

    @Override
    public List<String> tags() {
        return source.getTags();
    }

    @Override
    public Map<String, Object> config() {
        return source.getConfig();
    }

    @Override
    public Optional<String> sourceName() {
        return Optional.of(source.getSourceName());
    }

    @Override
    public StateFingerprint stateFingerprint() {
        String relation = source.getDatabase() + "." + source.getSchema() + "." + source.getIdentifier();
        String other = source.getFqn() + "|" + source.getLoadedAtField() + "|" + Canonical.text(source.getMeta());
        return new StateFingerprint(null, Canonical.text(source.getConfig()), relation, null, null, other);
    }
}
