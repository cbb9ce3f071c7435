package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plain {@link SelectableNode}, for tests and for callers without a manifest model. */
public record SimpleSelectableNode(
        String uniqueId,
        String resourceType,
        String name,
        String packageName,
        List<String> fqn,
        String originalFilePath,
        Optional<String> patchPath,
        List<String> tags,
        Map<String, Object> config,
        Optional<TestType> testType,
        Optional<String> testName,
        List<String> dependsOn,
        List<String> macroDependencies,
        Optional<String> sourceName,
        Optional<String> access,
        Optional<String> version,
        Optional<String> latestVersion,
        StateFingerprint stateFingerprint)
        implements SelectableNode {

    public SimpleSelectableNode {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(resourceType, "resourceType is null");
        requireNonNull(name, "name is null");
        requireNonNull(packageName, "packageName is null");
        fqn = List.copyOf(requireNonNull(fqn, "fqn is null"));
        requireNonNull(originalFilePath, "originalFilePath is null");
        requireNonNull(patchPath, "patchPath is null");
        tags = List.copyOf(requireNonNull(tags, "tags is null"));
        config = Collections.unmodifiableMap(
                new LinkedHashMap<>(requireNonNull(config, "config is null")));
        requireNonNull(testType, "testType is null");
        requireNonNull(testName, "testName is null");
        dependsOn = List.copyOf(requireNonNull(dependsOn, "dependsOn is null"));
        macroDependencies = List.copyOf(requireNonNull(macroDependencies, "macroDependencies is null"));
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(access, "access is null");
        requireNonNull(version, "version is null");
        requireNonNull(latestVersion, "latestVersion is null");
        requireNonNull(stateFingerprint, "stateFingerprint is null");
    }

    /**
     * Starts a node from its unique id, which gives its resource type, package and name
     * ({@code model.pkg.orders}, {@code source.pkg.raw.orders}, {@code model.pkg.dim.v2}); the fqn
     * defaults to package and name.
     */
    public static Builder builder(String uniqueId) {
        return new Builder(uniqueId);
    }

    /** Fluent construction of a {@link SimpleSelectableNode}. */
    public static final class Builder {
        private final String uniqueId;
        private final String resourceType;
        private String name;
        private String packageName;
        private List<String> fqn;
        private String originalFilePath = "";
        private Optional<String> patchPath = Optional.empty();
        private List<String> tags = List.of();
        private Map<String, Object> config = new LinkedHashMap<>();
        private Optional<TestType> testType = Optional.empty();
        private Optional<String> testName = Optional.empty();
        private List<String> dependsOn = List.of();
        private List<String> macroDependencies = List.of();
        private Optional<String> sourceName = Optional.empty();
        private Optional<String> access = Optional.empty();
        private Optional<String> version = Optional.empty();
        private Optional<String> latestVersion = Optional.empty();
        private StateFingerprint stateFingerprint =
                new StateFingerprint("", "", "", "", "", "");

        private Builder(String uniqueId) {
            this.uniqueId = requireNonNull(uniqueId, "uniqueId is null");
            List<String> parts = Arrays.asList(uniqueId.split("\\."));
            if (parts.size() < 3) {
                throw new IllegalArgumentException("not a unique id: " + uniqueId);
            }
            this.resourceType = parts.get(0);
            this.packageName = parts.get(1);
            if (resourceType.equals("source") && parts.size() >= 4) {
                this.sourceName = Optional.of(parts.get(2));
                this.name = parts.get(3);
                this.fqn = List.of(packageName, parts.get(2), name);
            } else {
                this.name = parts.get(2);
                this.fqn = List.of(packageName, name);
            }
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder packageName(String value) {
            this.packageName = value;
            return this;
        }

        public Builder fqn(String... parts) {
            this.fqn = List.of(parts);
            return this;
        }

        public Builder path(String value) {
            this.originalFilePath = value;
            return this;
        }

        public Builder patchPath(String value) {
            this.patchPath = Optional.of(value);
            return this;
        }

        public Builder tags(String... values) {
            this.tags = List.of(values);
            return this;
        }

        public Builder config(String key, Object value) {
            this.config.put(key, value);
            return this;
        }

        public Builder test(TestType type, String genericTestName) {
            this.testType = Optional.of(type);
            this.testName = Optional.ofNullable(genericTestName);
            return this;
        }

        public Builder dependsOn(String... ids) {
            this.dependsOn = List.of(ids);
            return this;
        }

        public Builder macros(String... ids) {
            this.macroDependencies = List.of(ids);
            return this;
        }

        public Builder access(String value) {
            this.access = Optional.of(value);
            return this;
        }

        /** Marks a versioned model; its fqn gains the {@code v<version>} segment. */
        public Builder version(String value, String latest) {
            this.version = Optional.of(value);
            this.latestVersion = Optional.of(latest);
            List<String> versioned = new ArrayList<>(fqn);
            versioned.add("v" + value);
            this.fqn = List.copyOf(versioned);
            return this;
        }

        public Builder fingerprint(StateFingerprint value) {
            this.stateFingerprint = value;
            return this;
        }

        public SimpleSelectableNode build() {
            return new SimpleSelectableNode(uniqueId, resourceType, name, packageName, fqn,
                    originalFilePath, patchPath, tags, config, testType, testName, dependsOn,
                    macroDependencies, sourceName, access, version, latestVersion,
                    stateFingerprint);
        }
    }
}
