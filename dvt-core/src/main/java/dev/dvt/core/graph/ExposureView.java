package dev.dvt.core.graph;

import dev.dvt.artifacts.manifest.Exposure;
import dev.dvt.core.select.SelectableNode;
import dev.dvt.core.select.StateFingerprint;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An exposure as selection sees it. */
final class ExposureView implements SelectableNode {
    private final Exposure exposure;

    ExposureView(Exposure exposure) {
        this.exposure = exposure;
    }

    @Override
    public String uniqueId() {
        return exposure.getUniqueId();
    }

    @Override
    public String resourceType() {
        return exposure.getResourceType();
    }

    @Override
    public String name() {
        return exposure.getName();
    }

    @Override
    public String packageName() {
        return exposure.getPackageName();
    }

    @Override
    public List<String> fqn() {
        return exposure.getFqn();
    }

    @Override
    public String originalFilePath() {
        return Objects.requireNonNullElse(exposure.getOriginalFilePath(), "");
    }

    @Override
    public List<String> tags() {
        return exposure.getTags();
    }

    @Override
    public Map<String, Object> config() {
        return exposure.getConfig();
    }

    @Override
    public List<String> dependsOn() {
        return exposure.getDependsOn().getNodes();
    }

    @Override
    public StateFingerprint stateFingerprint() {
        String other = exposure.getFqn() + "|" + exposure.getType() + "|" + exposure.getUrl() + "|"
                + exposure.getDescription() + "|" + exposure.getMaturity();
        return new StateFingerprint(null, Canonical.text(exposure.getConfig()), null, null, null, other);
    }
}
