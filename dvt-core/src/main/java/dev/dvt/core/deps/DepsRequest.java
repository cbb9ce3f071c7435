package dev.dvt.core.deps;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;

/**
 * The options of {@code dvt deps}.
 *
 * @param lockOnly {@code --lock}: resolve and write package-lock.yml, install nothing
 * @param upgrade {@code --upgrade}: re-resolve even when package-lock.yml matches packages.yml
 * @param addPackage {@code --add-package NAME@VERSION}, or null
 * @param addSource {@code --source} for the added package: hub (dbt's default), git or local
 */
public record DepsRequest(boolean lockOnly, boolean upgrade, String addPackage, PackageSource addSource) {
    public static final DepsRequest INSTALL = new DepsRequest(false, false, null, null);

    public DepsRequest {
        if (addPackage != null && addPackage.isBlank()) {
            throw new DvtException(ErrorCode.USAGE, "--add-package needs NAME@VERSION");
        }
        if (addSource == PackageSource.TARBALL) {
            throw new DvtException(ErrorCode.USAGE, "--source must be hub, git or local");
        }
        addSource = addSource == null ? PackageSource.HUB : addSource;
    }
}
