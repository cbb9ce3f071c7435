package dev.dvt.federation.sql;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Names of the compute views staged inputs are registered under. */
public final class ViewNames {
    private ViewNames() {
    }

    /**
     * {@code _dvt_<first 8 hex of md5(model unique id)>_<alias>}, lower case, with every character
     * outside {@code [a-z0-9_]} replaced by {@code _}, so it never needs quoting.
     */
    public static String of(String modelUniqueId, String aliasOrTable) {
        requireNonNull(modelUniqueId, "modelUniqueId is null");
        requireNonNull(aliasOrTable, "aliasOrTable is null");
        String safe = Identifiers.unquote(aliasOrTable).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return prefix(modelUniqueId) + safe;
    }

    /** {@code _dvt_<first 8 hex of md5(model unique id)>_}: every view of the model starts so. */
    public static String prefix(String modelUniqueId) {
        return "_dvt_" + Hashes.md5Hex(modelUniqueId).substring(0, 8) + "_";
    }
}
