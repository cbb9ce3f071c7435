package dev.dvt.core.deps;

/** Where a package comes from, as dbt names it in events and lock files. */
public enum PackageSource {
    LOCAL, GIT, HUB, TARBALL;

    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
